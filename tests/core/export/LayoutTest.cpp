#include "SummaryWorld.h"
#include "domain/Vocabulary.h"
#include "export/DocumentLanguage.h"
#include "util/Error.h"
#include "violations/ViolationService.h"

#include <QCoreApplication>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::PdfText;
using amparo::test::SummaryWorld;

TEST_CASE("every page of a long summary says which page it is of how many")
{
    SummaryWorld world;
    for (int day = 1; day <= 60; ++day) {
        Violation v;
        v.caseId = world.caseId;
        v.victimId = world.zainab;
        v.type = QStringLiteral("threats");
        v.occurredOn = QDate(2025, 1, 1).addDays(day * 3);
        v.place = QStringLiteral("Outside the family home");
        v.consequences = QStringLiteral("Threatening calls at night; the family moved twice.");
        ViolationService(world.as("bea")).create(v);
    }
    const PdfText pdf(world.summary("bea", Redaction::Internal));
    const int pages = pdf.pageCount();
    REQUIRE(pages >= 3);
    // Nothing is lost where headings move to the next page: every section
    // is there, to the last line of the last one.
    for (const char* section : {"Case", "Status history", "People", "Violations", "Interventions",
                                "Assistance", "Grants and disbursements", "Attachments"})
        CHECK(pdf.contains(QString::fromLatin1(section)));
    CHECK(pdf.page(pages - 1).contains(QStringLiteral("Attachments Nothing recorded.")));
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        CHECK(pdf.page(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(pdf.page(page).contains(world.reference));
        CHECK(pdf.page(page).contains(QStringLiteral("CONFIDENTIAL — INTERNAL")));
    }
}

TEST_CASE("a summary lists violations oldest first")
{
    SummaryWorld world;
    const PdfText pdf(world.summary("bea", Redaction::Internal));
    const QString text = pdf.all();
    // January 2026 (to the month) comes before 3 February 2026.
    const qsizetype detention = text.indexOf(QStringLiteral("Arbitrary arrest or detention"));
    const qsizetype torture = text.indexOf(QStringLiteral("Torture"));
    REQUIRE(detention >= 0);
    REQUIRE(torture >= 0);
    CHECK(detention < torture);
    CHECK(text.contains(QStringLiteral("January 2026")));
    CHECK(text.contains(QStringLiteral("February 3, 2026")));
}

TEST_CASE("markup typed into a name prints literally")
{
    SummaryWorld world;
    world.addPerson(test::samplePerson(QStringLiteral("<b>Bold</b> & <i>Sons</i>")),
                    QStringLiteral("witness"));
    const PdfText pdf(world.summary("bea", Redaction::Internal));
    CHECK(pdf.contains(QStringLiteral("<b>Bold</b> & <i>Sons</i>")));
}

TEST_CASE("an Arabic summary writes Arabic names in Arabic script from right to left")
{
    SummaryWorld world;
    const QString name = QStringLiteral("زينب الخواجة");
    world.addPerson(test::samplePerson(name), QStringLiteral("witness"));
    const PdfText arabic(world.summary("bea", Redaction::Internal, "ar"));
    REQUIRE(arabic.pageCount() >= 1);
    for (const QString& word : name.split(QLatin1Char(' ')))
        CHECK(arabic.contains(word));
    // Vocabulary comes out in Arabic ("Victim / survivor").
    CHECK(arabic.contains(QStringLiteral("الضحية")));
    CHECK(arabic.contains(QStringLiteral("الناجي")));
    // The running header starts on the right of an Arabic page and on the
    // left of an English one; so do the columns of a table (a person's
    // pseudonym comes first, their phone number last).
    const PdfText english(world.summary("bea", Redaction::Internal, "en"));
    const qreal middle = arabic.pageSize(0).width() / 2;
    const QRectF referenceInArabic = arabic.whereOnPage(0, world.reference);
    const QRectF referenceInEnglish = english.whereOnPage(0, world.reference);
    REQUIRE(referenceInArabic.isValid());
    REQUIRE(referenceInEnglish.isValid());
    CHECK(referenceInArabic.left() > middle);
    CHECK(referenceInEnglish.right() < middle);
    const QString phone = QStringLiteral("3900");
    CHECK(arabic.whereOnPage(0, world.zainabPseudonym).left() >
          arabic.whereOnPage(0, phone).right());
    CHECK(english.whereOnPage(0, world.zainabPseudonym).right() <
          english.whereOnPage(0, phone).left());
}

TEST_CASE("the document speaks its own language and leaves the interface's alone")
{
    SummaryWorld world;
    const QLocale before;
    const PdfText french(world.summary("bea", Redaction::Internal, "fr"));
    CHECK(french.contains(QStringLiteral("Victime / survivant")));
    CHECK(french.contains(QStringLiteral("Protection des défenseurs des droits humains")));
    CHECK(french.contains(QStringLiteral("3 février 2026")));
    // Section titles and the running footer come from the French translation.
    CHECK(french.contains(QStringLiteral("SYNTHÈSE DU DOSSIER")));
    CHECK(french.contains(QStringLiteral("Historique des statuts")));
    CHECK(french.contains(QStringLiteral("Page 1 sur")));
    const PdfText arabic(world.summary("bea", Redaction::Internal, "ar"));
    CHECK(arabic.contains(QStringLiteral("ملخص الحالة")));
    CHECK(termLabel(Vocabulary::PersonRole, QStringLiteral("victim")) ==
          QStringLiteral("Victim / survivor"));
    CHECK(QLocale() == before);
}

TEST_CASE("an unknown document language is refused")
{
    SummaryWorld world;
    CHECK_THROWS_AS(world.summary("bea", Redaction::Internal, "de"), Error);
}

TEST_CASE("a summary in each language has its section titles and country names in that language")
{
    SummaryWorld world;
    for (const char* code : {"fr", "es", "ru", "ar"}) {
        INFO(code);
        const DocumentLanguage language{QString::fromLatin1(code)};
        const PdfText pdf(world.summary("bea", Redaction::Internal, code));
        for (const char* title : {"Status history", "People", "Grants and disbursements"}) {
            const QString translated =
                language.translate("amparo::CaseSummary", title, nullptr, -1);
            INFO(title);
            CHECK(translated != QString::fromLatin1(title));
            CHECK(pdf.contains(translated));
        }
        // The sample case happened in the Philippines.
        const QString philippines = language.country(QStringLiteral("PH"));
        CHECK(philippines.startsWith(
            language.translate("amparo::Countries", "Philippines", nullptr, -1)));
        CHECK(pdf.contains(philippines.section(QLatin1Char(' '), 0, 0)));
    }
}
