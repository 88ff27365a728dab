#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

// Shows the recovery key once, offers to print it or save it as a PDF, and
// lets the wizard finish only after the person says it is stored safely.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Takes the key off the screen.
    void forgetKey();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void print();
    void saveAsPdf();

    QLabel* m_explanation;
    QLabel* m_key;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    QLabel* m_pdfWarning;
    QLabel* m_saved;
    QCheckBox* m_stored;
    QString m_savedFile; // the PDF written, if any
};

} // namespace ui
} // namespace amparo
