#include "unlock/RestoreBackupDialog.h"

#include "backup/Backup.h"
#include "common/BackgroundTask.h"
#include "common/BusyIndicator.h"
#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

RestoreBackupDialog::RestoreBackupDialog(QWidget* parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_file(new QLineEdit(this)),
      m_browseFile(new QPushButton(this)), m_folder(new QLineEdit(this)),
      m_browseFolder(new QPushButton(this)), m_fileLabel(new QLabel(this)),
      m_folderLabel(new QLabel(this)), m_busy(new BusyIndicator(this)),
      m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_restore(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_intro->setWordWrap(true);
    m_fileLabel->setBuddy(m_file);
    m_folderLabel->setBuddy(m_folder);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browseFile);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseFolder);
    auto* form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_folderLabel, folderRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    retranslate();
    resize(560, sizeHint().height());

    connect(m_browseFile, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(m_browseFolder, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFolder);
    connect(m_file, &QLineEdit::textChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_folder, &QLineEdit::textChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void RestoreBackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreBackupDialog::retranslate()
{
    setWindowTitle(tr("Restore a backup"));
    m_intro->setText(tr("The vault is restored into a new, empty folder. It opens with the same "
                        "user names and passphrases as when it was backed up."));
    m_browseFile->setText(tr("Choose the &backup…"));
    m_browseFolder->setText(tr("Choose the &folder…"));
    m_file->setAccessibleName(tr("Backup file"));
    m_folder->setAccessibleName(tr("New vault folder"));
    m_fileLabel->setText(tr("Backup file:"));
    m_folderLabel->setText(tr("New vault folder:"));
    m_restore->setText(tr("&Restore"));
    if (m_restoring)
        showProgress();
}

void RestoreBackupDialog::showProgress()
{
    m_busy->start(tr("Restoring…"));
}

void RestoreBackupDialog::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the backup"), m_file->text(),
                                     tr("Amparo backups (*.amparo-backup);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

void RestoreBackupDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getSaveFileName(this, tr("Name the new vault folder"), m_folder->text(),
                                     QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void RestoreBackupDialog::updateButton()
{
    m_restore->setEnabled(!m_file->text().trimmed().isEmpty() &&
                          !m_folder->text().trimmed().isEmpty());
}

void RestoreBackupDialog::restore()
{
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_error->clearError();
    m_restoring = true;
    showProgress();
    setEnabled(false);
    runInBackground(
        QThreadPool::globalInstance(), this,
        [file, folder] {
            restoreBackup(file, folder);
            return folder;
        },
        [this](Outcome<QString> outcome) {
            setEnabled(true);
            m_restoring = false;
            m_busy->stop();
            if (!outcome.succeeded()) {
                m_error->showError(outcome.error->message());
                return;
            }
            m_restored = *outcome.value;
            accept();
        });
}

} // namespace ui
} // namespace amparo
