#pragma once

#include "cases/CaseTab.h"

namespace amparo {
namespace ui {

class SessionHolder;
class TasksPage;

// The tasks tab of the case editor: the Tasks section's list, fixed to
// this case, where new tasks belong to the case.
class CaseTasksTab : public CaseTab
{
    Q_OBJECT

public:
    CaseTasksTab(SessionHolder& holder, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    TasksPage& page() const { return *m_page; }

private:
    TasksPage* m_page;
};

} // namespace ui
} // namespace amparo
