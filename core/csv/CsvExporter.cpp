#include "csv/CsvExporter.h"

#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "csv/AuditedExport.h"
#include "csv/CsvWriter.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <algorithm>

namespace amparo {
namespace csv {
namespace {

constexpr int kPage = 500;

QStringList personCells(const Person& p)
{
    return {p.externalId,
            p.fullName,
            p.pseudonym,
            p.sex,
            toStoredDate(p.birthDate),
            p.nationality,
            p.country,
            p.roles.join(QLatin1Char(';')),
            p.phone,
            p.email,
            p.notes};
}

QStringList caseCells(const Case& c, const QStringList& victims)
{
    return {c.externalId, c.reference,
            c.title,      c.programme,
            c.country,    c.status,
            c.priority,   toStoredDate(c.openedOn),
            c.narrative,  victims.join(QLatin1Char(';'))};
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QStringList grantCells(const Grant& g)
{
    return {g.reference,
            g.caseReference,
            g.fundCode,
            g.status,
            g.currency,
            formatAmount(g.requestedMinor, g.currency),
            g.approvedMinor ? formatAmount(*g.approvedMinor, g.currency) : QString(),
            formatAmount(g.paidMinor, g.currency),
            formatAmount(g.refundedMinor, g.currency),
            formatAmount(g.outstandingMinor, g.currency),
            g.requestedByLogin,
            g.purpose,
            g.createdAt.toUTC().toString(Qt::ISODate)};
}

QStringList disbursementCells(const Disbursement& d)
{
    return {QString::number(d.id),
            d.grantReference,
            d.kind,
            toStoredDate(d.paidOn),
            formatAmount(d.amountMinor, d.currency),
            d.currency,
            d.rate ? formatRate(*d.rate) : QString(),
            formatAmount(d.fundAmountMinor, d.fundCurrency),
            d.fundCurrency,
            d.justifyBy ? toStoredDate(*d.justifyBy) : QString(),
            QString::number(d.receiptCount),
            flag(d.reversed),
            d.note};
}

} // namespace

void CsvExporter::writePeople(CsvWriter& writer) const
{
    const PersonService people(m_session);
    std::vector<Person> all; // the service lists newest first
    for (int offset = 0;; offset += kPage) {
        std::vector<Person> page = people.list(offset, kPage);
        std::move(page.begin(), page.end(), std::back_inserter(all));
        if (static_cast<int>(page.size()) < kPage)
            break;
    }
    std::for_each(all.rbegin(), all.rend(),
                  [&](const Person& p) { writer.addRow(personCells(p)); });
}

void CsvExporter::writeCases(CsvWriter& writer) const
{
    const CaseService cases(m_session);
    for (int offset = 0;; offset += kPage) {
        const std::vector<CaseRow> page =
            cases.list({}, CaseSort::OpenedOldestFirst, offset, kPage);
        for (const CaseRow& row : page) {
            // Victims by the id the import resolves: external id, else pseudonym.
            QStringList victims;
            for (const CasePerson& person : cases.people(row.id)) {
                if (person.role != QLatin1String("victim"))
                    continue;
                const Person p = PersonService(m_session).get(person.personId);
                victims << (p.externalId.isEmpty() ? p.pseudonym : p.externalId);
            }
            victims.sort();
            writer.addRow(caseCells(cases.get(row.id), victims));
        }
        if (static_cast<int>(page.size()) < kPage)
            break;
    }
}

void CsvExporter::writeGrants(CsvWriter& writer) const
{
    const std::vector<Grant> grants = GrantService(m_session).list(); // newest first
    std::for_each(grants.rbegin(), grants.rend(),
                  [&](const Grant& g) { writer.addRow(grantCells(g)); });
}

void CsvExporter::writeDisbursements(CsvWriter& writer) const
{
    for (const Disbursement& d : DisbursementService(m_session).all())
        writer.addRow(disbursementCells(d));
}

int CsvExporter::exportToFile(CsvKind kind, const QString& path)
{
    // Case data goes to those who may export it; money to those who read the ledger.
    const bool money = kind == CsvKind::Grants || kind == CsvKind::Disbursements;
    auth::requirePermission(m_session.user(),
                            money ? auth::Permission::ReadLedger : auth::Permission::ExportCases);
    // One snapshot of the data, and the audit entry in the same transaction.
    db::Transaction transaction(m_session.database());
    CsvWriter writer(canonicalColumns(kind));
    switch (kind) {
    case CsvKind::People:
        writePeople(writer);
        break;
    case CsvKind::Cases:
        writeCases(writer);
        break;
    case CsvKind::Grants:
        writeGrants(writer);
        break;
    case CsvKind::Disbursements:
        writeDisbursements(writer);
        break;
    }
    return finishAuditedExport(m_session, transaction, writer, csvEntityType(kind), QString(), {},
                               path);
}

} // namespace csv
} // namespace amparo
