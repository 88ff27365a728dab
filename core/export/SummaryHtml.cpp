#include "export/SummaryHtml.h"

#include <functional>

namespace amparo {
namespace {

// Unicode isolates: the text inside does not disturb the text around it.
// User text takes its direction from its own first strong letter (a Latin
// name reads left to right in an Arabic document); values Amparo formats
// follow the document, so that "1,500.00 EUR" and "-1,500.00 EUR" read in
// the same order.
constexpr QChar kFirstStrongIsolate(0x2068);
constexpr QChar kRightToLeftIsolate(0x2067);
constexpr QChar kPopDirectionalIsolate(0x2069);

// User text may open embeddings or isolates that it never closes; they
// would reorder whatever follows in the same paragraph (the next line of a
// table cell). Closing its own isolates lets the isolate around it end where
// it ends, and that end closes any embedding left open inside (UAX #9, X6a).
QString isolated(const QString& text, QChar opening)
{
    int openIsolates = 0;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= 0x2066 && code <= 0x2068)
            ++openIsolates;
        else if (code == kPopDirectionalIsolate.unicode() && openIsolates > 0)
            --openIsolates;
    }
    return opening + text + QString(openIsolates + 1, kPopDirectionalIsolate);
}

} // namespace

SummaryHtml::SummaryHtml(const SummaryData& data, const SummaryRules& rules,
                         const DocumentLanguage& language)
    : m_data(data), m_rules(rules), m_language(language)
{}

QString SummaryHtml::classification(Redaction level)
{
    switch (level) {
    case Redaction::Internal:
        return SummaryText::tr("CONFIDENTIAL — INTERNAL");
    case Redaction::Partner:
        return SummaryText::tr("PARTNER");
    case Redaction::Public:
        return SummaryText::tr("PUBLIC");
    }
    return {};
}

QColor SummaryHtml::classificationColor(Redaction level)
{
    switch (level) {
    case Redaction::Internal:
        return QColor(0xa6, 0x1b, 0x1b); // red: do not let it out
    case Redaction::Partner:
        return QColor(0xb2, 0x6a, 0x00); // amber
    case Redaction::Public:
        return QColor(0x2f, 0x6f, 0x4f); // green
    }
    return {};
}

QString SummaryHtml::document() const
{
    const QString direction =
        m_language.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html><head><style>") + styleSheet() +
           QStringLiteral("</style></head><body dir=\"") + direction + QStringLiteral("\">") +
           titleBlock() + caseSection() + historySection() + peopleSection() + violationsSection() +
           interventionsSection() + assistanceSection() + grantsSection() + attachmentsSection() +
           QStringLiteral("</body></html>");
}

// Lengths in px (1/96 inch on the page): Qt's rich text reads pt only for
// font sizes. %1 is the side where lines start, %2 the side where they end.
QString SummaryHtml::styleSheet() const
{
    return QStringLiteral(
               "body { color: #1f2933; }"
               "p { margin-top: 0; margin-bottom: 4px; }"
               "h1 { font-size: 19pt; color: #16324f; margin-top: 2px; margin-bottom: 4px; }"
               "h2 { font-size: 12pt; color: #16324f; margin-top: 26px; margin-bottom: 6px; }"
               "h3 { font-size: 9.5pt; color: #16324f; margin-top: 12px; margin-bottom: 3px; }"
               ".eyebrow { font-size: 8pt; color: #5f6b7a; font-weight: bold; margin: 0; }"
               ".lead { font-size: 10.5pt; color: #5f6b7a; margin-bottom: 14px; }"
               ".muted { color: #5f6b7a; }"
               ".note { color: #5f6b7a; font-style: italic; margin-top: 6px; }"
               "table.data { border-collapse: collapse; }"
               "table.data th { font-size: 7.5pt; color: #5f6b7a; font-weight: bold; "
               "  border-bottom: 1px solid #8a96a6; padding-top: 2px; padding-bottom: 5px; "
               "  padding-%1: 0; padding-%2: 8px; }"
               "table.data td { border-bottom: 1px solid #e1e5ea; padding-top: 5px; "
               "  padding-bottom: 5px; padding-%1: 0; padding-%2: 8px; vertical-align: top; }"
               "table.data td.total { font-weight: bold; border-bottom: 1px solid #8a96a6; }"
               "table.facts { margin-bottom: 6px; }"
               "table.facts td { padding-top: 3px; padding-bottom: 3px; padding-%1: 0; "
               "  padding-%2: 12px; vertical-align: top; }"
               "table.facts td.label { font-size: 7.5pt; color: #5f6b7a; padding-top: 5px; }"
               "table.level td { background-color: #f1f4f8; padding: 10px 14px 10px 14px; "
               "  border-%1: 3px solid %3; }")
        .arg(start(), end(), classificationColor(m_rules.level).name());
}

QString SummaryHtml::titleBlock() const
{
    const Case& c = m_data.caseRecord;
    QString title;
    QString level;
    switch (m_rules.level) {
    case Redaction::Internal:
        title = SummaryText::tr("Internal summary.");
        level = SummaryText::tr("Everything recorded in the case, names, contact details and "
                                "medical findings included. Not to be shared outside the "
                                "organisation.");
        break;
    case Redaction::Partner:
        title = SummaryText::tr("Summary for a partner organisation.");
        level = SummaryText::tr(
            "Only people who consented to sharing with a partner appear, under their "
            "pseudonyms; their names in the text are replaced by pseudonyms. Contact details, "
            "addresses, dates of birth (ages are given in bands such as 30–39), risk "
            "assessments, medical findings and file names are withheld.");
        break;
    case Redaction::Public:
        title = SummaryText::tr("Public summary.");
        level = SummaryText::tr(
            "Only people who consented to publication in an urgent appeal appear, under their "
            "pseudonyms. Narrative details that could identify anyone — accounts, places, "
            "reasons, descriptions, staff, organisations, medical findings and file names — are "
            "withheld.");
        break;
    }
    const QString lead =
        SummaryText::tr("%1 · %2 · %3", "reference, programme and country")
            .arg(value(c.reference), value(m_language.term(Vocabulary::Programme, c.programme)),
                 value(m_language.country(c.country)));
    const QString when = value(m_language.dateTime(m_data.generatedAt));
    const QString prepared =
        m_rules.staff ? SummaryText::tr("Prepared by %1 on %2.").arg(text(m_data.author), when)
                      : SummaryText::tr("Prepared on %1.").arg(when);
    return QStringLiteral("<p class=\"eyebrow\">") + SummaryText::tr("CASE SUMMARY") +
           QStringLiteral("</p><h1>") + text(c.title) + QStringLiteral("</h1><p class=\"lead\">") +
           lead + QStringLiteral("</p>") +
           QStringLiteral("<table class=\"level\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"0\"><tr><td><b>") +
           title + QStringLiteral("</b> ") + level + QStringLiteral("<br/><span class=\"muted\">") +
           prepared + QStringLiteral("</span></td></tr></table>");
}

QString SummaryHtml::text(const QString& userText) const
{
    QString plain = userText;
    if (!m_rules.names) {
        for (const SummaryPerson& p : m_data.people) {
            if (!p.person.fullName.trimmed().isEmpty())
                plain.replace(p.person.fullName.trimmed(), p.person.pseudonym, Qt::CaseInsensitive);
        }
    }
    QString html = plain.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return isolated(html, kFirstStrongIsolate);
}

QString SummaryHtml::value(const QString& formatted) const
{
    const QString html = formatted.toHtmlEscaped();
    return m_language.isRightToLeft() ? kRightToLeftIsolate + html + kPopDirectionalIsolate : html;
}

QString SummaryHtml::date(const std::optional<QDate>& d) const
{
    return d ? value(m_language.date(*d)) : QString();
}

QString SummaryHtml::labelled(const QString& label, const QString& html) const
{
    return QStringLiteral("<span class=\"muted\">") +
           SummaryText::tr("%1:", "a label before its value").arg(label) +
           QStringLiteral("</span> ") + html;
}

QString SummaryHtml::table(const std::vector<Column>& columns, const std::vector<Row>& rows,
                           const std::vector<Row>& totals) const
{
    // Qt lays table columns out left to right whatever the direction, so a
    // right-to-left document writes them in reverse order.
    const bool reversed = m_language.isRightToLeft();
    const auto inOrder = [&](qsizetype count, const std::function<void(qsizetype)>& write) {
        for (qsizetype i = 0; i < count; ++i)
            write(reversed ? count - 1 - i : i);
    };
    QString html = QStringLiteral(
        "<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><thead><tr>");
    inOrder(qsizetype(columns.size()), [&](qsizetype i) {
        const Column& column = columns[size_t(i)];
        html += QStringLiteral("<th align=\"") + (column.number ? end() : start()) +
                QStringLiteral("\"");
        // The last column takes what is left, so that the table fills the page
        // whichever columns the level leaves out.
        if (column.widthPercent > 0 && i + 1 < qsizetype(columns.size()))
            html += QStringLiteral(" width=\"%1%\"").arg(column.widthPercent);
        html += QStringLiteral(">") + column.title + QStringLiteral("</th>");
    });
    html += QStringLiteral("</tr></thead>");
    const auto addRows = [&](const std::vector<Row>& list, const QString& cellClass) {
        for (const Row& row : list) {
            html += QStringLiteral("<tr>");
            inOrder(qsizetype(columns.size()), [&](qsizetype i) {
                html += QStringLiteral("<td class=\"") + cellClass + QStringLiteral("\" align=\"") +
                        (columns[size_t(i)].number ? end() : start()) + QStringLiteral("\">") +
                        row.value(i) + QStringLiteral("</td>");
            });
            html += QStringLiteral("</tr>");
        }
    };
    addRows(rows, QStringLiteral("cell"));
    addRows(totals, QStringLiteral("total"));
    return html + QStringLiteral("</table>");
}

QString SummaryHtml::heading(const QString& title)
{
    return QStringLiteral("<h2>") + title + QStringLiteral("</h2>");
}

QString SummaryHtml::note(const QString& text)
{
    return QStringLiteral("<p class=\"note\">") + text + QStringLiteral("</p>");
}

QString SummaryHtml::nothingRecorded()
{
    return note(SummaryText::tr("Nothing recorded."));
}

QString SummaryHtml::start() const
{
    return m_language.isRightToLeft() ? QStringLiteral("right") : QStringLiteral("left");
}

QString SummaryHtml::end() const
{
    return m_language.isRightToLeft() ? QStringLiteral("left") : QStringLiteral("right");
}

} // namespace amparo
