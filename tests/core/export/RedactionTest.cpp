#include "SummaryWorld.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::SummaryWorld;

TEST_CASE("an internal summary shows everyone with names contact details and birth dates")
{
    SummaryWorld world;
    const auto pdf = world.read(Redaction::Internal);
    for (const char* name : {"Zainab Al-Khawaja", "Maria Lopez", "Ahmed Hassan"})
        CHECK(pdf->contains(QString::fromLatin1(name)));
    CHECK(pdf->contains(world.zainabPseudonym));
    CHECK(pdf->contains(QStringLiteral("+973 3900 1234")));
    CHECK(pdf->contains(QStringLiteral("12 Palm Street, Manama")));
    CHECK(pdf->contains(QStringLiteral("May 2, 1983")));
    CHECK(pdf->contains(QStringLiteral("Round burn scars on both forearms")));
    CHECK(pdf->contains(QStringLiteral("Followed by plain-clothes officers")));
    CHECK_FALSE(pdf->contains(QStringLiteral("withheld: no consent")));
}

TEST_CASE("a partner summary shows only people who consented to sharing under pseudonyms")
{
    SummaryWorld world;
    const auto pdf = world.read(Redaction::Partner);
    CHECK(pdf->contains(world.zainabPseudonym));
    CHECK(pdf->contains(world.mariaPseudonym));
    CHECK_FALSE(pdf->contains(world.ahmedPseudonym));
    for (const char* name : {"Zainab", "Maria Lopez", "Ahmed"})
        CHECK_FALSE(pdf->contains(QString::fromLatin1(name)));
    for (const char* contact :
         {"+973 3900 1234", "+34 600 123 456", "zainab@example.org", "Palm Street"})
        CHECK_FALSE(pdf->contains(QString::fromLatin1(contact)));
    CHECK_FALSE(pdf->contains(QStringLiteral("1983")));
    CHECK(pdf->contains(QStringLiteral("40–49"))); // 42 on 14 March 2026
    // "1 people" until amparo_en.ts has the plural forms.
    CHECK((pdf->contains(QStringLiteral("1 person withheld: no consent to share.")) ||
           pdf->contains(QStringLiteral("1 people withheld: no consent to share."))));
    // Ahmed's detention and assistance go with him, and say so.
    CHECK(pdf->contains(QStringLiteral("withheld: no consent to share.")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Lawyer for the habeas corpus petition")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Arbitrary arrest or detention")));
    CHECK(pdf->contains(QStringLiteral("Torture")));
    // The account stays, with the name replaced by the pseudonym; health and risk do not.
    CHECK(pdf->contains(world.zainabPseudonym + QStringLiteral(" was detained without charge")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Round burn scars")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Followed by plain-clothes officers")));
}

TEST_CASE("a public summary shows only people who consented to publication and no narrative")
{
    SummaryWorld world;
    const auto pdf = world.read(Redaction::Public);
    CHECK(pdf->contains(world.zainabPseudonym));
    CHECK_FALSE(pdf->contains(world.mariaPseudonym));
    CHECK_FALSE(pdf->contains(world.ahmedPseudonym));
    CHECK(pdf->contains(QStringLiteral("2 people withheld: no consent to publication.")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Zainab")));
    CHECK_FALSE(pdf->contains(QStringLiteral("detained without charge")));
    CHECK_FALSE(pdf->contains(QStringLiteral("Central police station")));
    CHECK_FALSE(pdf->contains(QStringLiteral("The ministry denies")));
    CHECK_FALSE(pdf->contains(QStringLiteral("bea")));
    CHECK(pdf->contains(QStringLiteral("Torture")));
    CHECK(pdf->contains(QStringLiteral("Urgent appeal")));
    CHECK(pdf->contains(QStringLiteral("40–49")));
}

TEST_CASE("each level names its classification on every page")
{
    SummaryWorld world;
    const std::pair<Redaction, const char*> levels[] = {
        {Redaction::Internal, "CONFIDENTIAL — INTERNAL"},
        {Redaction::Partner, "PARTNER"},
        {Redaction::Public, "PUBLIC"}};
    for (const auto& [level, classification] : levels) {
        const auto pdf = world.read(level);
        for (int page = 0; page < pdf->pageCount(); ++page) {
            CHECK(pdf->page(page).contains(QString::fromUtf8(classification)));
            CHECK(pdf->page(page).contains(world.reference));
        }
    }
}

TEST_CASE("redaction levels have stable names")
{
    for (const Redaction level : {Redaction::Internal, Redaction::Partner, Redaction::Public})
        CHECK(parseRedaction(redactionName(level)) == level);
    CHECK(redactionName(Redaction::Partner) == QStringLiteral("partner"));
    CHECK(parseRedaction(QStringLiteral("Public")) == Redaction::Public);
    CHECK_FALSE(parseRedaction(QStringLiteral("secret")).has_value());
}
