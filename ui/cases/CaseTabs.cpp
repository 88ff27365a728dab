#include "cases/CaseTabs.h"

#include "cases/CaseHistoryTab.h"
#include "cases/CasePeopleTab.h"

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
    return {
        {CaseTabsText::tr("&People"), new CasePeopleTab(session, caseId, hooks.newPerson, parent)},
        {CaseTabsText::tr("&History"), new CaseHistoryTab(session, caseId, parent)},
    };
}

} // namespace ui
} // namespace amparo
