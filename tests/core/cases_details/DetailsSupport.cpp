#include "DetailsSupport.h"

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <string>

namespace amparo {
namespace test {

OpenedCase openCaseWithVictim(Session& session, bool restricted)
{
    Case c = sampleCase();
    c.restricted = restricted;
    OpenedCase opened;
    opened.caseId = CaseService(session).create(c).id;
    opened.victimId = PersonService(session).create(samplePerson()).id;
    CaseService(session).addPerson(opened.caseId, opened.victimId, QStringLiteral("victim"));
    return opened;
}

Violation violation(qint64 caseId, const char* type, std::optional<QDate> on, const char* precision)
{
    Violation v;
    v.caseId = caseId;
    v.type = QString::fromLatin1(type);
    v.occurredOn = on;
    v.datePrecision = QString::fromLatin1(precision);
    v.place = QStringLiteral("Central police station, Manila");
    return v;
}

MedicalExamination examination(qint64 violationId)
{
    MedicalExamination m;
    m.violationId = violationId;
    m.examinedOn = QDate(2026, 2, 10);
    m.examiner = QStringLiteral("Dr. Hélène Marceau");
    m.findings = {{QStringLiteral("physical"), QStringLiteral("Round burn scars on both forearms"),
                   QStringLiteral("highly_consistent")},
                  {QStringLiteral("psychological"), QStringLiteral("Nightmares and hypervigilance"),
                   QStringLiteral("consistent")}};
    return m;
}

namespace {
QString textOf(const std::vector<audit::AuditEntry>& entries)
{
    QString text;
    for (const audit::AuditEntry& entry : entries) {
        text += entry.action + QLatin1Char('\n');
        for (const audit::FieldChange& change : entry.changes)
            text += change.field + QLatin1Char('=') +
                    change.before.value_or(QStringLiteral("<none>")) + QStringLiteral("->") +
                    change.after.value_or(QStringLiteral("<none>")) + QLatin1Char('\n');
    }
    return text;
}
} // namespace

QString auditText(Session& session, const QString& entityType, qint64 entityId)
{
    return textOf(session.audit().entriesFor(entityType, QString::number(entityId)));
}

QString wholeAuditText(Session& session)
{
    return textOf(session.audit().latest(100000));
}

qint64 rowCount(Session& session, const char* table)
{
    db::Statement statement =
        session.database().prepare(std::string("SELECT count(*) FROM ") + table);
    statement.step();
    return statement.int64(0);
}

} // namespace test
} // namespace amparo
