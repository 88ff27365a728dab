// Grants and the money paid for them: what was asked, approved and paid,
// with totals in each currency of payment and in the funds' currencies.

#include "export/SummaryHtml.h"

#include <map>

namespace amparo {
namespace {

// Sums by currency, in the order currencies first appear.
class Totals
{
public:
    void add(const QString& currency, qint64 minor)
    {
        if (!m_sums.count(currency))
            m_order << currency;
        m_sums[currency] += minor;
    }
    const QStringList& currencies() const { return m_order; }
    qint64 sum(const QString& currency) const
    {
        const auto found = m_sums.find(currency);
        return found == m_sums.end() ? 0 : found->second;
    }

private:
    QStringList m_order;
    std::map<QString, qint64> m_sums;
};

} // namespace

QString SummaryHtml::grantsSection() const
{
    const bool payments = m_data.disbursements.has_value();
    std::vector<Column> columns = {{SummaryText::tr("Grant"), payments ? 30 : 46},
                                   {SummaryText::tr("Status"), 14},
                                   {SummaryText::tr("Requested"), 14, true},
                                   {SummaryText::tr("Approved"), 14, true}};
    if (payments) {
        columns.push_back({SummaryText::tr("Paid"), 14, true});
        columns.push_back({SummaryText::tr("Refunded"), 0, true});
    }
    std::vector<Row> rows;
    Totals requested, approved, paid, refunded;
    for (const Grant& g : m_data.grants) {
        QString grant = QStringLiteral("<b>") + value(g.reference) + QStringLiteral("</b> ") +
                        QStringLiteral("<span class=\"muted\">") + value(g.fundCode) +
                        QStringLiteral("</span>");
        if (m_rules.narrative && !g.purpose.isEmpty())
            grant += QStringLiteral("<br/>") + text(g.purpose);
        const auto money = [&](qint64 minor) {
            return value(m_language.amount(minor, g.currency));
        };
        Row row = {grant, value(m_language.term(Vocabulary::GrantStatus, g.status)),
                   money(g.requestedMinor),
                   g.approvedMinor ? money(*g.approvedMinor) : QStringLiteral("—")};
        requested.add(g.currency, g.requestedMinor);
        approved.add(g.currency, g.approvedMinor.value_or(0));
        if (payments) {
            row << money(g.paidMinor) << money(g.refundedMinor);
            paid.add(g.currency, g.paidMinor);
            refunded.add(g.currency, g.refundedMinor);
        }
        rows.push_back(row);
    }
    QString html = heading(SummaryText::tr("Grants and disbursements"));
    if (rows.empty())
        return html + note(SummaryText::tr("No grants recorded."));
    std::vector<Row> totals;
    for (const QString& currency : requested.currencies()) {
        const auto money = [&](const Totals& t) {
            return value(m_language.amount(t.sum(currency), currency));
        };
        Row row = {SummaryText::tr("Total in %1").arg(value(currency)), QString(), money(requested),
                   money(approved)};
        if (payments)
            row << money(paid) << money(refunded);
        totals.push_back(row);
    }
    html += table(columns, rows, totals);
    if (!payments)
        return html + note(SummaryText::tr("Payments are shown to finance officers and fund "
                                           "managers."));
    return html + disbursementsPart();
}

QString SummaryHtml::disbursementsPart() const
{
    std::vector<Column> columns = {{SummaryText::tr("Date"), 20},
                                   {SummaryText::tr("Grant"), 28},
                                   {SummaryText::tr("Paid"), 18, true},
                                   {SummaryText::tr("Rate"), 16, true},
                                   {SummaryText::tr("In the fund's currency"), 0, true}};
    std::vector<Row> rows;
    Totals byPaidCurrency, byFundCurrency;
    int reversed = 0;
    for (const Disbursement& d : *m_data.disbursements) {
        const bool refund = d.kind == QLatin1String("refund");
        QString grant = value(d.grantReference) + QStringLiteral("<br/><span class=\"muted\">") +
                        (refund ? SummaryText::tr("Refund") : SummaryText::tr("Payment")) +
                        QStringLiteral("</span>");
        if (d.reversed)
            grant += QStringLiteral("<br/><span class=\"muted\">") +
                     SummaryText::tr("Reversed: not counted") + QStringLiteral("</span>");
        if (m_rules.narrative && !d.note.isEmpty())
            grant += QStringLiteral("<br/>") + text(d.note);
        const qint64 sign = refund ? -1 : 1;
        const QString rate =
            d.rate ? SummaryText::tr("1 %1 = %2 %3", "exchange rate")
                         .arg(value(d.fundCurrency), value(m_language.decimal(formatRate(*d.rate))),
                              value(d.currency))
                   : QStringLiteral("—");
        rows.push_back({date(d.paidOn), grant,
                        value(m_language.amount(sign * d.amountMinor, d.currency)), rate,
                        value(m_language.amount(sign * d.fundAmountMinor, d.fundCurrency))});
        if (d.reversed) {
            ++reversed;
            continue;
        }
        byPaidCurrency.add(d.currency, sign * d.amountMinor);
        byFundCurrency.add(d.fundCurrency, sign * d.fundAmountMinor);
    }
    QString html =
        QStringLiteral("<h3>") + SummaryText::tr("Disbursements") + QStringLiteral("</h3>");
    if (rows.empty())
        return html + note(SummaryText::tr("No payments recorded."));
    html += table(columns, rows);
    QStringList paid, inFund;
    for (const QString& currency : byPaidCurrency.currencies())
        paid << value(m_language.amount(byPaidCurrency.sum(currency), currency));
    for (const QString& currency : byFundCurrency.currencies())
        inFund << value(m_language.amount(byFundCurrency.sum(currency), currency));
    html += QStringLiteral("<p style=\"margin-top: 6pt\">") +
            labelled(SummaryText::tr("Net paid, by currency of payment"),
                     QStringLiteral("<b>") + paid.join(QStringLiteral(" · ")) +
                         QStringLiteral("</b>")) +
            QStringLiteral("<br/>") +
            labelled(SummaryText::tr("Net paid, in the fund's currency"),
                     QStringLiteral("<b>") + inFund.join(QStringLiteral(" · ")) +
                         QStringLiteral("</b>")) +
            QStringLiteral("</p>");
    if (reversed > 0)
        html += note(SummaryText::tr("%n reversed disbursement(s) not counted in the totals.",
                                     nullptr, reversed));
    return html;
}

} // namespace amparo
