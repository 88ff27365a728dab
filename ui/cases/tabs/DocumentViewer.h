#pragma once

#include "attachments/Attachment.h"

#include <QByteArray>
#include <QImage>
#include <QStackedWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QScrollArea;

namespace amparo {
namespace ui {

// Shows one decrypted attachment inside the application: a PDF with QtPdf
// read from memory, an image scaled to fit, or a note that the type cannot
// be shown here. Nothing is written to disk, not even a temporary file. The
// bytes, the PDF and the image are decrypted data (trackDecryptedData) and
// are wiped by clear().
class DocumentViewer : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;

    void showDocument(const Attachment& attachment, const QByteArray& content);
    void showProblem(const QString& message);
    void clear();
    // What the viewer says while it shows nothing.
    void setPlaceholderText(const QString& text);

    QPdfDocument* pdfDocument() const { return m_document; }
    QPdfView* pdfView() const { return m_pdfView; }
    bool isShowingImage() const;
    bool holdsDocument() const { return !m_content.isEmpty(); }
    int itemsHeld() const;

Q_SIGNALS:
    // "Export a copy…" on the page of a type that cannot be shown.
    void exportRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void showOtherText();
    void showImage();
    void fitImage();
    QLabel* centredNote();

    QByteArray m_content;
    QImage m_image;
    QLabel* m_placeholder;
    QPdfView* m_pdfView;
    QPdfDocument* m_document;
    QBuffer* m_buffer;
    QScrollArea* m_imageArea;
    QLabel* m_imageLabel;
    QWidget* m_otherPage;
    QLabel* m_otherText;
    // The name of the file shown on the page of a type that cannot be shown.
    QString m_otherFileName;
    QPushButton* m_export;
    QLabel* m_problem;
};

} // namespace ui
} // namespace amparo
