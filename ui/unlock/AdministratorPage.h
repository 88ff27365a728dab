#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace amparo {
namespace ui {

class ErrorLabel;

// The vault's first user, who will be its administrator.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_login;
    QLineEdit* m_displayName;
    ErrorLabel* m_error;
    QLabel* m_loginLabel;
    QLabel* m_loginHint;
    QLabel* m_displayNameLabel;
    QLabel* m_displayNameHint;
};

} // namespace ui
} // namespace amparo
