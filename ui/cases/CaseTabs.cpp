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

QString LabelledTab::text() const
{
    return CaseTabsText::tr(label);
}

std::vector<LabelledTab> createCaseTabs(const CaseTab::SessionAccess& session, qint64 caseId,
                                        const CaseEditorHooks& hooks, QWidget* parent)
{
    std::vector<LabelledTab> tabs = {
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&People"),
         new CasePeopleTab(session, caseId, hooks.newPerson, parent)},
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&Violations"),
         new ViolationsTab(session, caseId, parent)},
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&Interventions"),
         new InterventionsTab(session, caseId, parent)},
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "A&ssistance"),
         new AssistanceTab(session, caseId, parent)},
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&Grants"),
         new GrantsTab(session, caseId, parent)},
        {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&Documents"),
         new DocumentsTab(session, caseId, parent)},
    };
    if (hooks.tasksTab)
        tabs.push_back(
            {QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&Tasks"), hooks.tasksTab(caseId, parent)});
    tabs.push_back({QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&History"),
                    new CaseHistoryTab(session, caseId, parent)});
    return tabs;
}

} // namespace ui
} // namespace amparo
