// The case itself and the people in it: the facts of the case, its
// account, its status history and the people with their roles.

#include "export/SummaryHtml.h"

#include <algorithm>

namespace amparo {

QString SummaryHtml::caseSection() const
{
    const Case& c = m_data.caseRecord;
    std::vector<std::pair<QString, QString>> facts = {
        {SummaryText::tr("Reference"), value(c.reference)},
        {SummaryText::tr("Status"), value(m_language.term(Vocabulary::CaseStatus, c.status))},
        {SummaryText::tr("Programme"), value(m_language.term(Vocabulary::Programme, c.programme))},
        {SummaryText::tr("Priority"), value(m_language.term(Vocabulary::Priority, c.priority))},
        {SummaryText::tr("Country"), value(m_language.country(c.country))},
    };
    if (m_rules.narrative && !c.place.isEmpty())
        facts.emplace_back(SummaryText::tr("Place"), text(c.place));
    facts.emplace_back(SummaryText::tr("Opened"), date(c.openedOn));
    if (c.incidentOn)
        facts.emplace_back(SummaryText::tr("Incident"), date(c.incidentOn));
    if (c.reportedOn)
        facts.emplace_back(SummaryText::tr("Reported"), date(c.reportedOn));
    if (c.closedOn)
        facts.emplace_back(SummaryText::tr("Closed"), date(c.closedOn));
    if (m_rules.organisations && !m_data.referringOrganisation.isEmpty())
        facts.emplace_back(SummaryText::tr("Referred by"), text(m_data.referringOrganisation));
    if (m_rules.staff)
        facts.emplace_back(SummaryText::tr("Caseworkers"),
                           m_data.caseworkers.isEmpty()
                               ? SummaryText::tr("None assigned")
                               : text(m_language.locale().createSeparatedList(m_data.caseworkers)));
    if (m_rules.sensitive && c.restricted)
        facts.emplace_back(SummaryText::tr("Access"),
                           SummaryText::tr("Restricted: need-to-know only"));

    QString html = heading(SummaryText::tr("Case")) +
                   QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\">");
    // Two facts a row, label then value; reversed in right-to-left documents
    // (see table()).
    for (size_t i = 0; i < facts.size(); i += 2) {
        QStringList cells;
        for (size_t j = i; j < i + 2; ++j) {
            const bool present = j < facts.size();
            cells << QStringLiteral("<td class=\"label\" width=\"16%\">") +
                         (present ? facts[j].first : QString()) + QStringLiteral("</td>")
                  << QStringLiteral("<td class=\"value\" width=\"34%\">") +
                         (present ? facts[j].second : QString()) + QStringLiteral("</td>");
        }
        if (m_language.isRightToLeft())
            std::reverse(cells.begin(), cells.end());
        html += QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (m_rules.narrative && !c.narrative.isEmpty())
        html += QStringLiteral("<h3>") + SummaryText::tr("Account") + QStringLiteral("</h3><p>") +
                text(c.narrative) + QStringLiteral("</p>");
    if (m_rules.sensitive && !c.risk.isEmpty())
        html += QStringLiteral("<h3>") + SummaryText::tr("Risk assessment") +
                QStringLiteral("</h3><p>") + text(c.risk) + QStringLiteral("</p>");
    return html;
}

QString SummaryHtml::historySection() const
{
    std::vector<Column> columns = {{SummaryText::tr("Date"), 20}, {SummaryText::tr("Status"), 18}};
    if (m_rules.staff)
        columns.push_back({SummaryText::tr("By"), 16});
    if (m_rules.narrative)
        columns.push_back({SummaryText::tr("Reason")});
    std::vector<Row> rows;
    for (const CaseTransition& t : m_data.transitions) {
        Row row = {value(m_language.date(t.at.toLocalTime().date())),
                   value(m_language.term(Vocabulary::CaseStatus, t.toStatus))};
        if (m_rules.staff)
            row << text(t.userLogin);
        if (m_rules.narrative)
            row << (t.fromStatus.isEmpty() && t.reason.isEmpty() ? SummaryText::tr("Case opened")
                                                                 : text(t.reason));
        rows.push_back(row);
    }
    return heading(SummaryText::tr("Status history")) +
           (rows.empty() ? nothingRecorded() : table(columns, rows));
}

QString SummaryHtml::peopleSection() const
{
    std::vector<Column> columns = {
        {SummaryText::tr("Person"), 21},
        {SummaryText::tr("Role in the case"), 19},
        {SummaryText::tr("Sex"), 8},
        {m_rules.birthDates ? SummaryText::tr("Born") : SummaryText::tr("Age"), 13},
        {SummaryText::tr("Nationality"), 13}};
    if (m_rules.contacts)
        columns.push_back({SummaryText::tr("Contact and notes")});
    std::vector<Row> rows;
    int withheld = 0;
    for (const SummaryPerson& p : m_data.people) {
        if (!p.shown) {
            ++withheld;
            continue;
        }
        QString roles = value(m_language.terms(Vocabulary::PersonRole, p.roles));
        if (!p.perpetratorTypes.isEmpty())
            roles += QStringLiteral("<br/><span class=\"muted\">") +
                     value(m_language.terms(Vocabulary::PerpetratorType, p.perpetratorTypes)) +
                     QStringLiteral("</span>");
        if (p.person.womanDefender)
            roles += QStringLiteral("<br/><span class=\"muted\">") +
                     SummaryText::tr("Woman human rights defender") + QStringLiteral("</span>");
        if (m_rules.sensitive && !p.person.vulnerabilities.isEmpty())
            roles += QStringLiteral("<br/><span class=\"muted\">") +
                     value(m_language.terms(Vocabulary::Vulnerability, p.person.vulnerabilities)) +
                     QStringLiteral("</span>");
        Row row = {personCell(p), roles, value(m_language.term(Vocabulary::Sex, p.person.sex)),
                   personAge(p.person), value(m_language.country(p.person.nationality))};
        if (m_rules.contacts)
            row << contactCell(p.person);
        rows.push_back(row);
    }
    QString html = heading(SummaryText::tr("People"));
    if (rows.empty() && withheld == 0)
        return html + nothingRecorded();
    if (!rows.empty())
        html += table(columns, rows);
    if (withheld > 0)
        html += note(
            m_rules.level == Redaction::Public
                ? SummaryText::tr("%n people withheld: no consent to publication.", nullptr,
                                  withheld)
                : SummaryText::tr("%n people withheld: no consent to share.", nullptr, withheld));
    return html;
}

QString SummaryHtml::personCell(const SummaryPerson& p) const
{
    if (!m_rules.names)
        return QStringLiteral("<b>") + value(p.person.pseudonym) + QStringLiteral("</b>");
    return QStringLiteral("<b>") + text(p.person.fullName) +
           QStringLiteral("</b><br/><span class=\"muted\">") + value(p.person.pseudonym) +
           QStringLiteral("</span>");
}

QString SummaryHtml::personAge(const Person& person) const
{
    const QDate today = m_data.generatedAt.toLocalTime().date();
    if (m_rules.birthDates && person.birthDate)
        return date(person.birthDate);
    const std::optional<int> born = person.effectiveBirthYear();
    if (!born)
        return SummaryText::tr("Not known");
    if (m_rules.birthDates)
        return SummaryText::tr("About %1", "born about a year").arg(value(m_language.year(*born)));
    int age = today.year() - *born;
    if (person.birthDate && today < person.birthDate->addYears(age))
        --age;
    if (age < 18)
        return SummaryText::tr("Under 18");
    if (age >= 70)
        return SummaryText::tr("70 or older");
    const int from = age < 30 ? 18 : age / 10 * 10;
    const int to = age < 30 ? 29 : from + 9;
    return SummaryText::tr("%1–%2", "age band").arg(m_language.number(from), m_language.number(to));
}

QString SummaryHtml::contactCell(const Person& person) const
{
    QStringList lines;
    for (const QString& item : {person.phone, person.email, person.address}) {
        if (!item.isEmpty())
            lines << text(item);
    }
    if (!person.notes.isEmpty())
        lines << QStringLiteral("<span class=\"muted\">") + text(person.notes) +
                     QStringLiteral("</span>");
    return lines.join(QStringLiteral("<br/>"));
}

QString SummaryHtml::personName(const std::optional<qint64>& personId) const
{
    const SummaryPerson* p = personId ? m_data.person(*personId) : nullptr;
    if (!p)
        return {};
    return m_rules.names ? text(p->person.fullName) : value(p->person.pseudonym);
}

} // namespace amparo
