#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class BusyIndicator;
class NewPassphraseFields;
class SessionHolder;

// Gives a user who forgot their passphrase a new one, with the vault's
// printed recovery key (PRODUCT §3): the administrator types the key and a
// first passphrase that the user then changes.
class RecoveryResetDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryResetDialog(SessionHolder& holder, const QString& login, QWidget* parent = nullptr);

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
    QString m_login;
    QLabel* m_intro;
    QLineEdit* m_recoveryKey;
    QLabel* m_recoveryKeyLabel;
    NewPassphraseFields* m_passphrase;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    // Not the standard OK button: the button box would rename that "OK" at a language change.
    QPushButton* m_reset;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
