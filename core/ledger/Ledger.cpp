#include "ledger/Ledger.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "ledger/ChartOfAccounts.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdlib>
#include <limits>
#include <map>

namespace amparo {
namespace {

struct LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Ledger)
};

constexpr const char* kTransactionColumns =
    "SELECT t.id, t.posted_on, t.kind, t.description, t.fund_id, t.reverses_id, t.grant_id, "
    "(SELECT r.id FROM ledger_transactions r WHERE r.reverses_id = t.id) "
    "FROM ledger_transactions t ";

PostedTransaction readTransaction(const db::Statement& row)
{
    PostedTransaction t;
    t.id = row.int64(0);
    t.date = fromStoredDate(row.text(1)).value_or(QDate());
    t.kind = row.text(2);
    t.description = row.text(3);
    t.fundId = row.optionalInt64(4);
    t.reversesId = row.optionalInt64(5);
    t.grantId = row.optionalInt64(6);
    t.reversedById = row.optionalInt64(7);
    return t;
}

// hledger reads a description up to the end of the line, and a ';' starts a
// comment: keep both out of it.
QString journalDescription(const QString& text)
{
    QString clean = text;
    clean.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    clean.replace(QLatin1Char(';'), QLatin1Char(','));
    return clean.simplified();
}

} // namespace

qint64 Ledger::accountId(const QString& name, const std::optional<qint64>& fundId)
{
    db::Database& database = m_session.database();
    database.prepare("INSERT OR IGNORE INTO ledger_accounts (name, fund_id) VALUES (?1, ?2)")
        .bind(1, name)
        .bind(2, fundId)
        .run();
    db::Statement select = database.prepare("SELECT id FROM ledger_accounts WHERE name = ?1");
    select.bind(1, name).step();
    return select.int64(0);
}

std::optional<QDate> Ledger::lockedThrough() const
{
    db::Statement select =
        m_session.database().prepare("SELECT max(locked_through) FROM ledger_period_locks");
    select.step();
    return select.isNull(0) ? std::nullopt : fromStoredDate(select.text(0));
}

void Ledger::requireOpenPeriod(const QDate& date) const
{
    const auto locked = lockedThrough();
    if (locked && date <= *locked)
        throw Error(ErrorKind::Refused,
                    LedgerText::tr("The ledger is locked up to %1; nothing can be posted on %2. "
                                   "Post it with a date after the lock.")
                        .arg(locked->toString(Qt::ISODate), date.toString(Qt::ISODate)));
}

qint64 Ledger::post(const JournalEntry& entry)
{
    if (!entry.date.isValid())
        throw Error(ErrorKind::Invalid, LedgerText::tr("A ledger transaction needs a date."));
    validate::pastDate(LedgerText::tr("The posting date"), entry.date, m_session.clock());
    requireOpenPeriod(entry.date);
    if (entry.postings.size() < 2)
        throw Error(ErrorKind::Invalid,
                    LedgerText::tr("A ledger transaction needs at least two postings."));
    std::map<QString, qint64> sums;
    for (const Posting& posting : entry.postings) {
        if (!currencyMinorUnits(posting.commodity))
            throw Error(ErrorKind::Invalid,
                        LedgerText::tr("The posting to %1 is in \"%2\", which is not a currency "
                                       "Amparo knows.")
                            .arg(posting.account, posting.commodity));
        if (posting.amountMinor == 0)
            throw Error(ErrorKind::Invalid,
                        LedgerText::tr("The posting to %1 has no amount.").arg(posting.account));
        // Bounded like every amount, so that no sum below can overflow.
        const qint64 magnitude = posting.amountMinor == std::numeric_limits<qint64>::min()
                                     ? std::numeric_limits<qint64>::max()
                                     : std::abs(posting.amountMinor);
        requireAmount(LedgerText::tr("The posting to %1").arg(posting.account), magnitude,
                      posting.commodity);
        sums[posting.commodity] += posting.amountMinor;
    }
    for (const auto& [commodity, sum] : sums) {
        if (sum != 0)
            throw Error(ErrorKind::Invalid,
                        LedgerText::tr("The transaction \"%1\" does not balance: its %2 postings "
                                       "add up to %3 instead of zero.")
                            .arg(entry.description, commodity, formatAmount(sum, commodity)));
    }

    db::Database& database = m_session.database();
    const QString date = toStoredDate(entry.date);
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO ledger_transactions (posted_on, kind, description, fund_id, "
                 "grant_id, reverses_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?7, ?8, "
                 "?5, ?6)")
        .bind(1, date)
        .bind(2, entry.kind)
        .bind(3, journalDescription(entry.description))
        .bind(4, entry.fundId)
        .bind(5, m_session.user().id)
        .bind(6, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(7, entry.grantId)
        .bind(8, entry.reversesId)
        .run();
    const qint64 transactionId = database.lastInsertRowId();
    db::Statement insert =
        database.prepare("INSERT INTO ledger_postings (txn_id, account_id, commodity, "
                         "amount_minor, posted_on) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Posting& posting : entry.postings) {
        // Every account but the conversion account belongs to the entry's fund.
        const bool shared = posting.account == accounts::conversion();
        insert.reset();
        insert.bind(1, transactionId)
            .bind(2, accountId(posting.account, shared ? std::nullopt : entry.fundId))
            .bind(3, posting.commodity)
            .bind(4, posting.amountMinor)
            .bind(5, date)
            .run();
    }
    m_session.audit().append(m_session.actor(), QStringLiteral("ledger.post"),
                             QStringLiteral("ledger_transaction"), QString::number(transactionId),
                             {{QStringLiteral("kind"), std::nullopt, entry.kind},
                              {QStringLiteral("date"), std::nullopt, date}});
    m_session.notifyAfterCommit(
        {QStringLiteral("ledger_transaction"), transactionId, ChangeEvent::Kind::Created});
    transaction.commit();
    return transactionId;
}

void Ledger::lockPeriod(const QDate& through, const QString& reason)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    const QString label = LedgerText::tr("The end of the locked period");
    if (!through.isValid())
        throw Error(ErrorKind::Invalid, LedgerText::tr("%1 is missing.").arg(label));
    validate::pastDate(label, through, m_session.clock());
    if (through > m_session.clock().nowUtc().date())
        throw Error(ErrorKind::Invalid, LedgerText::tr("%1 cannot be in the future (%2).")
                                            .arg(label, through.toString(Qt::ISODate)));
    const QString why =
        validate::text(LedgerText::tr("The reason for the lock"), reason, 2000, true, true);
    const auto current = lockedThrough();
    if (current && through <= *current)
        throw Error(ErrorKind::Refused,
                    LedgerText::tr("The ledger is already locked up to %1; a lock can only move "
                                   "forward.")
                        .arg(current->toString(Qt::ISODate)));
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO ledger_period_locks (locked_through, reason, locked_by, locked_at) "
                 "VALUES (?1, ?2, ?3, ?4)")
        .bind(1, toStoredDate(through))
        .bind(2, why)
        .bind(3, m_session.user().id)
        .bind(4, toStoredTimestamp(m_session.clock().nowUtc()))
        .run();
    m_session.audit().append(
        m_session.actor(), QStringLiteral("ledger.lock"), QStringLiteral("ledger"),
        QStringLiteral("period"),
        {{QStringLiteral("locked_through"),
          current ? std::optional<QString>(toStoredDate(*current)) : std::nullopt,
          toStoredDate(through)},
         {QStringLiteral("reason"), std::nullopt, why}});
    transaction.commit();
}

std::vector<AccountBalance> Ledger::balances(const std::optional<QDate>& at,
                                             const std::optional<qint64>& fundId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Statement select = m_session.database().prepare(
        "SELECT a.name, p.commodity, sum(p.amount_minor) FROM ledger_postings p "
        "JOIN ledger_accounts a ON a.id = p.account_id "
        "WHERE p.posted_on <= ?1 AND (?2 IS NULL OR a.fund_id = ?2) "
        "GROUP BY p.account_id, p.commodity HAVING sum(p.amount_minor) <> 0 "
        "ORDER BY a.name, p.commodity");
    select.bind(1, at ? toStoredDate(*at) : QStringLiteral("9999-12-31")).bind(2, fundId);
    std::vector<AccountBalance> result;
    while (select.step())
        result.push_back({select.text(0), select.text(1), select.int64(2)});
    return result;
}

qint64 Ledger::balance(const QString& account, const QString& commodity,
                       const std::optional<QDate>& at) const
{
    db::Statement select = m_session.database().prepare(
        "SELECT ifnull(sum(p.amount_minor), 0) FROM ledger_postings p "
        "WHERE p.account_id = (SELECT id FROM ledger_accounts WHERE name = ?1) "
        "AND p.commodity = ?2 AND p.posted_on <= ?3");
    select.bind(1, account)
        .bind(2, commodity)
        .bind(3, at ? toStoredDate(*at) : QStringLiteral("9999-12-31"))
        .step();
    return select.int64(0);
}

PostedTransaction Ledger::transaction(qint64 transactionId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Database& database = m_session.database();
    db::Statement select = database.prepare(std::string(kTransactionColumns) + "WHERE t.id = ?1");
    if (!select.bind(1, transactionId).step())
        throw Error(
            ErrorKind::NotFound,
            LedgerText::tr("There is no ledger transaction with the id %1.").arg(transactionId));
    PostedTransaction t = readTransaction(select);
    db::Statement postings = database.prepare(
        "SELECT a.name, p.commodity, p.amount_minor FROM ledger_postings p "
        "JOIN ledger_accounts a ON a.id = p.account_id WHERE p.txn_id = ?1 ORDER BY p.id");
    postings.bind(1, transactionId);
    while (postings.step())
        t.postings.push_back({postings.text(0), postings.text(1), postings.int64(2)});
    return t;
}

std::vector<PostedTransaction> Ledger::transactions(int offset, int limit) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Statement select =
        m_session.database().prepare(std::string(kTransactionColumns) +
                                     "ORDER BY t.posted_on DESC, t.id DESC LIMIT ?1 OFFSET ?2");
    select.bind(1, limit).bind(2, offset);
    std::vector<qint64> ids;
    while (select.step())
        ids.push_back(select.int64(0));
    std::vector<PostedTransaction> result;
    for (const qint64 id : ids)
        result.push_back(transaction(id));
    return result;
}

qint64 Ledger::transactionCount() const
{
    db::Statement count = m_session.database().prepare("SELECT count(*) FROM ledger_transactions");
    count.step();
    return count.int64(0);
}

void Ledger::writeJournal(QTextStream& out)
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    out << "; Amparo ledger journal — amounts in each currency's minor unit digits\n";
    out << "decimal-mark .\n\n";
    db::Statement commodities =
        database.prepare("SELECT DISTINCT commodity FROM ledger_postings ORDER BY commodity");
    while (commodities.step()) {
        const QString code = commodities.text(0);
        const int digits = currencyMinorUnits(code).value_or(0);
        // Declares each commodity's precision, so hledger shows its digits.
        // hledger refuses a directive without a decimal point; a currency
        // without minor unit needs none (its amounts never have decimals).
        if (digits == 0)
            continue;
        qint64 thousand = 1000;
        for (int digit = 0; digit < digits; ++digit)
            thousand *= 10;
        out << "commodity " << formatAmount(thousand, code) << ' ' << code << '\n';
    }
    out << '\n';
    db::Statement rows = database.prepare(
        "SELECT t.id, t.posted_on, t.description, t.reverses_id, a.name, p.commodity, "
        "p.amount_minor FROM ledger_transactions t JOIN ledger_postings p ON p.txn_id = t.id "
        "JOIN ledger_accounts a ON a.id = p.account_id ORDER BY t.posted_on, t.id, p.id");
    qint64 current = 0;
    qint64 count = 0;
    while (rows.step()) {
        const qint64 id = rows.int64(0);
        if (id != current) {
            if (current != 0)
                out << '\n';
            current = id;
            ++count;
            out << rows.text(1) << " (" << id << ") " << rows.text(2);
            if (!rows.isNull(3))
                out << "  ; reverses:" << rows.int64(3);
            out << '\n';
        }
        out << "    " << rows.text(4) << "  " << formatAmount(rows.int64(6), rows.text(5)) << ' '
            << rows.text(5) << '\n';
    }
    m_session.audit().append(
        m_session.actor(), QStringLiteral("ledger.export"), QStringLiteral("ledger"),
        QStringLiteral("journal"),
        {{QStringLiteral("transactions"), std::nullopt, QString::number(count)}});
    transaction.commit();
}

QStringList Ledger::problems() const
{
    QStringList found;
    db::Database& database = m_session.database();
    db::Statement unbalanced = database.prepare(
        "SELECT txn_id, commodity, sum(amount_minor) FROM ledger_postings "
        "GROUP BY txn_id, commodity HAVING sum(amount_minor) <> 0 ORDER BY txn_id");
    while (unbalanced.step())
        found << LedgerText::tr("transaction %1 does not balance in %2 (off by %3)")
                     .arg(unbalanced.int64(0))
                     .arg(unbalanced.text(1),
                          formatAmount(unbalanced.int64(2), unbalanced.text(1)));
    db::Statement mismatched = database.prepare(
        "SELECT p.txn_id FROM ledger_postings p JOIN ledger_transactions t ON t.id = p.txn_id "
        "WHERE p.posted_on <> t.posted_on GROUP BY p.txn_id");
    while (mismatched.step())
        found << LedgerText::tr("transaction %1 has postings dated apart from it")
                     .arg(mismatched.int64(0));
    db::Statement lonely = database.prepare(
        "SELECT t.id FROM ledger_transactions t WHERE (SELECT count(*) FROM ledger_postings p "
        "WHERE p.txn_id = t.id) < 2");
    while (lonely.step())
        found << LedgerText::tr("transaction %1 has fewer than two postings").arg(lonely.int64(0));
    // A transaction created after a lock but dated inside it slipped past the lock.
    db::Statement insideLock = database.prepare(
        "SELECT t.id FROM ledger_transactions t WHERE EXISTS (SELECT 1 FROM ledger_period_locks l "
        "WHERE l.locked_at < t.created_at AND t.posted_on <= l.locked_through)");
    while (insideLock.step())
        found << LedgerText::tr("transaction %1 was posted into a locked period")
                     .arg(insideLock.int64(0));
    return found;
}

} // namespace amparo
