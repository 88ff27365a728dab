#pragma once

#include "funds/Fund.h"
#include "organisations/Organisation.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class AmountFields;
class ErrorLabel;
class SessionHolder;

// Finance records money a donor gave to a fund: the fund, the donor (an
// organisation of kind donor, or none named), the date received, the amount
// in any currency with the rate of the day when it is not the fund's, and
// the donor's reference. The core checks everything; its message is shown.
class ContributionDialog : public QDialog
{
    Q_OBJECT

public:
    ContributionDialog(SessionHolder& holder, const std::vector<Fund>& funds,
                       const std::vector<Organisation>& donors, qint64 fundId,
                       QWidget* parent = nullptr);

    qint64 recordedFundId() const { return m_recordedFundId; }
    AmountFields& amount() const { return *m_amount; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fundChosen();

    SessionHolder& m_holder;
    std::vector<Fund> m_funds;
    qint64 m_recordedFundId = 0;
    QComboBox* m_fund;
    QComboBox* m_donor;
    QDateEdit* m_date;
    AmountFields* m_amount;
    QLineEdit* m_reference;
    QLabel* m_fundLabel;
    QLabel* m_donorLabel;
    QLabel* m_dateLabel;
    QLabel* m_referenceLabel;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    // Our own button: a button box resets the texts of its standard buttons
    // when the language changes, after we set ours.
    QPushButton* m_accept;
};

} // namespace ui
} // namespace amparo
