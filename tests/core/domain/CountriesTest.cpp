#include "i18n/Countries.h"

#include "domain/Validation.h"
#include "util/Error.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("countries are ISO 3166 codes that Qt knows, each with one English name")
{
    const QStringList codes = countryCodes();
    CHECK(codes.size() > 240);
    QStringList sorted = codes;
    sorted.sort();
    sorted.removeDuplicates();
    CHECK(sorted == codes);
    for (const QString& code : codes) {
        INFO(code.toStdString());
        CHECK(QLocale::codeToTerritory(code) != QLocale::AnyTerritory);
        CHECK(countryName(code) == QString::fromUtf8(englishCountryName(code)));
    }
}

TEST_CASE("a country is found by its code in any case, and an unknown code is shown as itself")
{
    CHECK(countryName(QStringLiteral("mx")) == QStringLiteral("Mexico"));
    CHECK(countryName(QStringLiteral("CI")) == QStringLiteral("Côte d’Ivoire"));
    CHECK(isKnownCountry(QStringLiteral("ps")));
    CHECK_FALSE(isKnownCountry(QStringLiteral("ZZ")));
    CHECK_FALSE(isKnownCountry(QStringLiteral("EU"))); // a union, not a country
    CHECK(countryName(QStringLiteral("ZZ")) == QStringLiteral("ZZ"));
    CHECK(QString::fromUtf8(englishCountryName(QStringLiteral("ZZ"))).isEmpty());
}

TEST_CASE("a record's country must be one of the known codes, and the message names the field")
{
    CHECK(validate::country(QStringLiteral("Country"), QStringLiteral(" tn "), true) ==
          QStringLiteral("TN"));
    try {
        validate::country(QStringLiteral("Country"), QStringLiteral("EU"), true);
        FAIL("EU was accepted as a country");
    } catch (const Error& error) {
        CHECK(error.message().contains(QStringLiteral("Country")));
        CHECK(error.message().contains(QStringLiteral("EU")));
    }
}
