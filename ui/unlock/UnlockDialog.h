#pragma once

#include <QDialog>
#include <QThreadPool>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class BusyIndicator;
class ErrorLabel;

// Opens a vault with a user name and passphrase, or starts the wizard that
// creates one. The key derivation runs on a worker thread; the dialog stays
// responsive and shows what it is doing.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void prefill(const QString& vaultDirectory, const QString& login);
    // A line above the fields, such as why the vault was locked; `text` says
    // it again when the language changes. An empty text hides the line.
    void setNotice(std::function<QString()> text);

    // After accept(): the open session.
    std::unique_ptr<Session> takeSession();

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void buildLayout();
    void browse();
    void unlock();
    void createVault();
    void restoreBackup();
    void setBusy(bool busy);
    void showProgress();
    void showNotice();
    void updateUnlockButton();
    void finishWith(std::unique_ptr<Session> session);

    QComboBox* m_vault;
    QPushButton* m_browse;
    QLineEdit* m_login;
    QLineEdit* m_passphrase;
    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_unlock;
    QPushButton* m_create;
    QPushButton* m_restore;
    QLabel* m_notice;
    std::function<QString()> m_noticeText;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_vaultLabel;
    QLabel* m_loginLabel;
    QLabel* m_passphraseLabel;
    QPushButton* m_quit;
    QThreadPool m_pool;
    bool m_isBusy = false;
    std::unique_ptr<Session> m_session;
};

} // namespace ui
} // namespace amparo
