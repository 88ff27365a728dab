#pragma once

#include "cases/tabs/RecordDialog.h"
#include "interventions/Intervention.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amparo {
namespace ui {

// Adds an intervention to a case or edits one: an urgent appeal, a letter,
// a communication to a UN or regional mechanism; to whom and when it was
// sent, and the response and outcome when they come.
class InterventionDialog : public RecordDialog
{
    Q_OBJECT

public:
    InterventionDialog(CaseTab::SessionAccess session, qint64 caseId,
                       const std::optional<Intervention>& existing, QWidget* parent = nullptr);

    static constexpr const char* kDraftKind = "intervention";
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject& draft) override;
    qint64 interventionId() const { return m_id; }

protected:
    void save() override;
    void retranslate() override;

private:
    void fill(const Intervention& intervention);
    Intervention typed() const;

    qint64 m_caseId;
    qint64 m_id = 0;
    bool m_isNew;
    QComboBox* m_kind;
    QDateEdit* m_sentOn;
    QComboBox* m_organisation;
    QLineEdit* m_addressee;
    QLineEdit* m_reference;
    QLabel* m_responseLabel;
    QCheckBox* m_responded;
    QDateEdit* m_responseOn;
    QPlainTextEdit* m_response;
    QPlainTextEdit* m_outcome;
};

} // namespace ui
} // namespace amparo
