#pragma once

#include "cases/tabs/RecordTab.h"

class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class InterventionTableModel;
class RecordListView;

// The interventions of a case — urgent appeals, letters, communications to
// UN and regional mechanisms — oldest first, with the responses received.
// Insert adds, F2 or Return edits the selected intervention. The core keeps
// every intervention (there is no removal): it is part of the record of
// what the organisation did.
class InterventionsTab : public RecordTab
{
    Q_OBJECT

public:
    InterventionsTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    void restoreDraft(const QJsonObject& draft) override;

    InterventionTableModel& model() const { return *m_model; }
    void selectRow(int row);

    void addIntervention();
    void editIntervention();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectIntervention(qint64 interventionId);
    void updateActions();

    InterventionTableModel* m_model;
    RecordListView* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    ErrorLabel* m_error;
    QString m_refusal;
};

} // namespace ui
} // namespace amparo
