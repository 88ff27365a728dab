#pragma once

#include "cases/AddCasePersonDialog.h"
#include "cases/Case.h"
#include "cases/CaseTab.h"

#include <QPointer>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace amparo {
namespace ui {

// The people of a case with their roles: victims, defenders, relatives,
// witnesses, lawyers, alleged perpetrators. People are linked and unlinked
// here; who they are is edited in the People section.
class CasePeopleTab : public CaseTab
{
    Q_OBJECT

public:
    CasePeopleTab(SessionAccess session, qint64 caseId, AddCasePersonDialog::NewPerson newPerson,
                  QWidget* parent = nullptr);

    void reload() override;
    void clear() override;

    int personCount() const;
    // "Pseudonym — role" of row `row`, as shown.
    QString rowText(int row) const;
    // The dialog opened by "Add a person…", while it is open.
    AddCasePersonDialog* addDialog() const { return m_addDialog; }
    void openAddDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Shows m_people in the words of the current language.
    void fill();
    void removeSelected();

    AddCasePersonDialog::NewPerson m_newPerson;
    std::vector<CasePerson> m_people;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPointer<AddCasePersonDialog> m_addDialog;
};

} // namespace ui
} // namespace amparo
