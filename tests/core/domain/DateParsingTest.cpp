#include "TestSupport.h"
#include "domain/Validation.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;

namespace {

QString refusal(const QString& text)
{
    try {
        validate::parseDate(QStringLiteral("The date"), text);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Invalid);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("typed dates are read in both accepted forms and stored as ISO text")
{
    CHECK(validate::parseDate(QStringLiteral("d"), QStringLiteral("14/03/2026")) ==
          QDate(2026, 3, 14));
    CHECK(validate::parseDate(QStringLiteral("d"), QStringLiteral(" 2026-03-14 ")) ==
          QDate(2026, 3, 14));
    CHECK_FALSE(validate::parseDate(QStringLiteral("d"), QStringLiteral("  ")).has_value());
    CHECK(toStoredDate(QDate(99, 1, 1)) == QStringLiteral("0099-01-01"));
}

// Found by fuzz_date_parse: QDate reads "-0900" as a year, and a date before
// year 1 has no ISO text, so the date typed was stored as nothing at all.
TEST_CASE("a date with a signed year is refused instead of being stored as an empty date")
{
    const QByteArray input =
        test::readAll(QStringLiteral(AMPARO_TEST_DATA "/fuzz/regressions/"
                                                      "fuzz_date_parse-signed-year.txt"));
    const QString typed = QString::fromUtf8(input).section(QLatin1Char('\n'), 0, 0);
    CHECK(typed.trimmed() == QStringLiteral("14/03/-0900"));
    CHECK(refusal(typed).contains(QStringLiteral("is not a date")));
    CHECK(refusal(QStringLiteral("1/1/-2024")).contains(QStringLiteral("is not a date")));
}
