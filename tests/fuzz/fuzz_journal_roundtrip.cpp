// A small ledger built from the fuzz bytes, posted through Ledger::post()
// and exported with writeJournal(); the journal text is then read back.
// Whatever the descriptions, accounts, currencies and amounts:
// - every transaction post() accepted appears in the journal once, with its
//   postings in order, and the description never spills onto another line;
// - each transaction balances in every commodity;
// - every amount in the journal parses back (parseAmount) to the same minor
//   units that were posted;
// - Ledger::problems() finds nothing.
// Everything happens inside one database transaction that is rolled back,
// so each input starts from the same empty ledger.
#include "FuzzInput.h"
#include "TestSupport.h"
#include "db/Transaction.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QTextStream>
#include <algorithm>
#include <fuzzer/FuzzedDataProvider.h>
#include <map>

using namespace amparo;

namespace {

const QStringList kCurrencies = {QStringLiteral("EUR"), QStringLiteral("JPY"),
                                 QStringLiteral("KWD"), QStringLiteral("USD")};

QStringList accountNames()
{
    QStringList names{accounts::conversion()};
    for (const QString& fund : {QStringLiteral("UAF"), QStringLiteral("LEGAL2026")})
        names << accounts::bank(fund) << accounts::contributions(fund)
              << accounts::commitments(fund) << accounts::grantExpenses(fund);
    return names;
}

struct JournalTransaction
{
    QString header;
    std::vector<Posting> postings;
};

// The journal as hledger reads it: a transaction starts at an unindented
// line and its postings are the indented lines after it.
std::vector<JournalTransaction> readJournal(const QString& text)
{
    std::vector<JournalTransaction> found;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1String("decimal-mark")) ||
            line.startsWith(QLatin1String("commodity ")))
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            found.push_back({line, {}});
            continue;
        }
        AMPARO_FUZZ_CHECK(!found.empty(), line);
        const QStringList parts = line.trimmed().split(QLatin1String("  "));
        const QStringList amount = parts.value(1).split(QLatin1Char(' '));
        AMPARO_FUZZ_CHECK(parts.size() == 2 && amount.size() == 2, line);
        const QString& digits = amount[0];
        const bool negative = digits.startsWith(QLatin1Char('-'));
        const qint64 magnitude = parseAmount(QStringLiteral("A journal amount"),
                                             negative ? digits.mid(1) : digits, amount[1]);
        found.back().postings.push_back({parts[0], amount[1], negative ? -magnitude : magnitude});
    }
    return found;
}

JournalEntry entryFrom(FuzzedDataProvider& input, const QStringList& names)
{
    JournalEntry entry;
    entry.date = QDate(1899, 12, 25).addDays(input.ConsumeIntegralInRange(0, 46'100));
    entry.kind = QStringLiteral("contribution");
    entry.description = QString::fromUtf8(input.ConsumeRandomLengthString(120));
    const int movements = input.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < movements; ++i) {
        if (input.ConsumeBool()) {
            // A posting as no service would make: post() must still judge it.
            entry.postings.push_back({names[input.ConsumeIntegralInRange<int>(0, 8)],
                                      kCurrencies[input.ConsumeIntegralInRange<int>(0, 3)],
                                      input.ConsumeIntegral<qint64>()});
            continue;
        }
        const QString debitCurrency = kCurrencies[input.ConsumeIntegralInRange<int>(0, 3)];
        const QString creditCurrency = kCurrencies[input.ConsumeIntegralInRange<int>(0, 3)];
        addMovement(entry, names[input.ConsumeIntegralInRange<int>(0, 8)],
                    input.ConsumeIntegralInRange<qint64>(1, maxMinorUnits(debitCurrency)),
                    debitCurrency, names[input.ConsumeIntegralInRange<int>(0, 8)],
                    input.ConsumeIntegralInRange<qint64>(1, maxMinorUnits(creditCurrency)),
                    creditCurrency);
    }
    return entry;
}

void checkJournal(Session& session, const std::vector<qint64>& posted)
{
    Ledger ledger(session);
    QString text;
    QTextStream out(&text);
    ledger.writeJournal(out);
    out.flush();
    const std::vector<JournalTransaction> journal = readJournal(text);
    AMPARO_FUZZ_CHECK(journal.size() == posted.size(), text);
    for (std::size_t i = 0; i < journal.size(); ++i) {
        const PostedTransaction stored = ledger.transaction(posted[i]);
        const QString header = stored.date.toString(Qt::ISODate) + QStringLiteral(" (") +
                               QString::number(stored.id) + QStringLiteral(") ") +
                               stored.description;
        AMPARO_FUZZ_CHECK(journal[i].header.trimmed() == header.trimmed(), text);
        AMPARO_FUZZ_CHECK(!stored.description.contains(QLatin1Char(';')), stored.description);
        AMPARO_FUZZ_CHECK(journal[i].postings == stored.postings, text);
        std::map<QString, qint64> sums;
        for (const Posting& posting : journal[i].postings)
            sums[posting.commodity] += posting.amountMinor;
        for (const auto& [commodity, sum] : sums)
            AMPARO_FUZZ_CHECK(sum == 0, text);
    }
    AMPARO_FUZZ_CHECK(ledger.problems().isEmpty(), ledger.problems().join(QLatin1Char('\n')));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static test::VaultFixture vault;
    static const std::unique_ptr<Session> session = vault.openAdmin();
    static const QStringList names = accountNames();

    FuzzedDataProvider input(data, size);
    db::Transaction everything(session->database()); // never committed
    Ledger ledger(*session);
    std::vector<qint64> posted;
    const int count = input.ConsumeIntegralInRange(1, 6);
    for (int i = 0; i < count && input.remaining_bytes() > 0; ++i) {
        try {
            posted.push_back(ledger.post(entryFrom(input, names)));
        } catch (const Error& error) {
            AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Invalid, error.message());
        }
    }
    // The journal lists transactions by date, then by id.
    std::stable_sort(posted.begin(), posted.end(), [&](qint64 left, qint64 right) {
        return ledger.transaction(left).date < ledger.transaction(right).date;
    });
    checkJournal(*session, posted);
    return 0;
}
