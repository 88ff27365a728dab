#include "funds/FundService.h"

#include "audit/FieldDiff.h"
#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <string>

namespace amparo {
namespace {

struct FundText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::FundService)
};

constexpr const char* kFundColumns =
    "SELECT id, code, name, currency, annual_budget_minor, approval_threshold_minor, countries, "
    "programmes, assistance_types, notes, active FROM funds ";

QStringList splitList(const QString& stored)
{
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Fund readFund(const db::Statement& row)
{
    Fund f;
    f.id = row.int64(0);
    f.code = row.text(1);
    f.name = row.text(2);
    f.currency = row.text(3);
    f.annualBudgetMinor = row.int64(4);
    f.approvalThresholdMinor = row.int64(5);
    f.countries = splitList(row.text(6));
    f.programmes = splitList(row.text(7));
    f.assistanceTypes = splitList(row.text(8));
    f.notes = row.text(9);
    f.active = row.int64(10) != 0;
    return f;
}

QStringList donorsOf(db::Database& database, qint64 fundId)
{
    db::Statement select = database.prepare(
        "SELECT organisation_id FROM fund_donors WHERE fund_id = ?1 ORDER BY organisation_id");
    select.bind(1, fundId);
    QStringList ids;
    while (select.step())
        ids << QString::number(select.int64(0));
    return ids;
}

std::vector<audit::FieldChange> fundChanges(const std::optional<Fund>& before, const Fund& after,
                                            const QString& donorsBefore, const QString& donorsAfter)
{
    const Fund empty;
    const Fund& old = before ? *before : empty;
    audit::FieldDiff diff(!before);
    diff.field("code", old.code, after.code);
    diff.field("name", old.name, after.name);
    diff.field("currency", old.currency, after.currency);
    diff.field("annual_budget",
               before ? formatAmount(old.annualBudgetMinor, old.currency) : QString(),
               formatAmount(after.annualBudgetMinor, after.currency));
    diff.field("approval_threshold",
               before ? formatAmount(old.approvalThresholdMinor.value_or(0), old.currency)
                      : QString(),
               formatAmount(after.approvalThresholdMinor.value_or(0), after.currency));
    diff.field("countries", old.countries.join(QLatin1Char(',')),
               after.countries.join(QLatin1Char(',')));
    diff.field("programmes", old.programmes.join(QLatin1Char(',')),
               after.programmes.join(QLatin1Char(',')));
    diff.field("assistance_types", old.assistanceTypes.join(QLatin1Char(',')),
               after.assistanceTypes.join(QLatin1Char(',')));
    diff.field("donors", donorsBefore, donorsAfter);
    diff.field("notes", old.notes, after.notes);
    diff.field("active", before ? QString::number(old.active) : QString(),
               QString::number(after.active));
    return diff.take();
}

QString joinedIds(const std::vector<qint64>& ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}

} // namespace

Fund FundService::validated(const Fund& input) const
{
    Fund f = input;
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z][A-Z0-9]{1,11}$"));
    f.code = input.code.trimmed().toUpper();
    if (!codeShape.match(f.code).hasMatch())
        throw Error(ErrorKind::Invalid,
                    FundText::tr("The fund code \"%1\" must be 2 to 12 capital letters or digits, "
                                 "starting with a letter (for example UAF).")
                        .arg(input.code.trimmed()));
    f.name = validate::text(FundText::tr("The fund name"), input.name, validate::kShortText, true);
    f.currency = requireCurrency(FundText::tr("The fund currency"), input.currency);
    if (input.annualBudgetMinor < 0 || input.annualBudgetMinor > maxMinorUnits(f.currency))
        throw Error(ErrorKind::Invalid,
                    FundText::tr("The annual budget must be between zero and %1.")
                        .arg(displayAmount(maxMinorUnits(f.currency), f.currency)));
    if (!f.approvalThresholdMinor) {
        // The organisation's threshold is written with two decimals; scale
        // it to the fund's currency (JPY 0, KWD 3 digits).
        qint64 threshold =
            settings::integer(m_session.database(), settings::kApprovalThresholdMinor);
        const int units = *currencyMinorUnits(f.currency);
        for (int digit = 2; digit < units; ++digit)
            threshold *= 10;
        for (int digit = units; digit < 2; ++digit)
            threshold /= 10;
        f.approvalThresholdMinor = threshold;
    }
    if (*f.approvalThresholdMinor < 0 || *f.approvalThresholdMinor > maxMinorUnits(f.currency))
        throw Error(ErrorKind::Invalid,
                    FundText::tr("The two-approver threshold must be between zero and %1.")
                        .arg(displayAmount(maxMinorUnits(f.currency), f.currency)));
    f.countries.clear();
    for (const QString& code : input.countries)
        f.countries << validate::country(FundText::tr("A country of the fund"), code, true);
    f.countries.removeDuplicates();
    f.programmes = splitList(requireTerms(Vocabulary::Programme, FundText::tr("The programmes"),
                                          input.programmes.join(QLatin1Char(','))));
    f.assistanceTypes =
        splitList(requireTerms(Vocabulary::AssistanceType, FundText::tr("The assistance types"),
                               input.assistanceTypes.join(QLatin1Char(','))));
    f.notes =
        validate::text(FundText::tr("The notes"), input.notes, validate::kLongText, false, true);
    for (const qint64 donorId : input.donorIds) {
        db::Statement donor =
            m_session.database().prepare("SELECT kind FROM organisations WHERE id = ?1");
        if (!donor.bind(1, donorId).step())
            throw Error(ErrorKind::Invalid,
                        FundText::tr("There is no organisation with the id %1 to be a donor.")
                            .arg(donorId));
        if (donor.text(0) != QLatin1String("donor"))
            throw Error(ErrorKind::Invalid,
                        FundText::tr("The organisation %1 is not a donor; record it as a donor "
                                     "organisation first.")
                            .arg(donorId));
    }
    return f;
}

void FundService::writeDonors(const Fund& fund)
{
    db::Database& database = m_session.database();
    database.prepare("DELETE FROM fund_donors WHERE fund_id = ?1").bind(1, fund.id).run();
    db::Statement insert = database.prepare(
        "INSERT OR IGNORE INTO fund_donors (fund_id, organisation_id) VALUES (?1, ?2)");
    for (const qint64 donorId : fund.donorIds) {
        insert.reset();
        insert.bind(1, fund.id).bind(2, donorId).run();
    }
}

Fund FundService::create(const Fund& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::ManageSettings);
    Fund f = validated(input);
    db::Database& database = m_session.database();
    db::Statement existing = database.prepare("SELECT 1 FROM funds WHERE code = ?1");
    if (existing.bind(1, f.code).step())
        throw Error(ErrorKind::Invalid,
                    FundText::tr("There is already a fund with the code %1.").arg(f.code));
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO funds (code, name, currency, annual_budget_minor, "
                 "approval_threshold_minor, countries, programmes, assistance_types, notes, "
                 "active, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                 "?10, ?11, ?11)")
        .bind(1, f.code)
        .bind(2, f.name)
        .bind(3, f.currency)
        .bind(4, f.annualBudgetMinor)
        .bind(5, *f.approvalThresholdMinor)
        .bind(6, f.countries.join(QLatin1Char(',')))
        .bind(7, f.programmes.join(QLatin1Char(',')))
        .bind(8, f.assistanceTypes.join(QLatin1Char(',')))
        .bind(9, f.notes)
        .bind(10, f.active)
        .bind(11, now)
        .run();
    f.id = database.lastInsertRowId();
    writeDonors(f);
    m_session.audit().append(m_session.actor(), QStringLiteral("fund.create"),
                             QStringLiteral("fund"), QString::number(f.id),
                             fundChanges(std::nullopt, f, QString(), joinedIds(f.donorIds)));
    m_session.notifyAfterCommit({QStringLiteral("fund"), f.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return f;
}

void FundService::update(const Fund& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::ManageSettings);
    const Fund before = get(changed.id);
    Fund input = changed;
    input.code = before.code;
    input.currency = before.currency;
    if (!input.approvalThresholdMinor)
        input.approvalThresholdMinor = before.approvalThresholdMinor;
    const Fund f = validated(input);
    db::Database& database = m_session.database();
    const QString donorsBefore = donorsOf(database, f.id).join(QLatin1Char(','));
    db::Transaction transaction(database);
    database
        .prepare("UPDATE funds SET name = ?1, annual_budget_minor = ?2, "
                 "approval_threshold_minor = ?3, countries = ?4, programmes = ?5, "
                 "assistance_types = ?6, notes = ?7, active = ?8, updated_at = ?9 WHERE id = ?10")
        .bind(1, f.name)
        .bind(2, f.annualBudgetMinor)
        .bind(3, *f.approvalThresholdMinor)
        .bind(4, f.countries.join(QLatin1Char(',')))
        .bind(5, f.programmes.join(QLatin1Char(',')))
        .bind(6, f.assistanceTypes.join(QLatin1Char(',')))
        .bind(7, f.notes)
        .bind(8, f.active)
        .bind(9, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(10, f.id)
        .run();
    writeDonors(f);
    const auto changes =
        fundChanges(before, f, donorsBefore, donorsOf(database, f.id).join(QLatin1Char(',')));
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("fund.update"),
                                 QStringLiteral("fund"), QString::number(f.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("fund"), f.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Fund FundService::get(qint64 fundId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Database& database = m_session.database();
    db::Statement select = database.prepare(std::string(kFundColumns) + "WHERE id = ?1");
    if (!select.bind(1, fundId).step())
        throw Error(ErrorKind::NotFound,
                    FundText::tr("There is no fund with the id %1.").arg(fundId));
    Fund f = readFund(select);
    for (const QString& id : donorsOf(database, f.id))
        f.donorIds.push_back(id.toLongLong());
    return f;
}

Fund FundService::byCode(const QString& code) const
{
    db::Statement select = m_session.database().prepare("SELECT id FROM funds WHERE code = ?1");
    if (!select.bind(1, code.trimmed().toUpper()).step())
        throw Error(ErrorKind::NotFound,
                    FundText::tr("There is no fund with the code \"%1\".").arg(code.trimmed()));
    return get(select.int64(0));
}

std::vector<Fund> FundService::list() const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement select = m_session.database().prepare("SELECT id FROM funds ORDER BY code");
    std::vector<qint64> ids;
    while (select.step())
        ids.push_back(select.int64(0));
    std::vector<Fund> funds;
    for (const qint64 id : ids)
        funds.push_back(get(id));
    return funds;
}

Contribution FundService::recordContribution(const Contribution& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    const Fund fund = get(input.fundId);
    Contribution c = input;
    c.currency = requireCurrency(FundText::tr("The currency of the contribution"), input.currency);
    requireAmount(FundText::tr("The amount of the contribution"), c.amountMinor, c.currency);
    if (!c.receivedOn.isValid())
        c.receivedOn = m_session.clock().nowUtc().date();
    validate::pastDate(FundText::tr("The date received"), c.receivedOn, m_session.clock());
    c.reference =
        validate::text(FundText::tr("The reference"), input.reference, validate::kShortText, false);
    if (c.donorId) {
        if (std::find(fund.donorIds.begin(), fund.donorIds.end(), *c.donorId) ==
            fund.donorIds.end())
            throw Error(ErrorKind::Invalid,
                        FundText::tr("The organisation %1 is not a donor of fund %2.")
                            .arg(*c.donorId)
                            .arg(fund.code));
    }
    if (c.currency == fund.currency) {
        c.rate.reset();
        c.fundAmountMinor = c.amountMinor;
    } else {
        if (!c.rate)
            throw Error(ErrorKind::Invalid,
                        FundText::tr("The contribution is in %1 but fund %2 keeps its accounts "
                                     "in %3; give the exchange rate of the day.")
                            .arg(c.currency, fund.code, fund.currency));
        c.fundAmountMinor =
            convertToFundCurrency(c.amountMinor, c.currency, *c.rate, fund.currency);
        requireAmount(FundText::tr("The contribution in %1").arg(fund.currency), c.fundAmountMinor,
                      fund.currency);
    }

    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    JournalEntry entry;
    entry.date = c.receivedOn;
    entry.kind = QStringLiteral("contribution");
    entry.description = FundText::tr("Contribution to %1 %2").arg(fund.code, c.reference);
    entry.fundId = fund.id;
    addMovement(entry, accounts::bank(fund.code), c.amountMinor, c.currency,
                accounts::contributions(fund.code), c.fundAmountMinor, fund.currency);
    c.transactionId = Ledger(m_session).post(entry);
    database
        .prepare("INSERT INTO contributions (fund_id, donor_id, received_on, amount_minor, "
                 "currency, rate, fund_amount_minor, reference, txn_id, recorded_by, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bind(1, fund.id)
        .bind(2, c.donorId)
        .bind(3, toStoredDate(c.receivedOn))
        .bind(4, c.amountMinor)
        .bind(5, c.currency)
        .bind(6, c.rate ? std::optional<QString>(formatRate(*c.rate)) : std::nullopt)
        .bind(7, c.fundAmountMinor)
        .bind(8, c.reference)
        .bind(9, c.transactionId)
        .bind(10, m_session.user().id)
        .bind(11, toStoredTimestamp(m_session.clock().nowUtc()))
        .run();
    c.id = database.lastInsertRowId();
    m_session.audit().append(
        m_session.actor(), QStringLiteral("contribution.record"), QStringLiteral("contribution"),
        QString::number(c.id),
        {{QStringLiteral("fund"), std::nullopt, fund.code},
         {QStringLiteral("amount"), std::nullopt, formatAmount(c.amountMinor, c.currency)},
         {QStringLiteral("currency"), std::nullopt, c.currency},
         {QStringLiteral("fund_amount"), std::nullopt,
          formatAmount(c.fundAmountMinor, fund.currency)}});
    transaction.commit();
    return c;
}

std::vector<Contribution> FundService::contributions(qint64 fundId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Statement select = m_session.database().prepare(
        "SELECT c.id, c.fund_id, c.donor_id, c.received_on, c.amount_minor, c.currency, "
        "ifnull(c.rate, ''), c.fund_amount_minor, c.reference, c.txn_id, "
        "EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.reverses_id = c.txn_id) "
        "FROM contributions c WHERE c.fund_id = ?1 ORDER BY c.received_on, c.id");
    select.bind(1, fundId);
    std::vector<Contribution> result;
    while (select.step()) {
        Contribution c;
        c.id = select.int64(0);
        c.fundId = select.int64(1);
        c.donorId = select.optionalInt64(2);
        c.receivedOn = fromStoredDate(select.text(3)).value_or(QDate());
        c.amountMinor = select.int64(4);
        c.currency = select.text(5);
        if (!select.text(6).isEmpty())
            c.rate = parseRate(QString(), select.text(6));
        c.fundAmountMinor = select.int64(7);
        c.reference = select.text(8);
        c.transactionId = select.int64(9);
        c.reversed = select.int64(10) != 0;
        result.push_back(c);
    }
    return result;
}

FundPosition FundService::position(qint64 fundId, const std::optional<QDate>& at) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    const Fund fund = get(fundId);
    const Ledger ledger(m_session);
    FundPosition p;
    p.fundId = fund.id;
    p.code = fund.code;
    p.currency = fund.currency;
    p.at = at.value_or(m_session.clock().nowUtc().date());
    p.receivedMinor = -ledger.balance(accounts::contributions(fund.code), fund.currency, p.at);
    p.committedMinor = -ledger.balance(accounts::commitments(fund.code), fund.currency, p.at);
    const qint64 expensed = ledger.balance(accounts::grantExpenses(fund.code), fund.currency, p.at);
    p.disbursedMinor = expensed - p.committedMinor;
    p.availableMinor = p.receivedMinor - expensed;
    return p;
}

void FundService::requireEligible(const Fund& fund, const QString& country,
                                  const QString& programme,
                                  const std::optional<QString>& assistanceType)
{
    if (!fund.active)
        throw Error(ErrorKind::Refused,
                    FundText::tr("Fund %1 is closed to new grants.").arg(fund.code));
    if (!fund.countries.isEmpty() && !fund.countries.contains(country))
        throw Error(ErrorKind::Refused,
                    FundText::tr("Fund %1 may only pay for cases in %2; this case is in %3.")
                        .arg(fund.code, fund.countries.join(QStringLiteral(", ")),
                             country.isEmpty() ? FundText::tr("no country") : country));
    if (!fund.programmes.isEmpty() && !fund.programmes.contains(programme))
        throw Error(ErrorKind::Refused,
                    FundText::tr("Fund %1 may only pay for the programmes %2; this case is in %3.")
                        .arg(fund.code, termLabels(Vocabulary::Programme, fund.programmes),
                             termLabel(Vocabulary::Programme, programme)));
    if (assistanceType && !fund.assistanceTypes.isEmpty() &&
        !fund.assistanceTypes.contains(*assistanceType))
        throw Error(ErrorKind::Refused,
                    FundText::tr("Fund %1 may only pay for %2; this assistance is %3.")
                        .arg(fund.code,
                             termLabels(Vocabulary::AssistanceType, fund.assistanceTypes),
                             termLabel(Vocabulary::AssistanceType, *assistanceType)));
}

} // namespace amparo
