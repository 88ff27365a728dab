#include "DetailsSupport.h"
#include "db/Database.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

TEST_CASE("a medical record is kept only for torture ill-treatment and sexual violence")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    MedicalRecordService records(*bea);
    const qint64 threats =
        violations.create(violation(opened.caseId, "threats", QDate(2025, 7, 1))).id;
    REQUIRE_THROWS_WITH(records.set(examination(threats)),
                        Catch::Contains("only be kept for torture") && Catch::Contains("Threats"));
    CHECK_FALSE(records.get(threats).has_value());

    for (const char* type : {"torture", "ill_treatment", "sexual_violence"}) {
        const qint64 id = violations.create(violation(opened.caseId, type, QDate(2025, 7, 1))).id;
        records.set(examination(id));
        const auto record = records.get(id);
        REQUIRE(record.has_value());
        CHECK(record->examiner == QStringLiteral("Dr. Hélène Marceau"));
        REQUIRE(record->findings.size() == 2);
        CHECK(record->findings[0].consistency == QStringLiteral("highly_consistent"));
        CHECK(record->findings[1].kind == QStringLiteral("psychological"));
    }
}

TEST_CASE("a violation with a medical record keeps a type and a date that agree with it")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    Violation v = violations.create(violation(opened.caseId, "torture", QDate(2025, 7, 1)));
    MedicalRecordService(*bea).set(examination(v.id));
    v.type = QStringLiteral("threats");
    v.place = QStringLiteral("Somewhere else");
    REQUIRE_THROWS_WITH(violations.update(v), Catch::Contains("remove the medical record"));
    CHECK(violations.get(v.id).type == QStringLiteral("torture"));
    CHECK(violations.get(v.id).place == QStringLiteral("Central police station, Manila"));
    v = violations.get(v.id);
    v.occurredOn = QDate(2026, 3, 1);
    REQUIRE_THROWS_WITH(
        violations.update(v),
        Catch::Contains("The date of the medical examination (2026-02-10) is before"));
    CHECK(violations.get(v.id).occurredOn == QDate(2025, 7, 1));
    v.type = QStringLiteral("threats");
    v.occurredOn = QDate(2025, 7, 1);
    MedicalRecordService(*bea).remove(v.id);
    violations.update(v);
    CHECK(violations.get(v.id).type == QStringLiteral("threats"));
}

TEST_CASE("the medical record is audited as changed without its values")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const qint64 id =
        ViolationService(*bea).create(violation(opened.caseId, "torture", QDate(2025, 7, 1))).id;
    MedicalRecordService(*bea).set(examination(id));
    MedicalExamination second = examination(id);
    second.findings[0].description = QStringLiteral("Fractured left wrist");
    MedicalRecordService(*bea).set(second);

    const QString trail = auditText(*bea, QStringLiteral("violation"), id);
    CHECK(trail.contains(QStringLiteral("violation.medical_record")));
    CHECK(trail.contains(QStringLiteral("medical_findings=<none>->(sensitive)")));
    CHECK(trail.contains(QStringLiteral("medical_findings=(sensitive)->(sensitive)")));
    const QString everything = wholeAuditText(*bea);
    for (const char* secret :
         {"Marceau", "burn scars", "Nightmares", "Fractured", "2026-02-10", "highly_consistent"})
        CHECK_FALSE(everything.contains(QString::fromLatin1(secret)));
}

TEST_CASE("a medical finding with an unknown consistency is refused naming the finding")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const qint64 id =
        ViolationService(*bea).create(violation(opened.caseId, "torture", QDate(2025, 7, 1))).id;
    MedicalRecordService(*bea).set(examination(id));
    MedicalExamination bad = examination(id);
    bad.examiner = QStringLiteral("Another doctor");
    bad.findings[1].consistency = QStringLiteral("probable");
    REQUIRE_THROWS_WITH(MedicalRecordService(*bea).set(bad),
                        Catch::Contains("The consistency of finding 2"));
    bad = examination(id);
    bad.examinedOn = QDate(2025, 6, 1);
    REQUIRE_THROWS_WITH(MedicalRecordService(*bea).set(bad),
                        Catch::Contains("is before the date of the violation"));
    CHECK(MedicalRecordService(*bea).get(id)->examiner == QStringLiteral("Dr. Hélène Marceau"));
}

TEST_CASE("a medical record that fails half-way leaves the previous record whole")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const qint64 id =
        ViolationService(*bea).create(violation(opened.caseId, "torture", QDate(2025, 7, 1))).id;
    MedicalRecordService(*bea).set(examination(id));
    const qint64 auditBefore = bea->audit().count();
    // The second finding's insert fails inside the transaction.
    bea->database().execute(
        "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON medical_findings "
        "WHEN NEW.description = 'second' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    MedicalExamination replacement = examination(id);
    replacement.examiner = QStringLiteral("Dr. Other");
    replacement.findings[1].description = QStringLiteral("second");
    CHECK(errorKindOf([&] { MedicalRecordService(*bea).set(replacement); }).has_value());
    const auto kept = MedicalRecordService(*bea).get(id);
    REQUIRE(kept.has_value());
    CHECK(kept->examiner == QStringLiteral("Dr. Hélène Marceau"));
    CHECK(kept->findings.size() == 2);
    CHECK(bea->audit().count() == auditBefore);
}
