#include "csv/PersonImport.h"

#include "csv/CsvColumns.h"
#include "csv/ImportRow.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace csv {
namespace {

struct PersonImportText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::csv::PersonImport)
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

bool samePersonColumns(const Person& a, const Person& b)
{
    return a.externalId == b.externalId && a.fullName == b.fullName && a.sex == b.sex &&
           a.birthDate == b.birthDate && a.nationality == b.nationality && a.country == b.country &&
           sorted(a.roles) == sorted(b.roles) && a.phone == b.phone && a.email == b.email &&
           a.notes == b.notes;
}

PersonImport::PersonImport(Session& session, ImportReport& report)
    : m_session(session), m_people(session), m_report(report)
{}

// The same checks, in the same words, as PersonService's own validation; the
// service checks again when it writes.
void PersonImport::readCells(ImportRow& row, Person& p) const
{
    const Clock& clock = m_session.clock();
    row.apply(column::fullName, [&](const QString& cell) {
        p.fullName =
            validate::text(PersonImportText::tr("The name"), cell, validate::kShortText, true);
    });
    row.apply(column::sex, [&](const QString& cell) {
        // Empty keeps the current value ("unknown" for someone new), as for a
        // case's status and priority.
        p.sex = requireTerm(Vocabulary::Sex, PersonImportText::tr("Sex"),
                            cell.trimmed().isEmpty() ? p.sex : cell);
    });
    row.apply(column::birthDate, [&](const QString& cell) {
        const QString label = PersonImportText::tr("The date of birth");
        const std::optional<QDate> date = validate::parseDate(label, cell);
        if (date)
            validate::pastDate(label, *date, clock);
        else if (p.birthDate)
            p.birthYear.reset(); // the year came from the date being cleared
        p.birthDate = date;
    });
    row.apply(column::nationality, [&](const QString& cell) {
        p.nationality = validate::country(PersonImportText::tr("The nationality"), cell, false);
    });
    row.apply(column::country, [&](const QString& cell) {
        p.country =
            validate::country(PersonImportText::tr("The country of residence"), cell, false);
    });
    row.apply(column::roles, [&](const QString& cell) {
        const QString names =
            requireTerms(Vocabulary::PersonRole, PersonImportText::tr("The role"), cell);
        if (names.isEmpty())
            throw Error(ErrorKind::Invalid,
                        PersonImportText::tr("Give the person at least one role (%1).")
                            .arg(termNames(Vocabulary::PersonRole).join(QStringLiteral(", "))));
        p.roles = names.split(QLatin1Char(','));
    });
    row.apply(column::phone, [&](const QString& cell) {
        p.phone = validate::phone(PersonImportText::tr("The telephone number"), cell);
    });
    row.apply(column::email, [&](const QString& cell) {
        p.email = validate::email(PersonImportText::tr("The e-mail address"), cell).toLower();
    });
    row.apply(column::notes, [&](const QString& cell) {
        p.notes = validate::text(PersonImportText::tr("The notes"), cell, validate::kLongText,
                                 false, true);
    });
}

void PersonImport::notePseudonym(ImportRow& row, const QString& assigned) const
{
    const QString inFile = row.cell(column::pseudonym).trimmed().toUpper();
    if (inFile.isEmpty() || inFile == assigned)
        return;
    row.note(column::pseudonym,
             PersonImportText::tr("Pseudonyms are assigned by the vault: %1 in the file "
                                  "was not used; this person is %2.")
                 .arg(inFile.left(40), assigned));
}

void PersonImport::importRow(ImportRow& row, const QString& externalId)
{
    const std::optional<Person> existing = m_people.findByExternalId(externalId);
    Person person = existing.value_or(Person{});
    person.externalId = externalId;
    readCells(row, person);
    if (row.hasProblems())
        return;
    if (existing) {
        notePseudonym(row, existing->pseudonym);
        if (samePersonColumns(*existing, person))
            ++m_report.unchanged;
        else if (row.attempt({}, [&] { m_people.update(person); }))
            ++m_report.updated;
        return;
    }
    SavedPerson saved;
    if (!row.attempt({}, [&] { saved = m_people.create(person); }))
        return;
    ++m_report.created;
    notePseudonym(row, saved.pseudonym);
    for (const PossibleDuplicate& duplicate : saved.possibleDuplicates)
        row.note({}, PersonImportText::tr("This may be the same person as %1 (%2).")
                         .arg(duplicate.pseudonym, duplicate.reason));
}

} // namespace csv
} // namespace amparo
