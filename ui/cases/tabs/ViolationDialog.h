#pragma once

#include "cases/tabs/RecordDialog.h"
#include "violations/Violation.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amparo {
namespace ui {

// Adds a violation to a case or edits one: its type, its date as far as it
// is known, the victim among the people of the case, the place, the
// perpetrators and the consequences.
class ViolationDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `existing` is the violation to edit; without it the dialog adds one.
    ViolationDialog(CaseTab::SessionAccess session, qint64 caseId,
                    const std::optional<Violation>& existing, QWidget* parent = nullptr);

    static constexpr const char* kDraftKind = "violation";
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject& draft) override;
    // The id of the violation edited, or the one just added; 0 before.
    qint64 violationId() const { return m_id; }

protected:
    void save() override;
    void retranslate() override;

private:
    void fill(const Violation& violation);
    void fillVictims();
    void showVictims();
    void updateForType();
    void updateForPrecision();

    qint64 m_caseId;
    qint64 m_id = 0;
    bool m_isNew;
    QComboBox* m_type;
    QLabel* m_medicalNote;
    QComboBox* m_precision;
    QDateEdit* m_date;
    QComboBox* m_victim;
    QLineEdit* m_place;
    QPlainTextEdit* m_perpetrators;
    QPlainTextEdit* m_consequences;
};

} // namespace ui
} // namespace amparo
