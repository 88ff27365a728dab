#include "unlock/RecoveryKeyPage.h"

#include "unlock/CreateVaultWizard.h"
#include "unlock/RecoveryKeySheet.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWizardPage(parent), m_explanation(new QLabel(this)), m_key(new QLabel(this)),
      m_print(new QPushButton(this)), m_savePdf(new QPushButton(this)),
      m_pdfWarning(new QLabel(this)), m_saved(new QLabel(this)), m_stored(new QCheckBox(this))
{
    m_explanation->setWordWrap(true);

    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.6);
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(16);
    m_key->setFocusPolicy(Qt::StrongFocus);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch(1);

    m_pdfWarning->setWordWrap(true);
    m_saved->setWordWrap(true);
    m_saved->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_explanation);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_pdfWarning);
    layout->addWidget(m_saved);
    layout->addStretch(1);
    layout->addWidget(m_stored);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_savePdf, &QPushButton::clicked, this, &RecoveryKeyPage::saveAsPdf);
    connect(m_stored, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void RecoveryKeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RecoveryKeyPage::retranslate()
{
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("The vault is ready. Store this key now: it is shown only once."));
    setButtonText(QWizard::FinishButton, tr("&Open the vault"));
    m_explanation->setText(
        tr("If every administrator passphrase is lost, this key still opens the vault and lets "
           "you set a new passphrase. Anyone holding it and a copy of the vault can read "
           "everything in it, so keep it on paper, locked away and apart from this computer."));
    m_key->setAccessibleName(tr("Recovery key"));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_print->setAccessibleName(tr("Print the recovery key"));
    m_savePdf->setAccessibleName(tr("Save the recovery key as a PDF file"));
    m_pdfWarning->setText(tr("A PDF file is not encrypted: print it or copy it to a USB stick kept "
                             "in a safe, then delete it from this computer."));
    if (!m_savedFile.isEmpty())
        m_saved->setText(tr("Saved to %1. Remember to move it off this computer.")
                             .arg(QDir::toNativeSeparators(m_savedFile)));
    m_stored->setText(tr("I have &stored the recovery key in a safe place"));
    m_stored->setAccessibleName(tr("I have stored the recovery key in a safe place"));
}

void RecoveryKeyPage::initializePage()
{
    const SecureBytes& key = qobject_cast<CreateVaultWizard*>(wizard())->recoveryKey();
    m_key->setText(QString::fromLatin1(key.chars(), static_cast<qsizetype>(key.size())));
    m_stored->setChecked(false);
    m_key->setFocus();
}

bool RecoveryKeyPage::isComplete() const
{
    return m_stored->isChecked();
}

void RecoveryKeyPage::forgetKey()
{
    m_key->clear();
}

void RecoveryKeyPage::print()
{
    const auto* owner = qobject_cast<CreateVaultWizard*>(wizard());
    RecoveryKeySheet(owner->vaultDirectory()).print(this, owner->recoveryKey());
}

void RecoveryKeyPage::saveAsPdf()
{
    const auto* owner = qobject_cast<CreateVaultWizard*>(wizard());
    const QString file =
        RecoveryKeySheet(owner->vaultDirectory()).saveAsPdf(this, owner->recoveryKey());
    if (file.isEmpty())
        return;
    m_savedFile = file;
    retranslate();
    m_saved->show();
}

} // namespace ui
} // namespace amparo
