#include "cases/tabs/DocumentViewer.h"

#include "common/DecryptedData.h"

#include <QBuffer>
#include <QEvent>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

bool isPdf(const QString& mediaType)
{
    return mediaType == QLatin1String("application/pdf");
}

bool isImage(const QString& mediaType)
{
    return mediaType == QLatin1String("image/png") || mediaType == QLatin1String("image/jpeg");
}

} // namespace

DocumentViewer::DocumentViewer(QWidget* parent)
    : QStackedWidget(parent), m_pdfView(new QPdfView(this)), m_document(new QPdfDocument(this)),
      m_buffer(new QBuffer(this)), m_imageArea(new QScrollArea(this)),
      m_imageLabel(new QLabel(this)), m_otherPage(new QWidget(this)),
      m_export(new QPushButton(this))
{
    trackDecryptedData(this, [this] { return itemsHeld(); });

    m_placeholder = centredNote();
    addWidget(m_placeholder);

    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_document);
    m_pdfView->setFocusPolicy(Qt::StrongFocus); // so the keyboard can scroll it
    addWidget(m_pdfView);

    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setFocusPolicy(Qt::StrongFocus);
    addWidget(m_imageArea);

    m_otherText = centredNote();
    auto* otherLayout = new QVBoxLayout(m_otherPage);
    otherLayout->addStretch(1);
    otherLayout->addWidget(m_otherText);
    otherLayout->addWidget(m_export, 0, Qt::AlignHCenter);
    otherLayout->addStretch(2);
    addWidget(m_otherPage);

    m_problem = centredNote();
    addWidget(m_problem);

    connect(m_export, &QPushButton::clicked, this, &DocumentViewer::exportRequested);
    retranslate();
}

void DocumentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

// The placeholder's text is the owner's (setPlaceholderText), and a problem
// is told in the core's words: both are set again by whoever set them.
void DocumentViewer::retranslate()
{
    setAccessibleName(tr("Document viewer"));
    m_placeholder->setAccessibleName(tr("Document viewer"));
    m_pdfView->setAccessibleName(tr("PDF document"));
    m_imageLabel->setAccessibleName(tr("Image"));
    m_otherText->setAccessibleName(tr("Cannot be shown"));
    showOtherText();
    m_export->setText(tr("E&xport a copy…"));
    m_export->setAccessibleName(tr("Export a copy of the document"));
    m_problem->setAccessibleName(tr("Problem with the document"));
}

DocumentViewer::~DocumentViewer()
{
    clear();
}

QLabel* DocumentViewer::centredNote()
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    return label;
}

bool DocumentViewer::isShowingImage() const
{
    return currentWidget() == static_cast<QWidget*>(m_imageArea);
}

int DocumentViewer::itemsHeld() const
{
    return (m_content.isEmpty() ? 0 : 1) + m_document->pageCount() + (m_image.isNull() ? 0 : 1) +
           (m_imageLabel->pixmap().isNull() ? 0 : 1);
}

void DocumentViewer::showDocument(const Attachment& attachment, const QByteArray& content)
{
    clear();
    m_content = content;
    if (isPdf(attachment.mediaType)) {
        // Read from memory: no temporary file ever holds the decrypted file.
        m_buffer->setData(m_content);
        m_buffer->open(QIODevice::ReadOnly);
        m_document->load(m_buffer);
        setCurrentWidget(m_pdfView);
        return;
    }
    if (isImage(attachment.mediaType)) {
        m_image = QImage::fromData(m_content);
        if (!m_image.isNull()) {
            showImage();
            return;
        }
    }
    m_otherFileName = attachment.fileName;
    showOtherText();
    setCurrentWidget(m_otherPage);
}

void DocumentViewer::showOtherText()
{
    if (m_otherFileName.isEmpty())
        return;
    //: %1 is a file name.
    m_otherText->setText(tr("%1 cannot be shown inside Amparo. Export a copy to open it with "
                            "another program.")
                             .arg(m_otherFileName));
}

void DocumentViewer::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
}

void DocumentViewer::showProblem(const QString& message)
{
    clear();
    m_problem->setText(message);
    setCurrentWidget(m_problem);
}

void DocumentViewer::showImage()
{
    setCurrentWidget(m_imageArea);
    fitImage();
}

// Large photographs are scaled down to the width available; small images are
// shown at their own size rather than blown up.
void DocumentViewer::fitImage()
{
    if (m_image.isNull())
        return;
    const int width = m_imageArea->viewport()->width() - 2 * m_imageArea->frameWidth();
    const QImage shown = width > 0 && m_image.width() > width
                             ? m_image.scaledToWidth(width, Qt::SmoothTransformation)
                             : m_image;
    m_imageLabel->setPixmap(QPixmap::fromImage(shown));
}

void DocumentViewer::resizeEvent(QResizeEvent* event)
{
    QStackedWidget::resizeEvent(event);
    fitImage();
}

void DocumentViewer::clear()
{
    m_document->close();
    m_buffer->close();
    m_buffer->setData(QByteArray());
    m_content.fill('\0');
    m_content.clear();
    m_image = QImage();
    m_imageLabel->clear();
    m_otherFileName.clear();
    m_otherText->clear();
    m_problem->clear();
    setCurrentWidget(m_placeholder);
}

} // namespace ui
} // namespace amparo
