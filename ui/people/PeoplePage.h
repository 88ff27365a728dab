#pragma once

#include "people/PersonListModel.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace amparo {
namespace ui {

class SessionHolder;

// The people list (PRODUCT §4): search as you type, newest first, and the
// person editor for a new person or the one chosen (Enter, double-click or
// "Open"). Only users whose roles may edit people see "New person…"; the
// core decides in any case.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(SessionHolder& holder, QWidget* parent = nullptr);

    PersonListModel& model() { return *m_model; }
    static constexpr int kSearchPauseMs = 200;

public Q_SLOTS:
    void newPerson();
    void openSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openEditor(std::optional<qint64> personId);
    void applySearch();
    void updateSummary();
    void updateButtons();

    SessionHolder& m_holder;
    bool m_mayEdit;
    PersonListModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_new;
    QPushButton* m_open;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyText;
    QLabel* m_count;
    QTimer* m_searchPause;
};

} // namespace ui
} // namespace amparo
