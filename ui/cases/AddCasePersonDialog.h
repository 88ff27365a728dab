#pragma once

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ErrorLabel;

// Links a person to a case with a role: find them by name or pseudonym as
// you type, or record a new person first. The core checks and saves the
// link; its refusal is shown here and nothing is saved.
class AddCasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;
    // Opens a person editor for a new person over `parent`; calls `saved`
    // with their id once they are saved (the editor may stay open for consent).
    using NewPerson =
        std::function<void(QWidget* parent, std::function<void(qint64 personId)> saved)>;

    AddCasePersonDialog(SessionAccess session, qint64 caseId, NewPerson newPerson,
                        QWidget* parent = nullptr);

    void accept() override;
    // Runs the search now instead of after the typing pause.
    void searchNow();
    int resultCount() const;
    // Finds the person just recorded and chooses them.
    void choosePerson(qint64 personId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static QString personText(const QString& pseudonym, const QString& fullName);
    void search();
    void updateControls();

    SessionAccess m_session;
    qint64 m_caseId;
    NewPerson m_newPerson;
    QLineEdit* m_search;
    QListWidget* m_results;
    QComboBox* m_role;
    QComboBox* m_perpetratorType;
    ErrorLabel* m_error;
    QLabel* m_searchLabel;
    QLabel* m_roleLabel;
    QLabel* m_perpetratorTypeLabel;
    QPushButton* m_add;
    QPushButton* m_create = nullptr;
    QTimer* m_pause;
};

} // namespace ui
} // namespace amparo
