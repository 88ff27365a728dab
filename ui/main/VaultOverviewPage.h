#pragma once

#include "auth/Role.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

class SessionHolder;

// Which vault is open and who you are in it, with the way to change your
// passphrase: the "This vault" tab of the settings.
class VaultOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultOverviewPage(SessionHolder& holder, QWidget* parent = nullptr);

Q_SIGNALS:
    void changePassphraseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createIdentityBox(SessionHolder& holder);
    void retranslate();

    QString m_displayName;
    QString m_login;
    auth::RoleSet m_userRoles;
    QGroupBox* m_box = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_signedInLabel = nullptr;
    QLabel* m_signedIn = nullptr;
    QLabel* m_rolesLabel = nullptr;
    QLabel* m_roles = nullptr;
    QPushButton* m_changePassphrase = nullptr;
};

} // namespace ui
} // namespace amparo
