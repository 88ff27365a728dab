#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

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

private:
    void print();
    void saveAsPdf();

    QLabel* m_key;
    QLabel* m_saved;
    QCheckBox* m_stored;
};

} // namespace ui
} // namespace amparo
