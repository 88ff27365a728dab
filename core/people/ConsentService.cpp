#include "people/ConsentService.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "people/PersonService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct ConsentText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::ConsentService)
};

constexpr const char* kColumns =
    "SELECT c.id, c.person_id, c.purpose, c.status, c.decided_on, ifnull(c.expires_on, ''), "
    "c.method, u.login, "
    "c.recorded_at FROM consents c JOIN users u ON u.id = c.recorded_by ";

Consent readConsent(const db::Statement& row)
{
    return {row.int64(0),
            row.int64(1),
            row.text(2),
            row.text(3),
            fromStoredDate(row.text(4)).value_or(QDate()),
            fromStoredDate(row.text(5)),
            row.text(6),
            row.text(7),
            QDateTime::fromString(row.text(8), Qt::ISODateWithMs)};
}

} // namespace

qint64 ConsentService::record(const Consent& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Person person = PersonService(m_session).get(input.personId);
    const QString purpose =
        requireTerm(Vocabulary::ConsentPurpose, ConsentText::tr("The purpose"), input.purpose);
    const QString status =
        requireTerm(Vocabulary::ConsentStatus, ConsentText::tr("The consent status"), input.status);
    const QString method =
        validate::text(ConsentText::tr("How consent was obtained"), input.method, 2000, true, true);
    if (!input.decidedOn.isValid())
        throw Error(ErrorKind::Invalid, ConsentText::tr("The date of the decision is required."));
    validate::pastDate(ConsentText::tr("The date of the decision"), input.decidedOn,
                       m_session.clock());
    if (input.expiresOn)
        validate::notBefore(ConsentText::tr("The expiry date"), *input.expiresOn,
                            ConsentText::tr("the date of the decision"), input.decidedOn);

    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO consents (person_id, purpose, status, decided_on, expires_on, "
                 "method, recorded_by, "
                 "recorded_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), ?6, ?7, ?8)")
        .bind(1, input.personId)
        .bind(2, purpose)
        .bind(3, status)
        .bind(4, toStoredDate(input.decidedOn))
        .bind(5, toStoredDate(input.expiresOn))
        .bind(6, method)
        .bind(7, m_session.user().id)
        .bind(8, toStoredTimestamp(m_session.clock().nowUtc()))
        .run();
    const qint64 id = database.lastInsertRowId();
    m_session.audit().append(
        m_session.actor(), QStringLiteral("consent.record"), QStringLiteral("person"),
        QString::number(person.id),
        {{QStringLiteral("purpose"), std::nullopt, purpose},
         {QStringLiteral("status"), std::nullopt, status},
         {QStringLiteral("decided_on"), std::nullopt, toStoredDate(input.decidedOn)},
         {QStringLiteral("expires_on"), std::nullopt, toStoredDate(input.expiresOn)}});
    m_session.notifyAfterCommit({QStringLiteral("person"), person.id, ChangeEvent::Kind::Updated});
    transaction.commit();
    return id;
}

std::vector<Consent> ConsentService::history(qint64 personId) const
{
    PersonService(m_session).get(personId); // visibility
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE c.person_id = ?1 ORDER BY c.decided_on DESC, c.id DESC");
    statement.bind(1, personId);
    std::vector<Consent> result;
    while (statement.step())
        result.push_back(readConsent(statement));
    return result;
}

std::optional<Consent> ConsentService::decisionOn(qint64 personId, const QString& purpose,
                                                  const QDate& date) const
{
    PersonService(m_session).get(personId);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE c.person_id = ?1 AND c.purpose = ?2 AND c.decided_on <= ?3 "
                                "ORDER BY c.decided_on DESC, c.id DESC LIMIT 1");
    statement.bind(1, personId).bind(2, purpose).bind(3, toStoredDate(date));
    if (!statement.step())
        return std::nullopt;
    return readConsent(statement);
}

bool ConsentService::mayUse(qint64 personId, const QString& purpose, const QDate& date) const
{
    const auto decision = decisionOn(personId, purpose, date);
    if (!decision || decision->status != QLatin1String("given"))
        return false;
    return !decision->expiresOn || date <= *decision->expiresOn;
}

} // namespace amparo
