#include "cases/CaseTasksTab.h"

#include "main/SessionHolder.h"
#include "tasks/TaskTableModel.h"
#include "tasks/TasksPage.h"

#include <QVBoxLayout>

namespace amparo {
namespace ui {

CaseTasksTab::CaseTasksTab(SessionHolder& holder, qint64 caseId, QWidget* parent)
    : CaseTab([&holder]() -> Session& { return holder.session(); }, caseId, parent),
      m_page(new TasksPage(holder, this))
{
    m_page->fixToCase(caseId);
    connect(m_page, &TasksPage::tasksChanged, this, &CaseTab::recordsChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
}

void CaseTasksTab::reload()
{
    m_page->reload();
}

void CaseTasksTab::clear()
{
    m_page->model().clear();
}

} // namespace ui
} // namespace amparo
