#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

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

private:
    void setBusy(bool busy);
    void updateOkButton();

    SessionHolder& m_holder;
    QString m_login;
    QLineEdit* m_recoveryKey;
    NewPassphraseFields* m_passphrase;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
