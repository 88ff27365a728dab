#pragma once

#include <QDialog>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showProgress();
    void updateOkButton();

    SessionHolder& m_holder;
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    QLabel* m_loginLabel;
    QLabel* m_displayNameLabel;
    QGroupBox* m_rolesBox;
    std::vector<QCheckBox*> m_roles;
    NewPassphraseFields* m_passphrase;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    // Not the standard OK button: the button box would rename that "OK" at a language change.
    QPushButton* m_add;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
