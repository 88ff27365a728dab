#include "exports/CaseSummaryDialog.h"

#include "cases/CaseService.h"
#include "common/BusyIndicator.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "export/CaseSummary.h"
#include "main/SessionHolder.h"
#include "vault/Session.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

struct RenderedSummary
{
    QString reference;
    QByteArray pdf;
};

// The languages a summary can be written in, each named in itself so that a
// reader finds their own language whatever the interface's: not translated.
struct DocumentLanguage
{
    const char* code;
    const char* nativeName;
};

constexpr DocumentLanguage documentLanguages[] = {
    {"en", "English"}, {"fr", "Français"}, {"es", "Español"}, {"ru", "Русский"}, {"ar", "العربية"},
};

} // namespace

CaseSummaryDialog::CaseSummaryDialog(SessionHolder& holder, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_referenceLabel(new QLabel(this)),
      m_levelLabel(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_reference(new QLineEdit(this)), m_level(new QComboBox(this)),
      m_language(new QComboBox(this)), m_preview(new QPushButton(this)),
      m_save(new QPushButton(this)), m_close(new QPushButton(this)),
      m_busy(new BusyIndicator(this)), m_error(new ErrorLabel(this)), m_view(new QPdfView(this)),
      m_document(new QPdfDocument(this)), m_buffer(new QBuffer(this))
{
    trackDecryptedData(this, [this] { return m_pdf.isEmpty() ? 0 : m_document->pageCount(); });

    m_reference->setMaxLength(64);
    for (const Redaction level : {Redaction::Internal, Redaction::Partner, Redaction::Public})
        m_level->addItem(QString(), int(level));
    for (const DocumentLanguage& language : documentLanguages)
        m_language->addItem(QString::fromUtf8(language.nativeName),
                            QString::fromLatin1(language.code));

    m_preview->setDefault(true);
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);

    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    m_view->setFocusPolicy(Qt::StrongFocus); // so the keyboard can scroll it

    m_referenceLabel->setBuddy(m_reference);
    m_levelLabel->setBuddy(m_level);
    m_languageLabel->setBuddy(m_language);
    auto* form = new QFormLayout;
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_levelLabel, m_level);
    form->addRow(m_languageLabel, m_language);
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_preview, 0, Qt::AlignBottom);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    setTabOrder(m_reference, m_level);
    setTabOrder(m_level, m_language);
    setTabOrder(m_language, m_preview);
    setTabOrder(m_preview, m_view);
    setTabOrder(m_view, m_save);
    setTabOrder(m_save, m_close);

    resize(900, 720);

    connect(m_preview, &QPushButton::clicked, this, &CaseSummaryDialog::preview);
    connect(m_save, &QPushButton::clicked, this, &CaseSummaryDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &CaseSummaryDialog::updateButtons);
    connect(&m_holder, &SessionHolder::aboutToLock, this, [this] {
        clearPreview();
        close();
    });
    retranslate();
    updateButtons();
}

void CaseSummaryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CaseSummaryDialog::retranslate()
{
    setWindowTitle(tr("Case summary (PDF)"));
    m_referenceLabel->setText(tr("Case &reference:"));
    m_reference->setPlaceholderText(tr("e.g. AMP-2026-0042"));
    m_reference->setAccessibleName(tr("Case reference"));
    m_levelLabel->setText(tr("Re&daction:"));
    m_level->setItemText(0, tr("Internal — everything"));
    m_level->setItemText(1, tr("Partner — pseudonyms, no contact details"));
    m_level->setItemText(2, tr("Public — only what consent allows"));
    m_level->setAccessibleName(tr("Redaction level"));
    m_level->setToolTip(tr("What the summary leaves out is said in the document itself."));
    // The languages keep their own names (documentLanguages).
    m_languageLabel->setText(tr("Document &language:"));
    m_language->setAccessibleName(tr("Document language"));
    m_preview->setText(tr("&Preview"));
    m_preview->setAccessibleName(tr("Preview the summary"));
    m_save->setText(tr("&Save as…"));
    m_save->setAccessibleName(tr("Save the previewed summary as a PDF file"));
    m_close->setText(tr("Close"));
    m_view->setAccessibleName(tr("Summary preview"));
    if (m_isBusy)
        showBusyText();
}

void CaseSummaryDialog::showBusyText()
{
    m_busy->start(tr("Writing the summary…"));
}

CaseSummaryDialog::~CaseSummaryDialog()
{
    clearPreview();
}

void CaseSummaryDialog::updateButtons()
{
    m_preview->setEnabled(!m_isBusy && !m_reference->text().trimmed().isEmpty());
    m_save->setEnabled(!m_isBusy && hasPreview());
}

void CaseSummaryDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_reference->setEnabled(!busy);
    m_level->setEnabled(!busy);
    m_language->setEnabled(!busy);
    if (busy)
        showBusyText();
    else
        m_busy->stop();
    updateButtons();
}

void CaseSummaryDialog::previewCase(const QString& reference)
{
    m_reference->setText(reference);
    preview();
}

void CaseSummaryDialog::preview()
{
    const QString reference = m_reference->text().trimmed();
    if (m_isBusy || reference.isEmpty())
        return;
    m_error->clearError();
    if (m_holder.isLocked())
        return;
    if (m_holder.isBusy()) {
        m_error->showError(tr("The vault is busy with other work. Try again when it is done."));
        return;
    }
    SummaryOptions options;
    options.redaction = static_cast<Redaction>(m_level->currentData().toInt());
    options.language = m_language->currentData().toString();
    setBusy(true);
    m_holder.run(
        this,
        [reference, options](Session& session) {
            const Case found = CaseService(session).getByReference(reference);
            return RenderedSummary{found.reference,
                                   renderCaseSummaryPdf(session, found.id, options)};
        },
        [this, options](Outcome<RenderedSummary> outcome) {
            setBusy(false);
            if (!outcome.succeeded()) {
                m_error->showError(outcome.error->message());
                m_reference->setFocus();
                return;
            }
            m_previewLevel = redactionName(options.redaction);
            m_previewLanguage = options.language;
            showPreview(outcome.value->reference, outcome.value->pdf);
        });
}

void CaseSummaryDialog::showPreview(const QString& reference, const QByteArray& pdf)
{
    m_document->close();
    m_buffer->close();
    m_pdf = pdf;
    m_previewReference = reference;
    // Read from memory: no temporary file holds the decrypted summary.
    m_buffer->setData(m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    updateButtons();
}

void CaseSummaryDialog::clearPreview()
{
    m_document->close();
    m_buffer->close();
    m_buffer->setData(QByteArray());
    m_pdf.fill('\0');
    m_pdf.clear();
    m_previewReference.clear();
    updateButtons();
}

QString CaseSummaryDialog::suggestedFileName() const
{
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(m_previewReference, m_previewLevel, m_previewLanguage);
}

void CaseSummaryDialog::saveAs()
{
    if (!hasPreview())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the case summary"),
                                                      QDir::home().filePath(suggestedFileName()),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool CaseSummaryDialog::saveTo(const QString& path)
{
    if (!hasPreview())
        return false;
    QSaveFile file(path);
    // The summary may hold personal data: only its owner may read the file.
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(m_pdf) == m_pdf.size() && file.commit();
    if (!written) {
        m_error->showError(tr("The summary could not be saved to %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_error->clearError();
    return true;
}

void CaseSummaryDialog::done(int result)
{
    clearPreview();
    QDialog::done(result);
}

} // namespace ui
} // namespace amparo
