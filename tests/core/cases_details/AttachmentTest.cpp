#include "DetailsSupport.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentService.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "settings/Settings.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

const QByteArray kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const QByteArray kPdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");

Attachment addNote(Session& session, const QString& ownerType, qint64 ownerId,
                   const QByteArray& content = QByteArray("Statement of the witness"))
{
    return AttachmentService(session).add(ownerType, ownerId, QStringLiteral("statement.txt"),
                                          QStringLiteral("text/plain"), content);
}

} // namespace

TEST_CASE("an attachment keeps its size and SHA-256 and gives back the same bytes")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const Attachment added =
        addNote(*bea, QStringLiteral("case"), opened.caseId, QByteArray("abc"));
    CHECK(added.size == 3);
    // FIPS 180-2, appendix B.1.
    CHECK(added.sha256.toHex() ==
          QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const auto listed = AttachmentService(*bea).list(QStringLiteral("case"), opened.caseId);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].sha256 == added.sha256);
    CHECK(listed[0].fileName == QStringLiteral("statement.txt"));
    CHECK(listed[0].addedByLogin == QStringLiteral("bea"));
    CHECK(AttachmentService(*bea).content(added.id) == QByteArray("abc"));
    CHECK(auditText(*bea, QStringLiteral("attachment"), added.id)
              .contains(QStringLiteral("sha256=<none>->ba7816bf8f01cfea")));
}

TEST_CASE("an attachment above the size limit is refused naming its size and the limit in MB")
{
    DomainFixture fixture;
    {
        auto admin = fixture.as(QStringLiteral("ana"));
        settings::set(*admin, settings::kAttachmentMaxBytes, QString::number(1024 * 1024));
    }
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const QByteArray big(1024 * 1024 * 3 / 2, 'x');
    REQUIRE_THROWS_WITH(AttachmentService(*bea).add(QStringLiteral("case"), opened.caseId,
                                                    QStringLiteral("scan.pdf"),
                                                    QStringLiteral("application/pdf"), big),
                        Catch::Contains("\"scan.pdf\" is 1.5 MB") &&
                            Catch::Contains("at most 1.0 MB"));
    const QByteArray justOver(1024 * 1024 + 1, 'x');
    REQUIRE_THROWS_WITH(addNote(*bea, QStringLiteral("case"), opened.caseId, justOver),
                        Catch::Contains("is 1.1 MB"));
    CHECK(rowCount(*bea, "attachments") == 0);
    CHECK(rowCount(*bea, "attachment_contents") == 0);
    CHECK(addNote(*bea, QStringLiteral("case"), opened.caseId, QByteArray(1024 * 1024, 'x')).size ==
          1024 * 1024);
}

TEST_CASE("an empty attachment or one without a name is refused")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    REQUIRE_THROWS_WITH(addNote(*bea, QStringLiteral("case"), opened.caseId, QByteArray()),
                        Catch::Contains("\"statement.txt\" is empty"));
    REQUIRE_THROWS_WITH(AttachmentService(*bea).add(QStringLiteral("case"), opened.caseId,
                                                    QStringLiteral(" "), QString(),
                                                    QByteArray("x")),
                        Catch::Contains("The file name is required"));
    CHECK(rowCount(*bea, "attachments") == 0);
}

TEST_CASE("tampered attachment content is detected")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const Attachment added =
        addNote(*bea, QStringLiteral("case"), opened.caseId, QByteArray("Released on bail"));
    bea->database()
        .prepare("UPDATE attachment_contents SET content = ?1 WHERE attachment_id = ?2")
        .bindBlob(1, QByteArray("Released on BAIL"))
        .bind(2, added.id)
        .run();
    REQUIRE_THROWS_WITH(AttachmentService(*bea).content(added.id),
                        Catch::Contains("statement.txt") && Catch::Contains("damaged"));
    CHECK(errorKindOf([&] { AttachmentService(*bea).content(added.id); }) == ErrorKind::Corrupt);
}

TEST_CASE("an attachment of a restricted case is invisible to a caseworker not assigned to it")
{
    DomainFixture fixture;
    OpenedCase opened;
    qint64 caseFile = 0;
    qint64 violationFile = 0;
    qint64 personFile = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        opened = openCaseWithVictim(*bea, true);
        Violation v;
        v.caseId = opened.caseId;
        v.type = QStringLiteral("torture");
        v.occurredOn = QDate(2025, 7, 1);
        const qint64 violationId = ViolationService(*bea).create(v).id;
        caseFile = addNote(*bea, QStringLiteral("case"), opened.caseId).id;
        violationFile = addNote(*bea, QStringLiteral("violation"), violationId).id;
        personFile = addNote(*bea, QStringLiteral("person"), opened.victimId).id;
    }
    auto carlos = fixture.as(QStringLiteral("carlos"));
    AttachmentService files(*carlos);
    for (const qint64 id : {caseFile, violationFile, personFile}) {
        CHECK(errorKindOf([&] { files.get(id); }) == ErrorKind::NotFound);
        CHECK(errorKindOf([&] { files.content(id); }) == ErrorKind::NotFound);
        CHECK(errorKindOf([&] { files.remove(id); }) == ErrorKind::NotFound);
    }
    CHECK(errorKindOf([&] { files.list(QStringLiteral("case"), opened.caseId); }) ==
          ErrorKind::NotFound);
    CHECK(errorKindOf([&] { addNote(*carlos, QStringLiteral("case"), opened.caseId); }) ==
          ErrorKind::NotFound);

    auto eli = fixture.as(QStringLiteral("eli"));
    CHECK(AttachmentService(*eli).content(caseFile) == QByteArray("Statement of the witness"));
}

TEST_CASE("an attachment needs an existing owner of a known kind")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    CHECK(errorKindOf([&] { addNote(*bea, QStringLiteral("case"), 9999); }) == ErrorKind::NotFound);
    CHECK(errorKindOf([&] { addNote(*bea, QStringLiteral("violation"), 9999); }) ==
          ErrorKind::NotFound);
    REQUIRE_THROWS_WITH(addNote(*bea, QStringLiteral("invoice"), 1),
                        Catch::Contains("The kind of record") && Catch::Contains("assistance"));
    CHECK(errorKindOf([&] { addNote(*bea, QStringLiteral("grant"), 9999); }) ==
          ErrorKind::NotFound);
    // Receipts of payments are finance's to add.
    CHECK(errorKindOf([&] { addNote(*bea, QStringLiteral("disbursement"), 1); }) ==
          ErrorKind::Refused);
    CHECK(rowCount(*bea, "attachments") == 0);
}

TEST_CASE("an auditor cannot add or remove an attachment")
{
    DomainFixture fixture;
    qint64 caseId = 0;
    qint64 fileId = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        caseId = openCaseWithVictim(*bea).caseId;
        fileId = addNote(*bea, QStringLiteral("case"), caseId).id;
    }
    auto eli = fixture.as(QStringLiteral("eli"));
    REQUIRE_THROWS_WITH(addNote(*eli, QStringLiteral("case"), caseId),
                        Catch::Contains("not allowed to edit cases"));
    REQUIRE_THROWS_WITH(AttachmentService(*eli).remove(fileId),
                        Catch::Contains("not allowed to edit cases"));
    CHECK(AttachmentService(*eli).list(QStringLiteral("case"), caseId).size() == 1);
}

TEST_CASE("removing an attachment deletes its content and is audited")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const Attachment added = addNote(*bea, QStringLiteral("case"), opened.caseId);
    AttachmentService(*bea).remove(added.id);
    CHECK(errorKindOf([&] { AttachmentService(*bea).content(added.id); }) == ErrorKind::NotFound);
    CHECK(rowCount(*bea, "attachment_contents") == 0);
    const QString trail = auditText(*bea, QStringLiteral("attachment"), added.id);
    CHECK(trail.contains(QStringLiteral("attachment.remove")));
    CHECK(trail.contains(QStringLiteral("size=24-><none>")));
}

TEST_CASE("an attachment that fails half-way leaves nothing behind")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const qint64 auditBefore = bea->audit().count();
    bea->database().execute("CREATE TEMP TRIGGER fail_content BEFORE INSERT ON attachment_contents "
                            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    CHECK(errorKindOf([&] { addNote(*bea, QStringLiteral("case"), opened.caseId); }).has_value());
    CHECK(rowCount(*bea, "attachments") == 0);
    CHECK(bea->audit().count() == auditBefore);
}

TEST_CASE("attachment names lose their folders and control characters")
{
    CHECK(sanitizeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(sanitizeFileName(QStringLiteral("C:\\Users\\bea\\report.pdf")) ==
          QStringLiteral("report.pdf"));
    CHECK(sanitizeFileName(QStringLiteral("photo\u202Egpj.exe")) == QStringLiteral("photogpj.exe"));
    CHECK(sanitizeFileName(QStringLiteral("line\nbreak\t.txt")) == QStringLiteral("linebreak.txt"));
    CHECK(sanitizeFileName(QStringLiteral("what?<>.txt")) == QStringLiteral("what___.txt"));
    CHECK(sanitizeFileName(QStringLiteral("..")) == QStringLiteral("attachment"));
    CHECK(sanitizeFileName(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    CHECK(sanitizeFileName(QStringLiteral("informe médico ٣.pdf")) ==
          QStringLiteral("informe médico ٣.pdf"));
    const QString longName = QString(300, QLatin1Char('a')) + QStringLiteral(".pdf");
    CHECK(sanitizeFileName(longName).size() == 200);
    CHECK(sanitizeFileName(longName).endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("a declared media type is kept only when the content agrees with it")
{
    CHECK(acceptedMediaType(QStringLiteral("image/png"), kPng) == QStringLiteral("image/png"));
    CHECK(acceptedMediaType(QStringLiteral("image/jpeg"), kPdf) ==
          QStringLiteral("application/pdf"));
    CHECK(acceptedMediaType(QString(), kPng) == QStringLiteral("image/png"));
    CHECK(acceptedMediaType(QStringLiteral("image/png"), QByteArray("MZ\x90\0", 4)) ==
          QStringLiteral("application/octet-stream"));
    CHECK(acceptedMediaType(QStringLiteral("text/html"), QByteArray("<html></html>")) ==
          QStringLiteral("application/octet-stream"));
    CHECK(acceptedMediaType(QStringLiteral("Text/Plain; charset=UTF-8"), QByteArray("Café")) ==
          QStringLiteral("text/plain"));
    CHECK(acceptedMediaType(QStringLiteral("text/plain"), QByteArray("a\0b", 3)) ==
          QStringLiteral("application/octet-stream"));
    CHECK(acceptedMediaType(QStringLiteral("text/plain"), QByteArray("\xC3\x28")) ==
          QStringLiteral("application/octet-stream"));
    const QByteArray odt = QByteArray("PK\x03\x04") + QByteArray(26, '\0') +
                           QByteArray("mimetypeapplication/vnd.oasis.opendocument.text");
    CHECK(acceptedMediaType(QStringLiteral("application/vnd.oasis.opendocument.text"), odt) ==
          QStringLiteral("application/vnd.oasis.opendocument.text"));
    CHECK(acceptedMediaType(QStringLiteral("application/vnd.oasis.opendocument.text"),
                            QByteArray("PK\x03\x04xx")) ==
          QStringLiteral("application/octet-stream"));
}

TEST_CASE("attachment content is never readable in the files of the vault")
{
    DomainFixture fixture;
    const QByteArray marker("UNIQUE-MARKER-7f3a9c-testimony of the survivor");
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        const auto opened = openCaseWithVictim(*bea);
        addNote(*bea, QStringLiteral("case"), opened.caseId, marker.repeated(50));
        bea->database().checkpoint();
    }
    for (const QString& file : filesIn(fixture.vault.directory))
        CHECK_FALSE(readAll(file).contains(marker));
}

TEST_CASE("exporting a copy of an attachment gives its bytes and is audited without its name")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const Attachment added =
        addNote(*bea, QStringLiteral("case"), opened.caseId, QByteArray("abc"));
    CHECK(AttachmentService(*bea).contentForExport(added.id) == QByteArray("abc"));
    const QString trail = auditText(*bea, QStringLiteral("attachment"), added.id);
    CHECK(trail.contains(QStringLiteral("attachment.export")));
    CHECK(trail.contains(QStringLiteral("sha256=<none>->ba7816bf8f01cfea")));
    CHECK_FALSE(trail.contains(QStringLiteral("statement.txt")));
}
