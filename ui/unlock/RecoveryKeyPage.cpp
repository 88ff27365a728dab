#include "unlock/RecoveryKeyPage.h"

#include "unlock/CreateVaultWizard.h"
#include "unlock/RecoveryKeySheet.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWizardPage(parent), m_key(new QLabel(this)), m_saved(new QLabel(this)),
      m_stored(new QCheckBox(tr("I have &stored the recovery key in a safe place"), this))
{
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("The vault is ready. Store this key now: it is shown only once."));
    setButtonText(QWizard::FinishButton, tr("&Open the vault"));

    auto* explanation = new QLabel(
        tr("If every administrator passphrase is lost, this key still opens the vault and lets "
           "you set a new passphrase. Anyone holding it and a copy of the vault can read "
           "everything in it, so keep it on paper, locked away and apart from this computer."),
        this);
    explanation->setWordWrap(true);

    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.6);
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(16);
    m_key->setFocusPolicy(Qt::StrongFocus);
    m_key->setAccessibleName(tr("Recovery key"));

    auto* printButton = new QPushButton(tr("&Print…"), this);
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    printButton->setAccessibleName(tr("Print the recovery key"));
    pdfButton->setAccessibleName(tr("Save the recovery key as a PDF file"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addStretch(1);

    auto* pdfWarning = new QLabel(tr("A PDF file is not encrypted: print it or copy it to a USB "
                                     "stick kept in a safe, then delete it from this computer."),
                                  this);
    pdfWarning->setWordWrap(true);
    m_saved->setWordWrap(true);
    m_saved->hide();
    m_stored->setAccessibleName(tr("I have stored the recovery key in a safe place"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(explanation);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(pdfWarning);
    layout->addWidget(m_saved);
    layout->addStretch(1);
    layout->addWidget(m_stored);

    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &RecoveryKeyPage::saveAsPdf);
    connect(m_stored, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
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
    m_saved->setText(tr("Saved to %1. Remember to move it off this computer.")
                         .arg(QDir::toNativeSeparators(file)));
    m_saved->show();
}

} // namespace ui
} // namespace amparo
