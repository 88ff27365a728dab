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

private:
    void create();

    BusyIndicator* m_busy;
    ErrorLabel* m_error;
    QThreadPool m_pool;
    bool m_created = false;
};

} // namespace ui
} // namespace amparo
