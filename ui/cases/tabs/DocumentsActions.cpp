// What DocumentsTab does with files: adding them from disk, exporting an
// unencrypted copy on purpose, removing one — each through the core.
#include "attachments/AttachmentService.h"
#include "cases/tabs/DocumentViewer.h"
#include "cases/tabs/DocumentsTab.h"
#include "common/ErrorLabel.h"
#include "util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>

namespace amparo {
namespace ui {

int DocumentsTab::addFiles(const QStringList& paths)
{
    QStringList problems;
    qint64 lastAdded = 0;
    const QMimeDatabase types;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            //: %1 is a file name, %2 the system's reason.
            problems << tr("%1 could not be read: %2")
                            .arg(QFileInfo(path).fileName(), file.errorString());
            continue;
        }
        QByteArray content = file.readAll();
        try {
            // The declared type is only a hint: the core checks it against the content.
            lastAdded = AttachmentService(session())
                            .add(QStringLiteral("case"), caseId(), QFileInfo(path).fileName(),
                                 types.mimeTypeForFile(path).name(), content)
                            .id;
        } catch (const Error& error) {
            problems << error.message();
        }
        content.fill('\0');
    }
    const int added = lastAdded ? static_cast<int>(paths.size() - problems.size()) : 0;
    if (added > 0) {
        reload();
        selectDocument(lastAdded);
        Q_EMIT recordsChanged();
    }
    if (problems.isEmpty())
        m_error->clearError();
    else
        m_error->showError(problems.join(QLatin1Char('\n')));
    return added;
}

void DocumentsTab::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add files to the case"), QDir::homePath());
    if (!paths.isEmpty())
        addFiles(paths);
}

void DocumentsTab::exportSelected()
{
    const Attachment* document = selected();
    if (!document)
        return;
    const qint64 id = document->id;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a copy of the document"),
                                                      QDir::home().filePath(document->fileName));
    if (!path.isEmpty())
        askToExport(id, path);
}

void DocumentsTab::askToExport(qint64 attachmentId, const QString& path)
{
    ask(tr("The copy written to %1 will not be encrypted: anyone who can open that folder can "
           "read it. Delete it when you no longer need it.")
            .arg(QDir::toNativeSeparators(path)),
        tr("Write the copy"), [this, attachmentId, path] { exportTo(attachmentId, path); });
}

bool DocumentsTab::exportTo(qint64 attachmentId, const QString& path)
{
    QByteArray content;
    try {
        content = AttachmentService(session()).contentForExport(attachmentId);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return false;
    }
    QSaveFile file(path);
    // The copy may hold personal data: only its owner may read it.
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(content) == content.size() && file.commit();
    content.fill('\0');
    if (!written) {
        m_error->showError(tr("The copy could not be written to %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_error->clearError();
    return true;
}

void DocumentsTab::removeSelected()
{
    const Attachment* document = selected();
    if (!document)
        return;
    const qint64 id = document->id;
    ask(tr("Remove %1 from the case? The file is deleted from the vault; the case history keeps "
           "a record that it was removed.")
            .arg(document->fileName),
        tr("Remove"), [this, id] { remove(id); });
}

void DocumentsTab::remove(qint64 attachmentId)
{
    try {
        AttachmentService(session()).remove(attachmentId);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    m_viewer->clear();
    reload();
    Q_EMIT recordsChanged();
}

// A question shown without a nested event loop (a lock meanwhile deletes it).
void DocumentsTab::ask(const QString& text, const QString& confirmLabel,
                       const std::function<void()>& onConfirm)
{
    delete m_question;
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::applicationDisplayName(), text,
                                QMessageBox::NoButton, this);
    QPushButton* confirm = box->addButton(confirmLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [confirm, onConfirm](QAbstractButton* button) {
        if (button == confirm)
            onConfirm();
    });
    m_question = box;
    box->open();
}

} // namespace ui
} // namespace amparo
