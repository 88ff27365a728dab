#pragma once

#include "cases/tabs/RecordTab.h"

class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;
class RecordListView;
class ViolationTableModel;

// The violations of a case as a chronology, with their Istanbul-Protocol
// medical records for torture, ill-treatment and sexual violence.
// Insert adds, F2 or Return edits, Delete removes the selected violation.
class ViolationsTab : public RecordTab
{
    Q_OBJECT

public:
    ViolationsTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    void restoreDraft(const QJsonObject& draft) override;

    ViolationTableModel& model() const { return *m_model; }
    void selectRow(int row);

    void addViolation();
    void editViolation();
    void removeViolation();
    void editMedicalRecord();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectViolation(qint64 violationId);
    void updateActions();

    ViolationTableModel* m_model;
    RecordListView* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_medical;
    QLabel* m_medicalNote;
    ErrorLabel* m_error;
    QString m_refusal;
};

} // namespace ui
} // namespace amparo
