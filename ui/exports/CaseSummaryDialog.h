#pragma once

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace amparo {
namespace ui {

class BusyIndicator;
class ErrorLabel;
class SessionHolder;

// Shows the PDF summary of one case, at a chosen redaction level and in a
// chosen language, before it leaves the application (issue 7). The document
// is rendered on the session's worker thread and read back from memory:
// nothing decrypted touches the disk unless the user saves it. Every render
// is audited by the core as an export. The bytes are dropped when the
// dialog closes or the vault locks.
class CaseSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaseSummaryDialog(SessionHolder& holder, QWidget* parent = nullptr);
    ~CaseSummaryDialog() override;

    // The previewed document; empty (status Null) until a preview succeeds.
    QPdfDocument* document() const { return m_document; }
    bool hasPreview() const { return !m_pdf.isEmpty(); }
    // Writes the previewed bytes to `path`, readable by the owner only.
    // Shows what went wrong and returns false on failure.
    bool saveTo(const QString& path);
    // The file name offered by "Save as…": REFERENCE-level-language.pdf.
    QString suggestedFileName() const;
    // Fills in the case and previews it at once (opened from the case list).
    void previewCase(const QString& reference);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showBusyText();
    void preview();
    void saveAs();
    void setBusy(bool busy);
    void showPreview(const QString& reference, const QByteArray& pdf);
    void clearPreview();
    void updateButtons();

    SessionHolder& m_holder;
    QLabel* m_referenceLabel;
    QLabel* m_levelLabel;
    QLabel* m_languageLabel;
    QLineEdit* m_reference;
    QComboBox* m_level;
    QComboBox* m_language;
    QPushButton* m_preview;
    QPushButton* m_save;
    QPushButton* m_close;
    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QPdfView* m_view;
    QPdfDocument* m_document;
    QBuffer* m_buffer;
    QByteArray m_pdf;
    // What the preview shows, for the suggested file name.
    QString m_previewReference;
    QString m_previewLevel;
    QString m_previewLanguage;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
