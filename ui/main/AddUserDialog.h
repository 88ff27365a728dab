#pragma once

#include <QDialog>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace amparo {
namespace ui {

class BusyIndicator;
class NewPassphraseFields;
class SessionHolder;

// An administrator adds a user: name, roles and a first passphrase, which
// the new user should change at their first login.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(SessionHolder& holder, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);
    void updateOkButton();

    SessionHolder& m_holder;
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    std::vector<QCheckBox*> m_roles;
    NewPassphraseFields* m_passphrase;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
