#pragma once

#include <QWizardPage>

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

private:
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    ErrorLabel* m_error;
};

} // namespace ui
} // namespace amparo
