#pragma once

#include "attachments/Attachment.h"
#include "cases/CaseTab.h"

#include <QPointer>
#include <QStringList>
#include <functional>
#include <vector>

class QLabel;
class QMessageBox;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace amparo {
namespace ui {

class DocumentViewer;
class ErrorLabel;

// The files attached to the case, kept encrypted inside the vault: added by
// "Add files…" or by dropping files on the tab, viewed inside the
// application (DocumentViewer), exported on purpose as an unencrypted copy,
// removed after confirmation.
class DocumentsTab : public CaseTab
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SizeColumn,
        AddedOnColumn,
        AddedByColumn,
        ColumnCount,
    };

    DocumentsTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;

    const std::vector<Attachment>& documents() const { return m_documents; }
    void selectDocument(qint64 attachmentId);
    DocumentViewer* viewer() const { return m_viewer; }
    // The question open now (export warning, removal), for tests to answer.
    QMessageBox* pendingQuestion() const;

    // What "Add files…" and a drop do: each file is read and stored through
    // the core on its own; the files refused are listed with the reason.
    // Returns how many were added.
    int addFiles(const QStringList& paths);
    // Writes the stored bytes of the document to `path`, readable by the
    // owner only; shows what went wrong and returns false on failure.
    bool exportTo(qint64 attachmentId, const QString& path);

    // After the file dialog: warns that the copy will not be encrypted and
    // writes it if the user goes on.
    void askToExport(qint64 attachmentId, const QString& path);

    void chooseFiles();
    void exportSelected();
    void removeSelected();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void showDocumentTexts();
    void showSelected();
    void updateActions();
    void remove(qint64 attachmentId);
    const Attachment* selected() const;
    void ask(const QString& text, const QString& confirmLabel,
             const std::function<void()>& onConfirm);

    std::vector<Attachment> m_documents;
    QStandardItemModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_dropHint;
    ErrorLabel* m_error;
    QPushButton* m_addFiles;
    QPushButton* m_export;
    QPushButton* m_remove;
    QSplitter* m_splitter;
    DocumentViewer* m_viewer;
    QPointer<QMessageBox> m_question;
};

} // namespace ui
} // namespace amparo
