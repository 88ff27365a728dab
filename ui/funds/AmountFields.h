#pragma once

#include "money/Money.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace amparo {
namespace ui {

// An exchange rate with all its digits and the locale's decimal mark.
QString displayRate(const ExchangeRate& rate);

// An amount of money in any currency, for a fund kept in another one: the
// amount, its ISO code (the fund's by default) and, when the code is not the
// fund's, the exchange rate of the day with a sentence saying what it means
// and the value in the fund's currency shown as it is typed. The core checks
// every part; the getters throw its Error with a message naming the field.
class AmountFields : public QWidget
{
    Q_OBJECT

public:
    explicit AmountFields(QWidget* parent = nullptr);

    // The currency the fund keeps its accounts in; the currency field takes it.
    void setFundCurrency(const QString& code);

    QString currency() const;
    qint64 amountMinor() const;
    // Empty when paid in the fund's currency.
    std::optional<ExchangeRate> rate() const;
    bool isForeign() const;

    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QLineEdit* rateEdit() const { return m_rate; }
    QLabel* conversionLabel() const { return m_conversion; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateRate();

    QString m_fundCurrency;
    QFormLayout* m_form;
    QLineEdit* m_amount;
    QLineEdit* m_currency;
    QLineEdit* m_rate;
    QLabel* m_rateMeaning;
    QLabel* m_conversion;
    QLabel* m_amountLabel;
    QLabel* m_currencyLabel;
    QLabel* m_rateLabel;
};

} // namespace ui
} // namespace amparo
