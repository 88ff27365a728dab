#pragma once

#include "audit/AuditEntry.h"
#include "cases/CaseTab.h"

#include <vector>

class QTableWidget;
class QLabel;

namespace amparo {
namespace ui {

// The history tab: every audit entry of the case and of its records,
// newest first — who did what, when, and what changed (status changes
// with their reasons). Read-only.
class CaseHistoryTab : public CaseTab
{
    Q_OBJECT

public:
    CaseHistoryTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;

    int entryCount() const;
    // The "what" and "details" columns of row `row`, as shown.
    QString actionAt(int row) const;
    QString detailsAt(int row) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Shows m_entries in the words of the current language.
    void fill();

    std::vector<audit::AuditEntry> m_entries;
    QTableWidget* m_table;
    QLabel* m_empty;
};

// An entry's changes as one line a person reads: "Status: Intake → Assessment;
// Reason: Lawyer's report". Sensitive values the trail does not keep read "changed".
QString changeSummary(const audit::AuditEntry& entry);

} // namespace ui
} // namespace amparo
