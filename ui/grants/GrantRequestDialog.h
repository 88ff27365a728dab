#pragma once

#include "funds/Fund.h"
#include "grants/Grant.h"

#include <QDialog>
#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ErrorLabel;

// A grant request for a case (PRODUCT §2): the fund, who benefits, what it
// is for, the budget lines in the fund's currency. Saved as a draft or
// submitted for approval through the core, which checks everything; the
// same dialog edits a draft or a request returned for changes.
class GrantRequestDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;

    GrantRequestDialog(SessionAccess session, qint64 caseId, QWidget* parent = nullptr);

    // For one assistance line: selects it and its beneficiary.
    void setAssistance(qint64 assistanceId);
    // Edits a draft or a returned request instead of asking a new one.
    void editGrant(const Grant& grant);
    // Budget lines: an empty one is added for the person to fill.
    void addLine(const QString& description = {}, const QString& amount = {});
    void removeLine(int index);
    int lineCount() const { return static_cast<int>(m_lines.size()); }

    // Saves (and submits when asked) through the core; on success emits
    // grantSaved and closes, otherwise shows the core's message.
    void save(bool submit);
    qint64 grantId() const { return m_grantId; }

Q_SIGNALS:
    void grantSaved(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LineRow
    {
        QWidget* row;
        QLineEdit* description;
        QLineEdit* amount;
        QPushButton* remove;
    };

    void loadChoices();
    void retranslate();
    void retranslateLines();
    void fundChanged();
    void assistanceChanged();
    // Parses every amount with the core; shows the first problem and the total.
    std::optional<std::vector<GrantLine>> parsedLines(bool forSaving);
    void updateTotal();
    const Fund* selectedFund() const;
    QString currency() const;

    SessionAccess m_session;
    qint64 m_caseId;
    qint64 m_grantId = 0;
    bool m_mayReadLedger = false;
    std::vector<Fund> m_funds;
    struct AssistanceChoice
    {
        qint64 id;
        QString type; // Vocabulary::AssistanceType
        QString description;
        std::optional<qint64> personId;
    };
    std::vector<AssistanceChoice> m_assistanceLines;
    std::vector<QString> m_organisationNames; // in the order of the beneficiary items
    QLabel* m_intro;
    QFormLayout* m_form;
    QComboBox* m_fund;
    QLabel* m_fundInfo;
    QLabel* m_currency;
    QComboBox* m_assistance;
    QComboBox* m_beneficiary;
    QLineEdit* m_purpose;
    QPlainTextEdit* m_justification;
    QLabel* m_linesHeading;
    QVBoxLayout* m_linesLayout;
    std::vector<LineRow> m_lines;
    QPushButton* m_addLine;
    QLabel* m_total;
    ErrorLabel* m_amountError;
    ErrorLabel* m_error;
    QPushButton* m_draft;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace ui
} // namespace amparo
