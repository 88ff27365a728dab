#pragma once

#include "cases/tabs/RecordDialog.h"
#include "violations/Violation.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace amparo {
namespace ui {

// The Istanbul-Protocol medical record of one violation: when and by whom
// the victim was examined, and each finding with how consistent it is with
// the account. The record is saved as a whole, findings included.
class MedicalRecordDialog : public RecordDialog
{
    Q_OBJECT

public:
    MedicalRecordDialog(CaseTab::SessionAccess session, const Violation& violation,
                        QWidget* parent = nullptr);

    static constexpr const char* kDraftKind = "medical_record";
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject& draft) override;
    qint64 violationId() const { return m_violationId; }

protected:
    void save() override;
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const MedicalExamination& record);
    void addFinding(const MedicalFinding& finding);
    void addTypedFinding();
    void removeFinding();
    void updateButtons();
    std::vector<MedicalFinding> findings() const;

    qint64 m_violationId;
    // The violation's type and date, to name it (nothing else of it is kept).
    Violation m_violation;
    QLabel* m_about;
    QDateEdit* m_examinedOn;
    QLineEdit* m_examiner;
    QTableWidget* m_findings;
    QComboBox* m_kind;
    QLineEdit* m_description;
    QComboBox* m_consistency;
    QPushButton* m_add;
    QPushButton* m_remove;
    QGroupBox* m_findingsBox;
    QLabel* m_newFinding;
};

} // namespace ui
} // namespace amparo
