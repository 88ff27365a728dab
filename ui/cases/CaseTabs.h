#pragma once

#include "cases/AddCasePersonDialog.h"
#include "cases/CaseTab.h"

#include <vector>

namespace amparo {
namespace ui {

// What the case editor needs from the rest of the window.
struct CaseEditorHooks
{
    // Records a new person (the People section's editor); may be empty.
    AddCasePersonDialog::NewPerson newPerson;
    // The tasks tab of a case (it needs the window's session holder); may be empty.
    std::function<CaseTab*(qint64 caseId, QWidget* parent)> tasksTab;
};

struct LabelledTab
{
    // Untranslated, with its mnemonic: QT_TRANSLATE_NOOP("amparo::ui::CaseTabs", "&People").
    const char* label;
    CaseTab* tab;

    // The label in the current language.
    QString text() const;
};

// The tabs of a saved case after its summary, in the order they are shown:
// people, violations, interventions, assistance, grants, documents, tasks,
// history.
std::vector<LabelledTab> createCaseTabs(const CaseTab::SessionAccess& session, qint64 caseId,
                                        const CaseEditorHooks& hooks, QWidget* parent);

} // namespace ui
} // namespace amparo
