// The chronology and the follow-up of a case: violations, interventions,
// assistance and the files attached to them.

#include "export/SummaryHtml.h"

#include <QMimeDatabase>

namespace amparo {

QString SummaryHtml::violationDate(const Violation& v) const
{
    if (!v.occurredOn || v.datePrecision == QLatin1String("unknown"))
        return SummaryText::tr("Date unknown");
    if (v.datePrecision == QLatin1String("year"))
        return value(m_language.year(v.occurredOn->year()));
    if (v.datePrecision == QLatin1String("month"))
        return value(m_language.monthAndYear(*v.occurredOn));
    return date(v.occurredOn);
}

QString SummaryHtml::medicalLines(const MedicalExamination& m) const
{
    QString html = QStringLiteral("<b>") +
                   SummaryText::tr("Medical examination (Istanbul Protocol)") +
                   QStringLiteral("</b><br/>") +
                   SummaryText::tr("%1, by %2", "examination date and examiner")
                       .arg(date(m.examinedOn), text(m.examiner));
    for (const MedicalFinding& f : m.findings)
        html +=
            QStringLiteral("<br/>• ") +
            SummaryText::tr("%1: %2 — %3", "finding kind, description and consistency")
                .arg(value(m_language.term(Vocabulary::FindingKind, f.kind)), text(f.description),
                     value(m_language.term(Vocabulary::Consistency, f.consistency)));
    return html;
}

QString SummaryHtml::violationsSection() const
{
    std::vector<Column> columns = {{SummaryText::tr("No."), 5},
                                   {SummaryText::tr("Date"), 20},
                                   {SummaryText::tr("Violation"), 28}};
    if (m_rules.narrative || m_rules.medical)
        columns.push_back({SummaryText::tr("Details")});
    std::vector<Row> rows;
    int withheld = 0;
    for (const SummaryViolation& sv : m_data.violations) {
        const Violation& v = sv.violation;
        if (!m_data.shows(v.victimId)) {
            ++withheld;
            continue;
        }
        QString what = QStringLiteral("<b>") +
                       value(m_language.term(Vocabulary::ViolationType, v.type)) +
                       QStringLiteral("</b>");
        const QString victim = personName(v.victimId);
        if (!victim.isEmpty())
            what += QStringLiteral("<br/>") + labelled(SummaryText::tr("Victim"), victim);
        Row row = {value(m_language.number(qint64(rows.size()) + 1)), violationDate(v), what};
        if (columns.size() == 4) {
            QStringList details;
            if (m_rules.narrative) {
                if (!v.place.isEmpty())
                    details << labelled(SummaryText::tr("Place"), text(v.place));
                if (!v.perpetrators.isEmpty())
                    details << labelled(SummaryText::tr("Perpetrators"), text(v.perpetrators));
                if (!v.consequences.isEmpty())
                    details << labelled(SummaryText::tr("Consequences"), text(v.consequences));
            }
            if (sv.medical)
                details << medicalLines(*sv.medical);
            row << details.join(QStringLiteral("<br/>"));
        }
        rows.push_back(row);
    }
    QString html = heading(SummaryText::tr("Violations"));
    if (rows.empty() && withheld == 0)
        return html + nothingRecorded();
    if (!rows.empty())
        html += table(columns, rows);
    if (withheld > 0)
        html += note(m_rules.level == Redaction::Public
                         ? SummaryText::tr("%n violation(s) withheld: no consent to publication.",
                                           nullptr, withheld)
                         : SummaryText::tr("%n violation(s) withheld: no consent to share.",
                                           nullptr, withheld));
    return html;
}

QString SummaryHtml::interventionsSection() const
{
    std::vector<Column> columns = {{SummaryText::tr("Sent"), 20},
                                   {SummaryText::tr("Intervention"), 33},
                                   {SummaryText::tr("Response")}};
    std::vector<Row> rows;
    for (const Intervention& i : m_data.interventions) {
        QString what = QStringLiteral("<b>") +
                       value(m_language.term(Vocabulary::InterventionKind, i.kind)) +
                       QStringLiteral("</b>");
        if (!i.addressee.isEmpty())
            what += QStringLiteral("<br/>") + labelled(SummaryText::tr("To"), text(i.addressee));
        if (!i.reference.isEmpty())
            what +=
                QStringLiteral("<br/>") + labelled(SummaryText::tr("Reference"), text(i.reference));
        QStringList response;
        if (i.responseOn)
            response << labelled(SummaryText::tr("Answered"), date(i.responseOn));
        else
            response << QStringLiteral("<span class=\"muted\">") +
                            SummaryText::tr("No answer recorded") + QStringLiteral("</span>");
        if (m_rules.narrative && !i.response.isEmpty())
            response << text(i.response);
        if (m_rules.narrative && !i.outcome.isEmpty())
            response << labelled(SummaryText::tr("Outcome"), text(i.outcome));
        rows.push_back({date(i.sentOn), what, response.join(QStringLiteral("<br/>"))});
    }
    return heading(SummaryText::tr("Interventions")) +
           (rows.empty() ? nothingRecorded() : table(columns, rows));
}

QString SummaryHtml::assistanceSection() const
{
    std::vector<Column> columns = {{SummaryText::tr("No."), 5},
                                   {SummaryText::tr("Requested"), 20},
                                   {SummaryText::tr("Assistance"), 25},
                                   {SummaryText::tr("Status"), 20}};
    const bool details = m_rules.narrative || m_rules.organisations;
    if (details)
        columns.push_back({SummaryText::tr("Details")});
    std::vector<Row> rows;
    int withheld = 0;
    for (const Assistance& a : m_data.assistance) {
        if (!m_data.shows(a.personId)) {
            ++withheld;
            continue;
        }
        QString what = QStringLiteral("<b>") +
                       value(m_language.term(Vocabulary::AssistanceType, a.type)) +
                       QStringLiteral("</b>");
        const QString person = personName(a.personId);
        if (!person.isEmpty())
            what += QStringLiteral("<br/>") + labelled(SummaryText::tr("For"), person);
        QString status = value(m_language.term(Vocabulary::AssistanceStatus, a.status));
        if (a.startedOn)
            status +=
                QStringLiteral("<br/>") + labelled(SummaryText::tr("Started"), date(a.startedOn));
        if (a.completedOn)
            status += QStringLiteral("<br/>") +
                      labelled(SummaryText::tr("Completed"), date(a.completedOn));
        Row row = {value(m_language.number(qint64(rows.size()) + 1)), date(a.requestedOn), what,
                   status};
        if (details) {
            QStringList lines;
            if (m_rules.organisations && a.providerOrgId &&
                m_data.providers.count(*a.providerOrgId))
                lines << labelled(SummaryText::tr("Provider"),
                                  text(m_data.providers.at(*a.providerOrgId)));
            if (m_rules.narrative && !a.description.isEmpty())
                lines << text(a.description);
            if (m_rules.narrative && !a.outcome.isEmpty())
                lines << labelled(SummaryText::tr("Outcome"), text(a.outcome));
            row << lines.join(QStringLiteral("<br/>"));
        }
        rows.push_back(row);
    }
    QString html = heading(SummaryText::tr("Assistance"));
    if (rows.empty() && withheld == 0)
        return html + nothingRecorded();
    if (!rows.empty())
        html += table(columns, rows);
    if (withheld > 0)
        html += note(m_rules.level == Redaction::Public
                         ? SummaryText::tr("%n assistance record(s) withheld: no consent to "
                                           "publication.",
                                           nullptr, withheld)
                         : SummaryText::tr("%n assistance record(s) withheld: no consent to share.",
                                           nullptr, withheld));
    return html;
}

QString SummaryHtml::attachmentsSection() const
{
    std::vector<Column> columns;
    if (m_rules.fileNames)
        columns.push_back({SummaryText::tr("File"), 38});
    columns.push_back({SummaryText::tr("Type"), 16});
    columns.push_back({SummaryText::tr("Added"), 19});
    columns.push_back({SummaryText::tr("Attached to")});
    const QMimeDatabase mimeTypes;
    std::vector<Row> rows;
    for (const SummaryAttachment& sa : m_data.attachments) {
        const Attachment& a = sa.attachment;
        const QString suffix = mimeTypes.mimeTypeForName(a.mediaType).preferredSuffix().toUpper();
        const qint64 kilobytes = (a.size + 1023) / 1024;
        const QString type = SummaryText::tr("%1, %2 KB", "file type and size")
                                 .arg(value(suffix.isEmpty() ? a.mediaType : suffix),
                                      value(m_language.number(kilobytes)));
        QString owner;
        if (a.ownerType == QLatin1String("violation"))
            owner = SummaryText::tr("Violation %1").arg(value(sa.ownerReference));
        else if (a.ownerType == QLatin1String("assistance"))
            owner = SummaryText::tr("Assistance %1").arg(value(sa.ownerReference));
        else if (a.ownerType == QLatin1String("grant"))
            owner = SummaryText::tr("Grant %1").arg(value(sa.ownerReference));
        else
            owner = SummaryText::tr("The case");
        Row row;
        if (m_rules.fileNames)
            row << text(a.fileName);
        row << type << value(m_language.date(a.addedAt.toLocalTime().date())) << owner;
        rows.push_back(row);
    }
    QString html = heading(SummaryText::tr("Attachments"));
    if (rows.empty() && m_data.withheldAttachments == 0)
        return html + nothingRecorded();
    if (!rows.empty()) {
        html += table(columns, rows);
        html += note(m_rules.fileNames
                         ? SummaryText::tr("Files are listed, not included; they stay in the "
                                           "organisation's vault.")
                         : SummaryText::tr("File names are withheld: they often contain names."));
    }
    if (m_data.withheldAttachments > 0)
        html += note(SummaryText::tr("%n file(s) of withheld records not listed.", nullptr,
                                     m_data.withheldAttachments));
    return html;
}

} // namespace amparo
