#pragma once

#include <QThreadPool>
#include <QWizardPage>

namespace amparo {
namespace ui {

class BusyIndicator;
class ErrorLabel;

// Creates the vault on a worker thread and moves on by itself when done.
class CreateVaultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateVaultPage(QWidget* parent = nullptr);
    ~CreateVaultPage() override;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void create();
    void showProgress();
    void showFailure();

    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QThreadPool m_pool;
    bool m_creating = false;
    bool m_created = false;
    // The core's reason when creating failed, shown with what to do about it.
    QString m_failure;
};

} // namespace ui
} // namespace amparo
