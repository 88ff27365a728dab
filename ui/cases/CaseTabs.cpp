#include "cases/CaseTabs.h"

#include "cases/CaseHistoryTab.h"
#include "cases/CasePeopleTab.h"
#include "cases/tabs/AssistanceTab.h"
#include "cases/tabs/DocumentsTab.h"
#include "cases/tabs/GrantsTab.h"
#include "cases/tabs/InterventionsTab.h"
#include "cases/tabs/ViolationsTab.h"

#include <QCoreApplication>

namespace amparo {
namespace ui {
namespace {

struct CaseTabsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::ui::CaseTabs)
};

} // namespace

std::vector<LabelledTab> createCaseTabs(const CaseTab::SessionAccess& session, qint64 caseId,
                                        const CaseEditorHooks& hooks, QWidget* parent)
{
    std::vector<LabelledTab> tabs = {
        {CaseTabsText::tr("&People"), new CasePeopleTab(session, caseId, hooks.newPerson, parent)},
        {CaseTabsText::tr("&Violations"), new ViolationsTab(session, caseId, parent)},
        {CaseTabsText::tr("&Interventions"), new InterventionsTab(session, caseId, parent)},
        {CaseTabsText::tr("A&ssistance"), new AssistanceTab(session, caseId, parent)},
        {CaseTabsText::tr("&Grants"), new GrantsTab(session, caseId, parent)},
        {CaseTabsText::tr("&Documents"), new DocumentsTab(session, caseId, parent)},
    };
    if (hooks.tasksTab)
        tabs.push_back({CaseTabsText::tr("&Tasks"), hooks.tasksTab(caseId, parent)});
    tabs.push_back({CaseTabsText::tr("&History"), new CaseHistoryTab(session, caseId, parent)});
    return tabs;
}

} // namespace ui
} // namespace amparo
