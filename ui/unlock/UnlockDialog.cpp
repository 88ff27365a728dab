#include "unlock/UnlockDialog.h"

#include "common/AppSettings.h"
#include "common/BackgroundTask.h"
#include "common/BusyIndicator.h"
#include "common/ErrorLabel.h"
#include "unlock/CreateVaultWizard.h"
#include "unlock/RestoreBackupDialog.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

UnlockDialog::UnlockDialog(QWidget* parent)
    : QDialog(parent), m_vault(new QComboBox(this)), m_browse(new QPushButton(this)),
      m_login(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_busy(new BusyIndicator(this)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_unlock(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_create(new QPushButton(this)), m_restore(new QPushButton(this)), m_notice(new QLabel(this)),
      m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_vaultLabel(new QLabel(this)),
      m_loginLabel(new QLabel(this)), m_passphraseLabel(new QLabel(this)),
      m_quit(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    m_vault->setEditable(true);
    m_vault->setInsertPolicy(QComboBox::NoInsert);
    m_vault->addItems(AppSettings::recentVaults());
    m_vault->setMinimumContentsLength(36);
    m_vault->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                      Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_unlock->setDefault(true);
    m_create->setAutoDefault(false);
    m_restore->setAutoDefault(false);
    m_notice->setWordWrap(true);
    m_notice->hide();
    buildLayout();
    retranslate();

    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_create, &QPushButton::clicked, this, &UnlockDialog::createVault);
    connect(m_restore, &QPushButton::clicked, this, &UnlockDialog::restoreBackup);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    for (QLineEdit* edit : {m_vault->lineEdit(), m_login, m_passphrase})
        connect(edit, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    updateUnlockButton();
}

UnlockDialog::~UnlockDialog()
{
    m_pool.waitForDone();
}

void UnlockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(tr("Open a vault — Amparo"));
    m_heading->setText(tr("Open a vault"));
    m_intro->setText(tr("Enter your user name and passphrase. Everything in the vault stays "
                        "encrypted until you do."));
    m_vault->setAccessibleName(tr("Vault folder"));
    m_vault->setToolTip(tr("The folder that holds the vault. Recently opened folders are in "
                           "the list."));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for the vault folder"));
    m_login->setAccessibleName(tr("User name"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_vaultLabel->setText(tr("&Vault folder:"));
    m_loginLabel->setText(tr("User &name:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_unlock->setText(tr("&Unlock"));
    m_quit->setText(tr("&Quit"));
    m_create->setText(tr("&Create a new vault…"));
    m_restore->setText(tr("&Restore a backup…"));
    if (m_isBusy)
        showProgress();
    showNotice();
}

void UnlockDialog::buildLayout()
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_intro->setWordWrap(true);

    auto* vaultRow = new QHBoxLayout;
    vaultRow->addWidget(m_vault, 1);
    vaultRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    m_vaultLabel->setBuddy(m_vault);
    m_loginLabel->setBuddy(m_login);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_vaultLabel, vaultRow);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passphraseLabel, m_passphrase);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    // Creating a vault is a different errand from opening one: keep it apart.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_buttons);
    layout->addLayout(buttons);
    setMinimumWidth(560);
}

void UnlockDialog::prefill(const QString& vaultDirectory, const QString& login)
{
    const QString directory = vaultDirectory.isEmpty() ? m_vault->itemText(0) : vaultDirectory;
    m_vault->setCurrentText(QDir::toNativeSeparators(directory));
    m_login->setText(login);
    if (directory.isEmpty())
        m_vault->setFocus();
    else if (login.isEmpty())
        m_login->setFocus();
    else
        m_passphrase->setFocus();
}

void UnlockDialog::setNotice(std::function<QString()> text)
{
    m_noticeText = std::move(text);
    showNotice();
}

void UnlockDialog::showNotice()
{
    m_notice->setText(m_noticeText ? m_noticeText() : QString());
    m_notice->setVisible(!m_notice->text().isEmpty());
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return std::move(m_session);
}

void UnlockDialog::reject()
{
    // The worker thread would finish the login with nobody to hand it to.
    if (!m_isBusy)
        QDialog::reject();
}

void UnlockDialog::browse()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose the vault folder"),
                                                                m_vault->currentText());
    if (!directory.isEmpty())
        m_vault->setCurrentText(QDir::toNativeSeparators(directory));
}

void UnlockDialog::updateUnlockButton()
{
    m_unlock->setEnabled(!m_isBusy && !m_vault->currentText().trimmed().isEmpty() &&
                         !m_login->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty());
}

void UnlockDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_vault, m_browse, m_login, m_passphrase,
                                                           m_create, m_restore, m_buttons})
        widget->setEnabled(!busy);
    if (busy)
        showProgress();
    else
        m_busy->stop();
    updateUnlockButton();
}

void UnlockDialog::showProgress()
{
    m_busy->start(tr("Deriving the key…"));
}

void UnlockDialog::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    m_error->clearError();
    const QString directory = QDir::fromNativeSeparators(m_vault->currentText().trimmed());
    const QString login = m_login->text().trimmed();
    auto passphrase = std::make_shared<SecureBytes>(passphraseFromText(m_passphrase->text()));
    m_passphrase->clear();
    setBusy(true);
    runInBackground(
        &m_pool, this,
        [directory, login, passphrase] {
            return Vault::open(directory, login, *passphrase, Clock::system());
        },
        [this](Outcome<std::unique_ptr<Session>> outcome) {
            setBusy(false);
            if (outcome.error) {
                m_error->showError(outcome.error->message());
                m_passphrase->setFocus();
                return;
            }
            finishWith(std::move(*outcome.value));
        });
}

void UnlockDialog::createVault()
{
    auto* wizard = new CreateVaultWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this,
            [this, wizard] { finishWith(wizard->takeSession()); });
    wizard->open();
}

void UnlockDialog::restoreBackup()
{
    auto* dialog = new RestoreBackupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        prefill(dialog->restoredDirectory(), m_login->text());
        setNotice([] {
            return tr("The vault was restored. Unlock it with your usual user name and "
                      "passphrase.");
        });
    });
    dialog->open();
}

void UnlockDialog::finishWith(std::unique_ptr<Session> session)
{
    if (!session)
        return;
    m_session = std::move(session);
    AppSettings::rememberVault(m_session->layout().directory);
    accept();
}

} // namespace ui
} // namespace amparo
