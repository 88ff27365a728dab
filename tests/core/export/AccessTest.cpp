#include "SummaryWorld.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::SummaryWorld;

namespace {

template <typename Action> std::optional<ErrorKind> errorKindOf(Action&& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.kind();
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("an export of a case summary is audited with its level and language")
{
    SummaryWorld world;
    world.summary("bea", Redaction::Partner, "fr");
    const auto entries =
        world.as("ana").audit().entriesFor(QStringLiteral("case"), QString::number(world.caseId));
    REQUIRE_FALSE(entries.empty());
    const audit::AuditEntry& last = entries.back();
    CHECK(last.action == QStringLiteral("export.pdf"));
    CHECK(last.actor == QStringLiteral("bea"));
    QStringList fields;
    for (const audit::FieldChange& change : last.changes)
        fields << change.field + QLatin1Char('=') + change.after.value_or(QString());
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("language=fr"), QStringLiteral("level=partner"),
                                QStringLiteral("reference=") + world.reference});
}

TEST_CASE("a restricted case has no summary for a caseworker who may not see it")
{
    SummaryWorld world;
    Case restricted = test::sampleCase(QStringLiteral("Surveillance of a lawyer"));
    restricted.restricted = true;
    const qint64 id = CaseService(world.as("bea")).create(restricted).id;
    CHECK(errorKindOf([&] { renderCaseSummaryPdf(world.as("carlos"), id, SummaryOptions()); }) ==
          ErrorKind::NotFound);
    CHECK_FALSE(renderCaseSummaryPdf(world.as("bea"), id, SummaryOptions()).isEmpty());
}

TEST_CASE("finance officers do not export case summaries")
{
    SummaryWorld world;
    CHECK(errorKindOf([&] { world.summary("fatima", Redaction::Public); }) == ErrorKind::Refused);
}

TEST_CASE("a summary is a PDF with its fonts embedded")
{
    SummaryWorld world;
    const QByteArray pdf = world.summary("bea", Redaction::Internal);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("/FontFile2"));
}
