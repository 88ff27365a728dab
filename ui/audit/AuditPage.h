#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace amparo {
namespace ui {

class AuditTableModel;
class SessionHolder;

// The audit trail for administrators and auditors: the newest entries that
// match the filters (a limited number at a time, "Show more" reads further)
// and the verification of the whole chain.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(SessionHolder& holder, QWidget* parent = nullptr);

    AuditTableModel& model() { return *m_model; }
    static constexpr int kPageSize = 500;
    static constexpr int kSearchPauseMs = 250;

    // Reads the entries again with the current filters.
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QWidget* createFilters();
    void fillChoices();
    void filtersChanged();
    void clearFilters();
    void showMore();

    SessionHolder& m_holder;
    AuditTableModel* m_model;
    QLabel* m_heading;
    QComboBox* m_user;
    QComboBox* m_recordType;
    QComboBox* m_action;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_untilEnabled;
    QDateEdit* m_until;
    QLineEdit* m_text;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_more;
    QPushButton* m_clear;
    QTimer* m_textPause;
    int m_limit = kPageSize;
};

} // namespace ui
} // namespace amparo
