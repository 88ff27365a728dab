#include "ledger/JournalRegister.h"

#include "auth/Permission.h"
#include "csv/AuditedExport.h"
#include "csv/CsvWriter.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "money/Money.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <map>
#include <variant>

namespace amparo {
namespace {

struct JournalRegisterText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::JournalRegister)
};

// The conditions of `filter` as SQL over t (transactions), p (postings) and
// a (accounts), with their values in the order of their parameters. Only
// the conditions in use are written, so that SQLite can use the date index
// of the transactions or the balance index of the postings. EXPLAIN QUERY
// PLAN (SQLCipher's SQLite): a period searches ledger_transactions_date and
// then each transaction's postings by ledger_postings_txn, already in order;
// an account searches ledger_postings_balance; a grant or a case searches
// ledger_transactions_grant (through grants_case); none of them scans a table.
// Only the register with no condition at all reads every posting.
struct Conditions
{
    std::string sql = " WHERE 1";
    std::vector<std::variant<qint64, QString>> values;

    void add(const char* condition, std::variant<qint64, QString> value)
    {
        values.push_back(std::move(value));
        sql += QStringLiteral(" AND %1")
                   .arg(QString::fromLatin1(condition).arg(values.size()))
                   .toStdString();
    }

    void bindTo(db::Statement& statement) const
    {
        for (std::size_t i = 0; i < values.size(); ++i)
            std::visit([&](const auto& value) { statement.bind(static_cast<int>(i + 1), value); },
                       values[i]);
    }
};

// `beforeFrom`: the postings before the period, for its opening balances.
Conditions conditions(const RegisterFilter& filter, bool beforeFrom)
{
    Conditions c;
    if (filter.fundId)
        c.add("a.fund_id = ?%1", *filter.fundId);
    if (!filter.account.isEmpty())
        c.add("a.name = ?%1", filter.account);
    if (beforeFrom)
        c.add("t.posted_on < ?%1", toStoredDate(*filter.from));
    else {
        if (filter.from)
            c.add("t.posted_on >= ?%1", toStoredDate(*filter.from));
        if (filter.to)
            c.add("t.posted_on <= ?%1", toStoredDate(*filter.to));
    }
    if (filter.grantId)
        c.add("t.grant_id = ?%1", *filter.grantId);
    if (filter.caseId)
        c.add("t.grant_id IN (SELECT g.id FROM grants g WHERE g.case_id = ?%1)", *filter.caseId);
    return c;
}

QStringList csvHeader()
{
    // Column names are part of the file format, like docs/CSV.md's: not translated.
    return {QStringLiteral("date"),     QStringLiteral("transaction"),
            QStringLiteral("kind"),     QStringLiteral("description"),
            QStringLiteral("account"),  QStringLiteral("commodity"),
            QStringLiteral("amount"),   QStringLiteral("balance"),
            QStringLiteral("reverses"), QStringLiteral("reversed_by")};
}

QString optionalId(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

} // namespace

std::vector<RegisterLine> JournalRegister::lines(const RegisterFilter& filter) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    if (filter.from && filter.to && *filter.from > *filter.to)
        throw Error(ErrorKind::Invalid,
                    JournalRegisterText::tr("The period starts on %1, after its end on %2.")
                        .arg(toStoredDate(*filter.from), toStoredDate(*filter.to)));
    db::Database& database = m_session.database();
    // One snapshot: the opening balances and the lines agree.
    db::Transaction transaction(database);

    // Each commodity's balance (of the one account, when the filter names
    // one) starts from what the same filter shows before the period.
    std::map<QString, qint64> running;
    if (filter.from) {
        const Conditions before = conditions(filter, true);
        db::Statement opening =
            database.prepare("SELECT p.commodity, sum(p.amount_minor) FROM ledger_postings p "
                             "JOIN ledger_transactions t ON t.id = p.txn_id "
                             "JOIN ledger_accounts a ON a.id = p.account_id" +
                             before.sql + " GROUP BY p.commodity");
        before.bindTo(opening);
        while (opening.step())
            running[opening.text(0)] = opening.int64(1);
    }

    const Conditions within = conditions(filter, false);
    db::Statement select = database.prepare(
        "SELECT t.posted_on, t.id, t.kind, t.description, a.name, p.commodity, p.amount_minor, "
        "t.reverses_id, (SELECT r.id FROM ledger_transactions r WHERE r.reverses_id = t.id) "
        "FROM ledger_transactions t JOIN ledger_postings p ON p.txn_id = t.id "
        "JOIN ledger_accounts a ON a.id = p.account_id" +
        within.sql + " ORDER BY t.posted_on, t.id, p.id");
    within.bindTo(select);
    std::vector<RegisterLine> result;
    while (select.step()) {
        RegisterLine line;
        line.date = fromStoredDate(select.text(0)).value_or(QDate());
        line.transactionId = select.int64(1);
        line.kind = select.text(2);
        line.description = select.text(3);
        line.account = select.text(4);
        line.commodity = select.text(5);
        line.amountMinor = select.int64(6);
        line.reversesId = select.optionalInt64(7);
        line.reversedById = select.optionalInt64(8);
        line.runningBalanceMinor = running[line.commodity] += line.amountMinor;
        result.push_back(std::move(line));
    }
    transaction.commit();
    return result;
}

qint64 JournalRegister::caseWithGrants(const QString& caseReference) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Statement select =
        m_session.database().prepare("SELECT c.id FROM cases c WHERE c.reference = ?1 "
                                     "AND EXISTS (SELECT 1 FROM grants g WHERE g.case_id = c.id)");
    if (!select.bind(1, caseReference.trimmed()).step())
        throw Error(ErrorKind::NotFound,
                    JournalRegisterText::tr("No grant was requested for a case with the "
                                            "reference \"%1\".")
                        .arg(caseReference.trimmed()));
    return select.int64(0);
}

int JournalRegister::exportCsv(const RegisterFilter& filter, const QString& path)
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    // The lines and the audit entry in one transaction: if either fails,
    // neither happens.
    db::Transaction transaction(m_session.database());
    csv::CsvWriter writer(csvHeader());
    for (const RegisterLine& line : lines(filter))
        writer.addRow({toStoredDate(line.date), QString::number(line.transactionId), line.kind,
                       line.description, line.account, line.commodity,
                       formatAmount(line.amountMinor, line.commodity),
                       formatAmount(line.runningBalanceMinor, line.commodity),
                       optionalId(line.reversesId), optionalId(line.reversedById)});
    return csv::finishAuditedExport(m_session, transaction, writer, QStringLiteral("ledger"),
                                    QStringLiteral("register"), {}, path);
}

} // namespace amparo
