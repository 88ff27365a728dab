#include "funds/AmountFields.h"

#include "money/Currency.h"
#include "util/Error.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

namespace amparo {
namespace ui {

QString displayRate(const ExchangeRate& rate)
{
    return formatRate(rate).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

AmountFields::AmountFields(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_amount(new QLineEdit(this)),
      m_currency(new QLineEdit(this)), m_rate(new QLineEdit(this)), m_rateMeaning(new QLabel(this)),
      m_conversion(new QLabel(this)), m_amountLabel(new QLabel(this)),
      m_currencyLabel(new QLabel(this)), m_rateLabel(new QLabel(this))
{
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_rateMeaning->setWordWrap(true);
    m_conversion->setWordWrap(true);
    m_conversion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_amountLabel->setBuddy(m_amount);
    m_currencyLabel->setBuddy(m_currency);
    m_rateLabel->setBuddy(m_rate);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_amountLabel, m_amount);
    m_form->addRow(m_currencyLabel, m_currency);
    m_form->addRow(m_rateLabel, m_rate);
    m_form->addRow(QString(), m_rateMeaning);
    m_form->addRow(QString(), m_conversion);
    connect(m_currency, &QLineEdit::textChanged, this, &AmountFields::updateRate);
    connect(m_amount, &QLineEdit::textChanged, this, &AmountFields::updateRate);
    connect(m_rate, &QLineEdit::textChanged, this, &AmountFields::updateRate);
    retranslate();
}

void AmountFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AmountFields::retranslate()
{
    m_amountLabel->setText(tr("&Amount:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_rateLabel->setText(tr("Exchange &rate:"));
    m_amount->setAccessibleName(tr("Amount"));
    // The locale's decimal mark, which the core accepts, and no grouping, which it refuses.
    m_amount->setPlaceholderText(
        tr("For example %1")
            .arg(QStringLiteral("1500") + QLocale().decimalPoint() + QStringLiteral("50")));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setToolTip(tr("The ISO code of the currency, for example EUR, USD or MXN."));
    m_rate->setAccessibleName(tr("Exchange rate"));
    m_rateMeaning->setAccessibleName(tr("What the exchange rate means"));
    m_conversion->setAccessibleName(tr("Value in the fund's currency"));
    updateRate();
}

void AmountFields::setFundCurrency(const QString& code)
{
    m_fundCurrency = code;
    m_currency->setText(code);
    updateRate();
}

QString AmountFields::currency() const
{
    return requireCurrency(tr("The currency"), m_currency->text().trimmed());
}

qint64 AmountFields::amountMinor() const
{
    return parseAmount(tr("The amount"), m_amount->text().trimmed(), currency());
}

bool AmountFields::isForeign() const
{
    const QString code = m_currency->text().trimmed().toUpper();
    return !code.isEmpty() && code != m_fundCurrency;
}

std::optional<ExchangeRate> AmountFields::rate() const
{
    if (!isForeign())
        return std::nullopt;
    return parseRate(tr("The exchange rate"), m_rate->text().trimmed());
}

// The rate only shows when it is needed, with what it means in this
// payment's currencies and what the amount is worth in the fund's.
void AmountFields::updateRate()
{
    const bool foreign = isForeign();
    const bool appearing = foreign != m_rate->isVisibleTo(this);
    m_rateLabel->setVisible(foreign);
    m_rate->setVisible(foreign);
    m_rateMeaning->setVisible(foreign);
    m_conversion->setVisible(foreign);
    // The window grows to show the sentence and the value, wrapped, in full.
    if (appearing && window()->isVisible())
        QMetaObject::invokeMethod(window(), &QWidget::adjustSize, Qt::QueuedConnection);
    if (!foreign)
        return;
    const QString code = m_currency->text().trimmed().toUpper();
    //: %1 is the currency paid (MXN), %2 the fund's currency (EUR).
    m_rateMeaning->setText(tr("How many %1 one %2 buys on the day, as the bank quotes it: "
                              "for %2 1 = %1 20.1234, type 20.1234.")
                               .arg(code, m_fundCurrency));
    try {
        const qint64 minor = amountMinor();
        const ExchangeRate exchange = *rate();
        const qint64 value = convertToFundCurrency(minor, currency(), exchange, m_fundCurrency);
        //: %1 the amount typed (8,000.00 MXN), %2 its value in the fund's currency (400.00 EUR).
        m_conversion->setText(
            tr("%1 is worth %2.")
                .arg(displayAmount(minor, currency()), displayAmount(value, m_fundCurrency)));
    } catch (const Error&) {
        m_conversion->setText(
            tr("Type the amount, the currency and the rate to see the value in %1.")
                .arg(m_fundCurrency));
    }
}

} // namespace ui
} // namespace amparo
