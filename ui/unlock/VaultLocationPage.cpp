#include "unlock/VaultLocationPage.h"

#include "common/ErrorLabel.h"
#include "common/LanguageBox.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

bool isEmptyFolder(const QString& path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// "Amparo", or "Amparo 2" and so on when that name is taken.
QString suggestedFolder()
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString candidate = documents.filePath(QStringLiteral("Amparo"));
    for (int i = 2; QFileInfo::exists(candidate) && !isEmptyFolder(candidate); ++i)
        candidate = documents.filePath(QStringLiteral("Amparo %1").arg(i));
    return QDir::toNativeSeparators(candidate);
}

} // namespace

VaultLocationPage::VaultLocationPage(QWidget* parent)
    : QWizardPage(parent), m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_status(new QLabel(this)), m_error(new ErrorLabel(this)), m_language(new LanguageBox(this)),
      m_folderLabel(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_languageNote(new QLabel(this))
{
    m_folder->setText(suggestedFolder());
    m_status->setWordWrap(true);
    registerField(QStringLiteral("vaultDirectory*"), m_folder);

    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    m_folderLabel->setBuddy(m_folder);
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, row);
    form->addRow(QString(), m_status);
    form->addRow(QString(), m_error);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &VaultLocationPage::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &VaultLocationPage::describeFolder);
    retranslate();
}

void VaultLocationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void VaultLocationPage::retranslate()
{
    setTitle(tr("Where should the vault be kept?"));
    setSubTitle(tr("Amparo keeps everything in one encrypted folder. Choose a new or empty "
                   "folder, ideally on a disk that is itself encrypted."));
    m_folder->setAccessibleName(tr("Folder for the new vault"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for the folder of the new vault"));
    m_folderLabel->setText(tr("&Folder:"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("The language of Amparo on this computer. It changes at once, and "
                               "can be changed again later in Settings."));
    describeFolder();
}

QString VaultLocationPage::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString()
                          : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

void VaultLocationPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Choose an empty folder for the vault"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void VaultLocationPage::describeFolder()
{
    const QString path = folder();
    const QFileInfo info(path);
    m_status->clear();
    m_error->clearError();
    if (path.isEmpty())
        m_status->setText(tr("Type or choose a folder."));
    else if (!info.exists())
        m_status->setText(tr("A new folder will be created."));
    else if (!info.isDir())
        m_error->showError(tr("This is a file, not a folder."));
    else if (!isEmptyFolder(path))
        m_error->showError(tr("This folder is not empty. Choose a new or empty folder; Amparo "
                              "never mixes its files with others."));
    else
        m_status->setText(tr("The folder is empty and will hold the vault."));
    m_status->setVisible(!m_status->text().isEmpty());
    Q_EMIT completeChanged();
}

bool VaultLocationPage::isComplete() const
{
    const QString path = folder();
    const QFileInfo info(path);
    return !path.isEmpty() && (!info.exists() || (info.isDir() && isEmptyFolder(path)));
}

} // namespace ui
} // namespace amparo
