#pragma once

#include "auth/User.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// An administrator changes a user's roles; the core refuses, for instance,
// to leave the vault without an administrator, and says so here.
class UserRolesDialog : public QDialog
{
    Q_OBJECT

public:
    UserRolesDialog(SessionHolder& holder, const auth::User& user, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionHolder& m_holder;
    QString m_login;
    QGroupBox* m_rolesBox;
    std::vector<QCheckBox*> m_roles;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    // Not the standard OK button: the button box would rename that "OK" at a language change.
    QPushButton* m_save;
};

} // namespace ui
} // namespace amparo
