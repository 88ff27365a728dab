#pragma once

#include <QWizardPage>

namespace amparo {
namespace ui {

class ErrorLabel;
class NewPassphraseFields;

// The administrator's passphrase, typed twice.
class PassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    NewPassphraseFields* m_fields;
    ErrorLabel* m_error;
};

} // namespace ui
} // namespace amparo
