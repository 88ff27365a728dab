#pragma once

#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QWizard>
#include <memory>

namespace amparo {
class Session;
struct CreatedVault;
} // namespace amparo

namespace amparo {
namespace ui {

class KdfProfilePage;
class RecoveryKeyPage;

// The first run: where the vault goes, who administers it, their
// passphrase and how costly it is to guess, then the vault is created and
// its recovery key shown once. Pages hand values on through the wizard.
class CreateVaultWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        LocationPageId,
        AdministratorPageId,
        PassphrasePageId,
        KdfProfilePageId,
        CreatePageId,
        RecoveryKeyPageId,
    };

    explicit CreateVaultWizard(QWidget* parent = nullptr);
    ~CreateVaultWizard() override;

    void setPassphrase(SecureBytes passphrase) { m_passphrase = std::move(passphrase); }
    const SecureBytes& passphrase() const { return m_passphrase; }
    KdfProfile kdfProfile() const;

    // While the vault is being created there is no way back and no cancelling.
    void setBusy(bool busy);
    void setCreated(CreatedVault created);
    const SecureBytes& recoveryKey() const { return m_recoveryKey; }

    // After accept(): the vault, opened as its first administrator.
    std::unique_ptr<Session> takeSession();
    QString vaultDirectory() const;

    void done(int result) override;

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    KdfProfilePage* m_kdfPage;
    RecoveryKeyPage* m_recoveryPage;
    SecureBytes m_passphrase;
    SecureBytes m_recoveryKey;
    std::unique_ptr<Session> m_session;
    bool m_busy = false;
};

} // namespace ui
} // namespace amparo
