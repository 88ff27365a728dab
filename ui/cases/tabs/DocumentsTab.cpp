#include "cases/tabs/DocumentsTab.h"

#include "attachments/AttachmentService.h"
#include "cases/tabs/DocumentViewer.h"
#include "cases/tabs/RowIds.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "util/Error.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

const QString kCaseOwner = QStringLiteral("case");

// The media types the core keeps, in words (AttachmentFile.cpp).
QString typeLabel(const QString& mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return DocumentsTab::tr("PDF document");
    if (mediaType == QLatin1String("image/png"))
        return DocumentsTab::tr("PNG image");
    if (mediaType == QLatin1String("image/jpeg"))
        return DocumentsTab::tr("JPEG image");
    if (mediaType == QLatin1String("text/plain"))
        return DocumentsTab::tr("Plain text");
    if (mediaType == QLatin1String("application/vnd.oasis.opendocument.text"))
        return DocumentsTab::tr("OpenDocument text");
    if (mediaType.startsWith(QLatin1String("application/vnd.openxmlformats")))
        return DocumentsTab::tr("Word document");
    return DocumentsTab::tr("Other file");
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

DocumentsTab::DocumentsTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : CaseTab(std::move(session), caseId, parent), m_model(new QStandardItemModel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_dropHint(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_addFiles(new QPushButton(this)), m_export(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_viewer(new DocumentViewer(this))
{
    trackDecryptedData(this, [this] { return m_model->rowCount(); });
    setAcceptDrops(true);

    m_model->setColumnCount(ColumnCount);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_dropHint->setWordWrap(true);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_dropHint->setMargin(12);
    m_dropHint->setAutoFillBackground(true);
    m_dropHint->setBackgroundRole(QPalette::AlternateBase);
    m_dropHint->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_addFiles);
    actions->addWidget(m_export);
    actions->addWidget(m_remove);
    actions->addStretch(1);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_dropHint);
    listLayout->addWidget(m_stack, 1);

    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_viewer);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_addFiles, m_export);
    setTabOrder(m_export, m_remove);
    setTabOrder(m_remove, m_table);
    setTabOrder(m_table, m_viewer);

    connect(m_addFiles, &QPushButton::clicked, this, &DocumentsTab::chooseFiles);
    connect(m_export, &QPushButton::clicked, this, &DocumentsTab::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsTab::removeSelected);
    connect(m_viewer, &DocumentViewer::exportRequested, this, &DocumentsTab::exportSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentsTab::showSelected);
    fillTable();
    retranslate();
}

void DocumentsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void DocumentsTab::retranslate()
{
    m_model->setHorizontalHeaderLabels(
        {tr("File name"), tr("Type"), tr("Size"), tr("Added on"), tr("Added by")});
    m_table->setAccessibleName(tr("Documents of the case"));
    m_empty->setText(tr("No documents yet. Drop files here or use Add files…"));
    m_dropHint->setText(tr("Drop the files to add them to this case. They are kept encrypted "
                           "in the vault."));
    m_dropHint->setAccessibleName(tr("Drop hint"));
    m_addFiles->setText(tr("&Add files…"));
    m_addFiles->setAccessibleName(tr("Add files to the case"));
    m_export->setText(tr("E&xport a copy…"));
    m_export->setAccessibleName(tr("Export a copy of the selected document"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setAccessibleName(tr("Remove the selected document"));
    showDocumentTexts();
}

void DocumentsTab::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    try {
        m_documents = AttachmentService(session()).list(kCaseOwner, caseId());
    } catch (const Error& error) {
        m_documents.clear();
        m_error->showError(error.message());
    }
    fillTable();
    selectDocument(keep);
}

void DocumentsTab::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const Attachment& a : m_documents) {
        QList<QStandardItem*> row;
        for (int column = 0; column < ColumnCount; ++column)
            row << new QStandardItem;
        row[NameColumn]->setData(a.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_stack->setCurrentWidget(m_documents.empty() ? static_cast<QWidget*>(m_empty) : m_table);
    showDocumentTexts();
    updateActions();
}

// The cells of the documents' rows and the viewer's placeholder, in the
// words and formats of the language.
void DocumentsTab::showDocumentTexts()
{
    const QLocale locale;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Attachment& a = m_documents[static_cast<std::size_t>(row)];
        const QDateTime addedAt = a.addedAt.toLocalTime();
        const QStringList texts{
            a.fileName, typeLabel(a.mediaType), locale.formattedDataSize(a.size),
            locale.toString(addedAt.date(), fullYearDateFormat()), a.addedByLogin};
        for (int column = 0; column < ColumnCount; ++column)
            m_model->item(row, column)->setText(texts[column]);
        m_model->item(row, NameColumn)->setToolTip(a.fileName);
        m_model->item(row, AddedOnColumn)
            ->setToolTip(locale.toString(addedAt, QLocale::LongFormat));
    }
    m_viewer->setPlaceholderText(m_documents.empty()
                                     ? tr("Documents you add are shown here, inside Amparo.")
                                     : tr("Select a document to view it here."));
}

void DocumentsTab::clear()
{
    delete m_question;
    m_viewer->clear();
    m_documents.clear();
    m_documents.shrink_to_fit();
    m_model->removeRows(0, m_model->rowCount());
    m_error->clearError();
    m_stack->setCurrentWidget(m_empty);
    updateActions();
}

QMessageBox* DocumentsTab::pendingQuestion() const
{
    return m_question;
}

void DocumentsTab::selectDocument(qint64 attachmentId)
{
    selectRowWithId(m_table, m_model, NameColumn, attachmentId);
}

const Attachment* DocumentsTab::selected() const
{
    const std::optional<qint64> id = selectedRowId(m_table, m_model, NameColumn);
    for (const Attachment& record : m_documents)
        if (id && record.id == *id)
            return &record;
    return nullptr;
}

void DocumentsTab::showSelected()
{
    updateActions();
    const Attachment* document = selected();
    if (!document) {
        m_viewer->clear();
        return;
    }
    try {
        m_viewer->showDocument(*document, AttachmentService(session()).content(document->id));
    } catch (const Error& error) {
        m_viewer->showProblem(error.message());
    }
}

void DocumentsTab::updateActions()
{
    const bool any = selected() != nullptr;
    m_export->setEnabled(any);
    m_remove->setEnabled(any);
}

void DocumentsTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (localFiles(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_dropHint->show();
}

void DocumentsTab::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropHint->hide();
    CaseTab::dragLeaveEvent(event);
}

void DocumentsTab::dropEvent(QDropEvent* event)
{
    m_dropHint->hide();
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace ui
} // namespace amparo
