#include "exports/CaseSummaryDialog.h"

#include "DomainFixture.h"
#include "Named.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "common/ErrorLabel.h"
#include "export/CaseSummary.h"
#include "main/SessionHolder.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool documentReady(const QPdfDocument& document)
{
    return document.status() == QPdfDocument::Status::Ready && document.pageCount() >= 1;
}

struct SummaryDialogWorld
{
    SummaryDialogWorld()
    {
        std::unique_ptr<Session> bea = domain.as(QStringLiteral("bea"));
        const Case created = CaseService(*bea).create(test::sampleCase());
        caseId = created.id;
        reference = created.reference;
        holder = std::make_unique<ui::SessionHolder>(std::move(bea));
    }

    test::DomainFixture domain;
    qint64 caseId = 0;
    QString reference;
    std::unique_ptr<ui::SessionHolder> holder;
};

} // namespace

TEST_CASE("the case summary dialog previews a case for a partner in French and saves it")
{
    SummaryDialogWorld world;
    ui::CaseSummaryDialog dialog(*world.holder);
    dialog.show();
    auto* preview = named<QPushButton>(dialog, QStringLiteral("Preview the summary"));
    auto* save =
        named<QPushButton>(dialog, QStringLiteral("Save the previewed summary as a PDF file"));
    CHECK_FALSE(preview->isEnabled());
    CHECK_FALSE(save->isEnabled());

    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Case reference")),
                     world.reference.toLower());
    choose(named<QComboBox>(dialog, QStringLiteral("Redaction level")), int(Redaction::Partner));
    choose(named<QComboBox>(dialog, QStringLiteral("Document language")), QStringLiteral("fr"));
    REQUIRE(preview->isEnabled());
    preview->click();

    QPdfDocument* document = dialog.document();
    REQUIRE(QTest::qWaitFor([&] { return documentReady(*document); }, 30000));
    CHECK(save->isEnabled());
    CHECK(dialog.findChild<ui::ErrorLabel*>()->isHidden());
    CHECK(dialog.suggestedFileName() == world.reference + QStringLiteral("-partner-fr.pdf"));

    // The core audited the export with the choices made in the dialog.
    const auto entries = world.domain.as(QStringLiteral("ana"))
                             ->audit()
                             .entriesFor(QStringLiteral("case"), QString::number(world.caseId));
    QStringList exported;
    for (const audit::AuditEntry& entry : entries)
        if (entry.action == QStringLiteral("export.pdf"))
            for (const audit::FieldChange& change : entry.changes)
                exported << change.field + QLatin1Char('=') + change.after.value_or(QString());
    CHECK(exported.contains(QStringLiteral("level=partner")));
    CHECK(exported.contains(QStringLiteral("language=fr")));

    // Saved as is, readable by its owner only.
    test::TempFolder folder;
    const QString path = folder.path(dialog.suggestedFileName());
    REQUIRE(dialog.saveTo(path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll().startsWith("%PDF"));
    CHECK(saved.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Closing drops the document.
    dialog.reject();
    CHECK_FALSE(dialog.hasPreview());
    CHECK(document->pageCount() == 0);
}

TEST_CASE("the case summary dialog shows the core's message for a reference that does not exist")
{
    SummaryDialogWorld world;
    ui::CaseSummaryDialog dialog(*world.holder);
    dialog.show();
    auto* reference = named<QLineEdit>(dialog, QStringLiteral("Case reference"));
    QTest::keyClicks(reference, QStringLiteral("NOPE-1999-0001"));
    QTest::keyClick(reference, Qt::Key_Return);
    auto* error = dialog.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible() && !error->text().isEmpty(); }, 30000));
    CHECK(error->text().contains(QStringLiteral("There is no case NOPE-1999-0001")));
    CHECK_FALSE(dialog.hasPreview());
    CHECK_FALSE(
        named<QPushButton>(dialog, QStringLiteral("Save the previewed summary as a PDF file"))
            ->isEnabled());
}
