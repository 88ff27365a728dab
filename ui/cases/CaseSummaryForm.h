#pragma once

#include "cases/Case.h"

#include <QJsonObject>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amparo {
struct Organisation;
}

namespace amparo {
namespace ui {

class CountryBox;
class ErrorLabel;
class OptionalDateEdit;

// The summary tab of the case editor: the case's own fields. It knows
// nothing of the vault; the editor loads a case into it, asks the core
// about what it holds, and saves it. Its fields as JSON are the case's draft.
class CaseSummaryForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseSummaryForm(QWidget* parent = nullptr);

    // Organisations a case can be referred by; call before setCase().
    void setOrganisations(const std::vector<Organisation>& organisations);
    // Shows `c` as saved: nothing is modified afterwards.
    void setCase(const Case& c);
    // The loaded case with the form's values.
    Case editedCase() const;
    bool isModified() const { return fields() != m_saved; }

    QJsonObject fields() const;
    // Puts a draft's values back; the form is then modified.
    void setFields(const QJsonObject& fields);

    // The core's objection to the current values, shown under the form.
    void showProblem(const QString& problem);
    void clearProblem();
    QString problem() const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectEdits();
    void retranslate();

    Case m_case;
    QJsonObject m_saved;
    QLineEdit* m_title;
    QComboBox* m_programme;
    QComboBox* m_priority;
    CountryBox* m_country;
    QLineEdit* m_place;
    OptionalDateEdit* m_incidentOn;
    OptionalDateEdit* m_reportedOn;
    QDateEdit* m_openedOn;
    QComboBox* m_referringOrg;
    QLineEdit* m_externalId;
    QCheckBox* m_restricted;
    QPlainTextEdit* m_narrative;
    QPlainTextEdit* m_risk;
    ErrorLabel* m_problem;
    // The labels, in the order of the fields above.
    QLabel* m_titleLabel;
    QLabel* m_programmeLabel;
    QLabel* m_priorityLabel;
    QLabel* m_countryLabel;
    QLabel* m_placeLabel;
    QLabel* m_incidentLabel;
    QLabel* m_reportedLabel;
    QLabel* m_openedLabel;
    QLabel* m_referringLabel;
    QLabel* m_externalIdLabel;
    QLabel* m_narrativeLabel;
    QLabel* m_riskLabel;
};

} // namespace ui
} // namespace amparo
