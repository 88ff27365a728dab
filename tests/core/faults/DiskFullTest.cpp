#include "../ledger/MoneyWorld.h"
#include "ChildProcess.h"
#include "attachments/AttachmentService.h"
#include "audit/AuditAccess.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "vault/Vault.h"
#include "vault/VaultLayout.h"

#include <QFileInfo>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace amparo;
using namespace amparo::test;

namespace {

QStringList caseTitles(Session& session)
{
    QStringList titles;
    db::Statement select = session.database().prepare("SELECT title FROM cases ORDER BY id");
    while (select.step())
        titles << select.text(0);
    return titles;
}

qint64 count(Session& session, const char* sql)
{
    db::Statement select = session.database().prepare(sql);
    select.step();
    return select.int64(0);
}

// One user action: a new case with its statement attached, saved together.
void openCaseWithStatement(Session& session, const QString& title, const QByteArray& statement)
{
    db::Transaction transaction(session.database());
    const qint64 id = CaseService(session).create(sampleCase(title)).id;
    AttachmentService(session).add(QStringLiteral("case"), id, QStringLiteral("statement.txt"),
                                   QStringLiteral("text/plain"), statement);
    transaction.commit();
}

QByteArray describe(const Error& error)
{
    return QByteArray::number(static_cast<int>(error.kind())) + '\t' + error.message().toUtf8();
}

// A child process whose files may not grow more than `headroom` bytes past
// the vault's database as it is now, as on a nearly full disk: first one
// large attachment, then cases one by one until the disk refuses one. It
// answers with what the refusals said and which cases it saved.
QByteArray fillTheDisk(const DomainFixture& fixture, qint64 caseId, qint64 headroom)
{
    const qint64 databaseSize = QFileInfo(VaultLayout(fixture.vault.directory).database()).size();
    ChildProcess child([&](ChildProcess& self) -> QByteArray {
        // Past the limit a write fails with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{static_cast<rlim_t>(databaseSize + headroom),
                           static_cast<rlim_t>(databaseSize + headroom)};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return "setrlimit failed";
        auto bea = Vault::open(fixture.vault.directory, QStringLiteral("bea"),
                               secret(QStringLiteral("bea passphrase")), fixture.vault.clock);
        try {
            AttachmentService(*bea).add(
                QStringLiteral("case"), caseId, QStringLiteral("recording.txt"),
                QStringLiteral("text/plain"), QByteArray(4 * 1024 * 1024, 'r'));
            self.send("big attachment saved");
        } catch (const Error& error) {
            self.send(describe(error));
        }
        for (int i = 1; i <= 400; ++i) {
            const QString title = QStringLiteral("Written near a full disk %1").arg(i);
            try {
                openCaseWithStatement(*bea, title, QByteArray(16 * 1024, 's'));
                self.send("saved\t" + title.toUtf8());
            } catch (const Error& error) {
                self.send("refused\t" + title.toUtf8());
                return describe(error);
            }
        }
        return "never refused";
    });
    return child.finish();
}

} // namespace

TEST_CASE("a full disk refuses a change with a clear message and loses nothing saved before")
{
    MoneyWorld world;
    const Grant grant = world.approved(1'000'00);
    DisbursementService(world.as("farid")).pay(world.payment(grant.id, 400'00));
    for (int i = 1; i <= 3; ++i)
        openCaseWithStatement(world.as("bea"), QStringLiteral("Saved before %1").arg(i),
                              QByteArray(2048, 'b'));
    const QStringList titlesBefore = caseTitles(world.as("ana"));
    const qint64 attachmentsBefore = count(world.as("ana"), "SELECT count(*) FROM attachments");
    const qint64 ledgerBefore = world.transactions();
    world.sessions.clear(); // closed: the child process opens the vault on its own

    const QList<QByteArray> lines =
        fillTheDisk(world.fixture, world.caseId, 512 * 1024).split('\n');
    INFO(lines.join('\n').toStdString());
    REQUIRE(lines.size() >= 3);

    // The large attachment and, later, one more case were refused in words a
    // person understands, as a full disk (EFBIG and ENOSPC alike).
    const QByteArray diskFull = QByteArray::number(static_cast<int>(ErrorKind::DiskFull)) + '\t';
    CHECK(lines.first().startsWith(diskFull));
    CHECK(lines.first().contains("The disk is full"));
    CHECK(lines.first().contains("Free some space and try again"));
    CHECK(lines.last().startsWith(diskFull));
    CHECK(lines.last().contains("The disk is full"));
    QStringList savedInChild;
    QString refusedTitle;
    for (const QByteArray& line : lines) {
        if (line.startsWith("saved\t"))
            savedInChild << QString::fromUtf8(line.mid(6));
        else if (line.startsWith("refused\t"))
            refusedTitle = QString::fromUtf8(line.mid(8));
    }
    CHECK(savedInChild.size() >= 2); // the disk filled gradually, not at the first write
    REQUIRE_FALSE(refusedTitle.isEmpty());

    // Without the limit the vault opens, checks out, and holds exactly what
    // was saved: everything before, nothing of what was refused.
    auto ana = world.fixture.as(QStringLiteral("ana"));
    db::Statement integrity = ana->database().prepare("PRAGMA integrity_check");
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == QStringLiteral("ok"));
    CHECK_FALSE(ana->database().prepare("PRAGMA foreign_key_check").step());
    const audit::ChainVerification trail = audit::verifyTrail(*ana);
    CHECK(trail.intact);
    CHECK(trail.problem.isEmpty());
    CHECK(Ledger(*ana).problems().isEmpty());
    CHECK(Ledger(*ana).transactionCount() == ledgerBefore);
    CHECK(caseTitles(*ana) == titlesBefore + savedInChild);
    CHECK(count(*ana, "SELECT count(*) FROM attachments") ==
          attachmentsBefore + savedInChild.size());
    CHECK(count(*ana, "SELECT count(*) FROM attachment_contents") ==
          attachmentsBefore + savedInChild.size());
    CHECK(count(*ana, "SELECT count(*) FROM attachments WHERE size > 1000000") == 0);
    CHECK_FALSE(caseTitles(*ana).contains(refusedTitle));
}
