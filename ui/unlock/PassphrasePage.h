#pragma once

#include <QWizardPage>

class QLabel;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    NewPassphraseFields* m_fields;
    ErrorLabel* m_error;
    QLabel* m_advice;
};

} // namespace ui
} // namespace amparo
