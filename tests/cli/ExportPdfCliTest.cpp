#include "CliRun.h"
#include "DomainFixture.h"
#include "cases/CaseService.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::runAmparoCli;

namespace {

// bea's two cases in a fresh vault: an open one and a restricted one that
// carlos, the other caseworker, may not see.
struct PdfVault
{
    PdfVault()
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        open = CaseService(*bea).create(test::sampleCase()).reference;
        Case hidden = test::sampleCase(QStringLiteral("Surveillance of a lawyer"));
        hidden.restricted = true;
        restricted = CaseService(*bea).create(hidden).reference;
    }

    test::CliResult exportPdf(const QString& login, const QString& reference,
                              const QStringList& options = {})
    {
        return runAmparoCli(
            QStringList{QStringLiteral("export-pdf"), fixture.vault.directory,
                        QStringLiteral("--user"), login, QStringLiteral("--case"), reference,
                        QStringLiteral("--out"), out} +
                options,
            {{QStringLiteral("AMPARO_PASSPHRASE"), login + QStringLiteral(" passphrase")}});
    }

    test::DomainFixture fixture;
    QString open;
    QString restricted;
    QString out = fixture.vault.folder.path(QStringLiteral("summary.pdf"));
};

} // namespace

TEST_CASE("export-pdf writes a case summary readable by its owner only and says where")
{
    PdfVault vault;
    const test::CliResult result =
        vault.exportPdf(QStringLiteral("bea"), vault.open,
                        {QStringLiteral("--redaction"), QStringLiteral("partner"),
                         QStringLiteral("--lang"), QStringLiteral("ar")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.count(QLatin1Char('\n')) == 1);
    CHECK(result.out.contains(vault.out));
    CHECK(result.out.contains(QStringLiteral("partner")));
    CHECK(result.out.contains(vault.open));
    CHECK(test::readAll(vault.out).startsWith("%PDF-"));
    CHECK(QFileInfo(vault.out).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("export-pdf refuses an unknown level or language as a usage error")
{
    PdfVault vault;
    const test::CliResult level =
        vault.exportPdf(QStringLiteral("bea"), vault.open,
                        {QStringLiteral("--redaction"), QStringLiteral("secret")});
    CHECK(level.exitCode == 2);
    CHECK(level.err.contains(QStringLiteral("--redaction")));
    const test::CliResult language = vault.exportPdf(
        QStringLiteral("bea"), vault.open, {QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(language.exitCode == 2);
    CHECK(language.err.contains(QStringLiteral("--lang")));
    CHECK_FALSE(QFile::exists(vault.out));
}

TEST_CASE("export-pdf of a case the user may not see says there is no such case")
{
    PdfVault vault;
    const test::CliResult result = vault.exportPdf(QStringLiteral("carlos"), vault.restricted);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("no case")));
    CHECK(result.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(vault.out));
}
