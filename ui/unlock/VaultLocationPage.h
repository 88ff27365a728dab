#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class LanguageBox;

// Where the new vault goes: a folder that does not exist yet, or is empty.
class VaultLocationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VaultLocationPage(QWidget* parent = nullptr);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void describeFolder();
    QString folder() const;

    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_status;
    ErrorLabel* m_error;
    LanguageBox* m_language;
    QLabel* m_folderLabel;
    QLabel* m_languageLabel;
    QLabel* m_languageNote;
};

} // namespace ui
} // namespace amparo
