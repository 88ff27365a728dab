#pragma once

#include "cases/CaseListModel.h"

#include <QWidget>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace amparo {
enum class Vocabulary;

namespace ui {

// The case list with its search box and filters (PRODUCT §4). Typing
// searches as you type, after a short pause so that each keystroke does not
// query the vault; every filter and the sort order are applied by the
// database. When nothing is listed, the page says why and what to do.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(CaseListModel::Source source, QWidget* parent = nullptr);

    CaseListModel& model() { return *m_model; }
    // How long typing must pause before the search runs.
    static constexpr int kSearchPauseMs = 200;

    // Shows "New case…" (for people who may open cases).
    void setNewCaseAvailable(bool available);
    // The people cases can be assigned to, for the assignee filter; `me` first.
    void setAssignees(const std::vector<std::pair<qint64, QString>>& people, qint64 me);
    // Shows the cases this filter selects, as if its values had been chosen
    // (a figure of the dashboard opens the list it counts).
    void showFilter(const CaseFilter& filter);

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void newCaseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QComboBox* termFilter(Vocabulary vocabulary);
    void retranslate();
    void retranslateAssignees();
    void applyFilters();
    void clearFilters();
    void updateSummary();

    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_programme;
    QComboBox* m_priority;
    QComboBox* m_country;
    QComboBox* m_assistance;
    QComboBox* m_assignee;
    qint64 m_me = 0;
    QCheckBox* m_restrictedOnly;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyText;
    QPushButton* m_clearFilters;
    QPushButton* m_newCase;
    QTimer* m_searchPause;
};

} // namespace ui
} // namespace amparo
