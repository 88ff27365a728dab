#include "people/PersonService.h"

#include "audit/AuditEntry.h"
#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Sequence.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "domain/Vocabulary.h"
#include "people/PersonAudit.h"
#include "search/SearchIndex.h"
#include "search/SearchText.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <algorithm>

namespace amparo {
namespace {

struct PersonText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::PersonService)
};

constexpr const char* kColumns =
    "SELECT p.id, p.pseudonym, ifnull(p.external_id, ''), p.full_name, p.sex, ifnull(p.birth_date, "
    "''), "
    "p.birth_year, ifnull(p.nationality, ''), ifnull(p.country, ''), p.languages, p.roles, "
    "p.woman_defender, "
    "p.vulnerabilities, p.affiliation_id, p.phone, p.email, p.address, p.notes, p.anonymised_at, "
    "p.created_at, p.updated_at FROM people p ";

QStringList splitList(const QString& joined)
{
    return joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Person readPerson(const db::Statement& row)
{
    Person p;
    p.id = row.int64(0);
    p.pseudonym = row.text(1);
    p.externalId = row.text(2);
    p.fullName = row.text(3);
    p.sex = row.text(4);
    p.birthDate = fromStoredDate(row.text(5));
    if (const auto year = row.optionalInt64(6))
        p.birthYear = static_cast<int>(*year);
    p.nationality = row.text(7);
    p.country = row.text(8);
    p.languages = row.text(9);
    p.roles = splitList(row.text(10));
    p.womanDefender = row.int64(11) != 0;
    p.vulnerabilities = splitList(row.text(12));
    p.affiliationId = row.optionalInt64(13);
    p.phone = row.text(14);
    p.email = row.text(15);
    p.address = row.text(16);
    p.notes = row.text(17);
    p.anonymised = !row.isNull(18);
    p.createdAt = QDateTime::fromString(row.text(19), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(row.text(20), Qt::ISODateWithMs);
    return p;
}

void bindPerson(db::Statement& statement, const Person& p)
{
    statement.bind(1, p.fullName)
        .bind(2, p.sex)
        .bind(3, toStoredDate(p.birthDate))
        .bind(4, p.effectiveBirthYear() ? std::optional<qint64>(*p.effectiveBirthYear())
                                        : std::nullopt)
        .bind(5, p.nationality)
        .bind(6, p.country)
        .bind(7, p.languages)
        .bind(8, p.roles.join(QLatin1Char(',')))
        .bind(9, p.womanDefender)
        .bind(10, p.vulnerabilities.join(QLatin1Char(',')))
        .bind(11, p.affiliationId)
        .bind(12, p.phone)
        .bind(13, phoneKey(p.phone))
        .bind(14, p.email)
        .bind(15, p.address)
        .bind(16, p.notes)
        .bind(17, personNameKey(p.fullName));
}

} // namespace

QString personNameKey(const QString& fullName)
{
    QStringList words;
    QString word;
    for (const QChar c : search::normalize(fullName)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    words.sort();
    return words.join(QLatin1Char(' '));
}

QString phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

Person PersonService::validated(const Person& input) const
{
    const Clock& clock = m_session.clock();
    Person p = input;
    p.fullName =
        validate::text(PersonText::tr("The name"), input.fullName, validate::kShortText, true);
    p.externalId = validate::text(PersonText::tr("The external id"), input.externalId, 100, false);
    p.sex = requireTerm(Vocabulary::Sex, PersonText::tr("Sex"),
                        input.sex.isEmpty() ? QStringLiteral("unknown") : input.sex);
    if (p.birthDate)
        validate::pastDate(PersonText::tr("The date of birth"), *p.birthDate, clock);
    if (!p.birthDate && p.birthYear) {
        const int thisYear = clock.nowUtc().date().year();
        if (*p.birthYear < 1900 || *p.birthYear > thisYear)
            throw Error(ErrorKind::Invalid,
                        PersonText::tr("The year of birth %1 is not between 1900 and %2.")
                            .arg(*p.birthYear)
                            .arg(thisYear));
    }
    p.nationality = validate::country(PersonText::tr("The nationality"), input.nationality, false);
    p.country = validate::country(PersonText::tr("The country of residence"), input.country, false);
    p.languages = validate::text(PersonText::tr("The languages"), input.languages,
                                 validate::kShortText, false);
    p.roles = splitList(requireTerms(Vocabulary::PersonRole, PersonText::tr("The role"),
                                     input.roles.join(QLatin1Char(','))));
    if (p.roles.isEmpty())
        throw Error(ErrorKind::Invalid,
                    PersonText::tr("Give the person at least one role (victim, defender, …)."));
    p.vulnerabilities =
        splitList(requireTerms(Vocabulary::Vulnerability, PersonText::tr("The vulnerability"),
                               input.vulnerabilities.join(QLatin1Char(','))));
    p.phone = validate::phone(PersonText::tr("The telephone number"), input.phone);
    p.email = validate::email(PersonText::tr("The e-mail address"), input.email).toLower();
    p.address = validate::text(PersonText::tr("The address"), input.address, 2000, false, true);
    p.notes =
        validate::text(PersonText::tr("The notes"), input.notes, validate::kLongText, false, true);
    if (p.affiliationId) {
        db::Statement org =
            m_session.database().prepare("SELECT 1 FROM organisations WHERE id = ?1");
        if (!org.bind(1, *p.affiliationId).step())
            throw Error(
                ErrorKind::Invalid,
                PersonText::tr("The affiliation refers to an organisation that does not exist."));
    }
    return p;
}

void PersonService::requireUnusedExternalId(const QString& externalId, qint64 exceptPersonId) const
{
    if (externalId.isEmpty())
        return;
    // Checked against everyone, visible or not; the message does not say who.
    db::Statement taken =
        m_session.database().prepare("SELECT 1 FROM people WHERE external_id = ?1 AND id <> ?2");
    if (taken.bind(1, externalId).bind(2, exceptPersonId).step())
        throw Error(ErrorKind::Refused,
                    PersonText::tr("The external id \"%1\" is already used by another person.")
                        .arg(externalId));
}

SavedPerson PersonService::create(const Person& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Person p = validated(input);
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();

    db::Transaction transaction(database);
    requireUnusedExternalId(p.externalId, 0);
    SavedPerson saved;
    saved.possibleDuplicates = possibleDuplicates(p);
    const int year = now.date().year();
    saved.pseudonym = QStringLiteral("P-%1-%2").arg(year).arg(
        nextInSequence(database, QStringLiteral("person:%1").arg(year)), 5, 10, QLatin1Char('0'));

    db::Statement insert = database.prepare("INSERT INTO people (full_name, sex, birth_date, "
                                            "birth_year, nationality, country, languages, roles, "
                                            "woman_defender, vulnerabilities, affiliation_id, "
                                            "phone, phone_key, email, address, notes, name_key, "
                                            "pseudonym, external_id, created_at, updated_at) "
                                            "VALUES (?1, ?2, nullif(?3, ''), ?4, nullif(?5, ''), "
                                            "nullif(?6, ''), ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                                            "?15, ?16, ?17, ?18, nullif(?19, ''), ?20, ?20)");
    bindPerson(insert, p);
    insert.bind(18, saved.pseudonym).bind(19, p.externalId).bind(20, toStoredTimestamp(now)).run();
    saved.id = database.lastInsertRowId();

    m_session.audit().append(m_session.actor(), QStringLiteral("person.create"),
                             QStringLiteral("person"), QString::number(saved.id),
                             personChanges(std::nullopt, p));
    search::SearchIndex(database).reindexPerson(saved.id);
    m_session.notifyAfterCommit({QStringLiteral("person"), saved.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return saved;
}

void PersonService::update(const Person& person)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Person before = get(person.id);
    if (before.anonymised)
        throw Error(
            ErrorKind::Refused,
            PersonText::tr("%1 was anonymised and can no longer be edited.").arg(before.pseudonym));
    const Person p = validated(person);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    requireUnusedExternalId(p.externalId, p.id);
    db::Statement update = database.prepare(
        "UPDATE people SET full_name = ?1, sex = ?2, birth_date = nullif(?3, ''), birth_year = ?4, "
        "nationality = nullif(?5, ''), country = nullif(?6, ''), languages = ?7, roles = ?8, "
        "woman_defender = ?9, "
        "vulnerabilities = ?10, affiliation_id = ?11, phone = ?12, phone_key = ?13, email = ?14, "
        "address = ?15, "
        "notes = ?16, name_key = ?17, external_id = nullif(?18, ''), updated_at = ?19 WHERE id = "
        "?20");
    bindPerson(update, p);
    update.bind(18, p.externalId)
        .bind(19, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(20, p.id)
        .run();
    const auto changes = personChanges(before, p);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("person.update"),
                                 QStringLiteral("person"), QString::number(p.id), changes);
    search::SearchIndex(database).reindexPerson(p.id);
    m_session.notifyAfterCommit({QStringLiteral("person"), p.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void PersonService::anonymise(qint64 personId, const QString& reason)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const QString why = validate::text(PersonText::tr("The reason"), reason, 2000, true, true);
    const Person before = get(personId);
    if (before.anonymised)
        return;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE people SET full_name = pseudonym, birth_date = NULL, birth_year = NULL, "
                 "phone = '', "
                 "phone_key = '', email = '', address = '', notes = '', external_id = NULL, "
                 "name_key = '', "
                 "languages = '', affiliation_id = NULL, anonymised_at = ?1, updated_at = ?1 WHERE "
                 "id = ?2")
        .bind(1, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(2, personId)
        .run();
    // Photographs and documents of the person identify them too.
    database
        .prepare("DELETE FROM attachment_contents WHERE attachment_id IN (SELECT id FROM "
                 "attachments WHERE "
                 "owner_type = 'person' AND owner_id = ?1)")
        .bind(1, personId)
        .run();
    database.prepare("DELETE FROM attachments WHERE owner_type = 'person' AND owner_id = ?1")
        .bind(1, personId)
        .run();
    m_session.audit().append(m_session.actor(), QStringLiteral("person.anonymise"),
                             QStringLiteral("person"), QString::number(personId),
                             {{QStringLiteral("reason"), std::nullopt, why}});
    search::SearchIndex index(database);
    index.reindexPerson(personId);
    // FTS4 keeps deleted terms in old segments until they are merged.
    index.purgeDeletedTerms();
    m_session.notifyAfterCommit({QStringLiteral("person"), personId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

std::vector<Person> PersonService::query(const std::string& where,
                                         const std::function<void(db::Statement&)>& bind,
                                         const std::string& tail) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    const std::string sql = std::string(kColumns) + "WHERE (" + where + ") AND " +
                            visiblePersonCondition(m_session.user(), "p") + " " + tail;
    db::Statement statement = m_session.database().prepare(sql);
    if (bind)
        bind(statement);
    std::vector<Person> people;
    while (statement.step())
        people.push_back(readPerson(statement));
    return people;
}

Person PersonService::get(qint64 personId) const
{
    auto found = query(
        "p.id = ?1", [&](db::Statement& s) { s.bind(1, personId); }, "");
    if (found.empty())
        throw Error(ErrorKind::NotFound,
                    PersonText::tr("There is no person with the id %1.").arg(personId));
    return std::move(found.front());
}

std::optional<Person> PersonService::findByExternalId(const QString& externalId) const
{
    auto found = query(
        "p.external_id = ?1", [&](db::Statement& s) { s.bind(1, externalId.trimmed()); }, "");
    return found.empty() ? std::nullopt : std::optional<Person>(std::move(found.front()));
}

std::optional<Person> PersonService::findByPseudonym(const QString& pseudonym) const
{
    auto found = query(
        "p.pseudonym = ?1", [&](db::Statement& s) { s.bind(1, pseudonym.trimmed().toUpper()); },
        "");
    return found.empty() ? std::nullopt : std::optional<Person>(std::move(found.front()));
}

std::vector<PossibleDuplicate> PersonService::possibleDuplicates(const Person& input) const
{
    std::vector<PossibleDuplicate> duplicates;
    auto add = [&](const std::vector<Person>& people, const QString& reason) {
        for (const Person& other : people) {
            if (other.id == input.id)
                continue;
            const bool known =
                std::any_of(duplicates.begin(), duplicates.end(),
                            [&](const PossibleDuplicate& d) { return d.id == other.id; });
            if (!known)
                duplicates.push_back({other.id, other.pseudonym, reason});
        }
    };
    const QString nameKey = personNameKey(input.fullName);
    if (const auto year = input.effectiveBirthYear(); year && !nameKey.isEmpty()) {
        add(query(
                "p.name_key = ?1 AND p.birth_year = ?2",
                [&](db::Statement& s) { s.bind(1, nameKey).bind(2, *year); }, "LIMIT 20"),
            PersonText::tr("same name and year of birth"));
    }
    // The "<> ''" conditions let SQLite use the partial indexes on phone and e-mail.
    if (const QString phone = phoneKey(input.phone); phone.size() >= 6)
        add(query(
                "p.phone_key = ?1 AND p.phone_key <> ''",
                [&](db::Statement& s) { s.bind(1, phone); }, "LIMIT 20"),
            PersonText::tr("same telephone number"));
    if (const QString email = input.email.trimmed().toLower(); !email.isEmpty())
        add(query(
                "p.email = ?1 AND p.email <> ''", [&](db::Statement& s) { s.bind(1, email); },
                "LIMIT 20"),
            PersonText::tr("same e-mail address"));
    return duplicates;
}

std::vector<Person> PersonService::search(const QString& text, int limit) const
{
    const QString match = search::matchExpression(text);
    if (match.isEmpty())
        return list(0, limit);
    return query(
        "p.id IN (SELECT docid FROM person_search WHERE person_search MATCH ?1)",
        [&](db::Statement& s) { s.bind(1, match).bind(2, limit); }, "ORDER BY p.id DESC LIMIT ?2");
}

std::vector<Person> PersonService::list(int offset, int limit) const
{
    return query(
        "1", [&](db::Statement& s) { s.bind(1, limit).bind(2, offset); },
        "ORDER BY p.id DESC LIMIT ?1 OFFSET ?2");
}

qint64 PersonService::count() const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement = m_session.database().prepare(
        "SELECT count(*) FROM people p WHERE " + visiblePersonCondition(m_session.user(), "p"));
    statement.step();
    return statement.int64(0);
}

} // namespace amparo
