#include "csv/CaseImport.h"

#include "csv/CsvColumns.h"
#include "csv/ImportRow.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <algorithm>

namespace amparo {
namespace csv {
namespace {

struct CaseImportText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::csv::CaseImport)
};

const QString kVictim = QStringLiteral("victim");

// A cell's value, or `fallback` when the cell is empty.
QString orDefault(const QString& cell, const QString& fallback)
{
    return cell.trimmed().isEmpty() ? fallback : cell;
}

} // namespace

bool sameCaseColumns(const Case& a, const Case& b)
{
    return a.externalId == b.externalId && a.title == b.title && a.narrative == b.narrative &&
           a.programme == b.programme && a.country == b.country && a.priority == b.priority &&
           a.openedOn == b.openedOn;
}

CaseImport::CaseImport(Session& session, ImportReport& report)
    : m_session(session), m_cases(session), m_people(session), m_report(report)
{}

// The same checks, in the same words, as CaseService's own validation; the
// service checks again when it writes.
void CaseImport::readCells(ImportRow& row, Case& c, const std::optional<Case>& existing) const
{
    row.apply(column::reference, [&](const QString& cell) {
        const QString reference = cell.trimmed().toUpper();
        if (!existing)
            c.reference = reference;
        else if (!reference.isEmpty() && reference != existing->reference)
            row.note(column::reference,
                     CaseImportText::tr(
                         "The case is %1 in the vault; references do not change, so %2 in "
                         "the file was not used.")
                         .arg(existing->reference, reference.left(40)));
    });
    row.apply(column::title, [&](const QString& cell) {
        c.title = validate::text(CaseImportText::tr("The title"), cell, validate::kShortText, true);
    });
    row.apply(column::programme, [&](const QString& cell) {
        c.programme = requireTerm(Vocabulary::Programme, CaseImportText::tr("The programme"), cell);
    });
    row.apply(column::country, [&](const QString& cell) {
        c.country = validate::country(CaseImportText::tr("The country"), cell, true);
    });
    row.apply(column::status, [&](const QString& cell) {
        c.status = requireTerm(Vocabulary::CaseStatus, CaseImportText::tr("The status"),
                               orDefault(cell, existing ? existing->status : c.status));
    });
    row.apply(column::priority, [&](const QString& cell) {
        c.priority = requireTerm(Vocabulary::Priority, CaseImportText::tr("The priority"),
                                 orDefault(cell, existing ? existing->priority : c.priority));
    });
    row.apply(column::openedOn, [&](const QString& cell) {
        const QString label = CaseImportText::tr("The opening date");
        if (const std::optional<QDate> date = validate::parseDate(label, cell)) {
            validate::pastDate(label, *date, m_session.clock());
            c.openedOn = *date;
        }
    });
    row.apply(column::summary, [&](const QString& cell) {
        c.narrative = validate::text(CaseImportText::tr("The summary"), cell, validate::kLongText,
                                     false, true);
    });
}

// People named in the victims cell by external id, separated by ';'. A
// pseudonym is accepted only for a victim the case already has (an export
// names people without an external id by pseudonym): pseudonyms are the
// vault's own, and in another vault the same code is someone else.
std::vector<qint64> CaseImport::readVictims(ImportRow& row,
                                            const std::optional<Case>& existing) const
{
    std::vector<CasePerson> linked;
    if (existing)
        linked = m_cases.people(existing->id);
    std::vector<qint64> ids;
    QStringList unknown;
    for (const QString& part : row.cell(column::victims).split(QLatin1Char(';'))) {
        const QString key = part.trimmed();
        if (key.isEmpty())
            continue;
        const std::optional<Person> person = m_people.findByExternalId(key);
        const bool alreadyLinked =
            std::any_of(linked.begin(), linked.end(), [&](const CasePerson& p) {
                return p.role == kVictim && p.pseudonym == key.toUpper();
            });
        if (person && std::find(ids.begin(), ids.end(), person->id) == ids.end())
            ids.push_back(person->id);
        else if (!person && !alreadyLinked)
            unknown << key.left(100);
    }
    if (!unknown.isEmpty())
        row.problem(
            column::victims,
            CaseImportText::tr("No person has the external id %1; import the people file first.")
                .arg(unknown.join(QStringLiteral(", "))));
    return ids;
}

bool CaseImport::addVictims(ImportRow& row, qint64 caseId, const std::vector<qint64>& victims)
{
    for (const qint64 personId : victims) {
        if (!row.attempt(column::victims, [&] { m_cases.addPerson(caseId, personId, kVictim); }))
            return false;
    }
    return true;
}

void CaseImport::updateExisting(ImportRow& row, const Case& before, const Case& after,
                                const std::vector<qint64>& victims)
{
    bool changed = false;
    if (!sameCaseColumns(before, after)) {
        if (!row.attempt({}, [&] { m_cases.update(after); }))
            return;
        changed = true;
    }
    if (after.status != before.status) {
        const auto move = [&] {
            m_cases.transition(before.id, after.status,
                               CaseImportText::tr("Imported from a spreadsheet"));
        };
        if (!row.attempt(column::status, move))
            return;
        changed = true;
    }
    std::vector<qint64> missing;
    const std::vector<CasePerson> linked = m_cases.people(before.id);
    for (const qint64 personId : victims) {
        const bool known = std::any_of(linked.begin(), linked.end(), [&](const CasePerson& p) {
            return p.personId == personId && p.role == kVictim;
        });
        if (!known)
            missing.push_back(personId);
    }
    if (!addVictims(row, before.id, missing))
        return;
    changed = changed || !missing.empty();
    ++(changed ? m_report.updated : m_report.unchanged);
}

void CaseImport::createNew(ImportRow& row, const Case& c, const std::vector<qint64>& victims)
{
    Case created;
    if (!row.attempt({}, [&] { created = m_cases.create(c); }))
        return;
    if (c.status != created.status &&
        !row.attempt(column::status, [&] { m_cases.setImportedStatus(created.id, c.status); }))
        return;
    if (addVictims(row, created.id, victims))
        ++m_report.created;
}

void CaseImport::importRow(ImportRow& row, const QString& externalId)
{
    const std::optional<Case> existing = m_cases.findByExternalId(externalId);
    Case c = existing.value_or(Case{});
    c.externalId = externalId;
    readCells(row, c, existing);
    const std::vector<qint64> victims = readVictims(row, existing);
    if (row.hasProblems())
        return;
    if (existing)
        updateExisting(row, *existing, c, victims);
    else
        createNew(row, c, victims);
}

} // namespace csv
} // namespace amparo
