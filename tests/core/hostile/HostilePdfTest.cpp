// Issue 10: hostile text in a case summary PDF.

#include "../export/PdfText.h"
#include "FreeTextFields.h"
#include "HostileValues.h"
#include "assistance/AssistanceService.h"
#include "export/CaseSummary.h"
#include "interventions/InterventionService.h"
#include "people/PersonService.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

// A case whose every free text the internal summary prints is `value`, in
// the fields that accept it.
qint64 caseFullOf(HostileWorld& world, const HostileValue& value)
{
    Session& bea = world.as("bea");
    const bool inNames = value.singleLine == Outcome::Stored;
    const QString shortText = inNames ? value.text : QString();
    Case c = sampleCase(inNames ? value.text : QStringLiteral("Hostile text case"));
    c.narrative = value.text;
    c.place = shortText;
    c.risk = value.text;
    const qint64 caseId = CaseService(bea).create(c).id;
    CaseService(bea).transition(caseId, QStringLiteral("assessment"), value.text);

    Person p = samplePerson(inNames ? value.text : QStringLiteral("Zubeida Qarmatova"));
    p.address = value.text;
    p.notes = value.text;
    const qint64 personId = PersonService(bea).create(p).id;
    CaseService(bea).addPerson(caseId, personId, QStringLiteral("victim"));

    Violation v;
    v.caseId = caseId;
    v.victimId = personId;
    v.type = QStringLiteral("threats");
    v.occurredOn = QDate(2026, 2, 1);
    v.place = shortText.isEmpty() ? QStringLiteral("Outside the family home") : shortText;
    v.perpetrators = value.text;
    v.consequences = value.text;
    ViolationService(bea).create(v);

    Intervention i;
    i.caseId = caseId;
    i.kind = QStringLiteral("urgent_appeal");
    i.sentOn = QDate(2026, 3, 5);
    i.addressee = shortText.isEmpty() ? QStringLiteral("Secretary of Justice") : shortText;
    i.reference = shortText;
    i.response = value.text;
    i.outcome = value.text;
    InterventionService(bea).create(i);

    Assistance a;
    a.caseId = caseId;
    a.personId = personId;
    a.type = QStringLiteral("legal");
    a.description = value.text;
    a.outcome = value.text;
    a.requestedOn = QDate(2026, 3, 5);
    AssistanceService(bea).create(a);
    return caseId;
}

QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : QString(text + QLatin1Char(' '))) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    return words;
}

// True when each of `texts` appears in `all`, each after the one before.
bool inOrder(const QString& all, const QStringList& texts)
{
    qsizetype from = 0;
    for (const QString& text : texts) {
        from = all.indexOf(text, from);
        if (from < 0)
            return false;
        from += text.size();
    }
    return true;
}

} // namespace

TEST_CASE("a case summary prints hostile text literally and keeps every section in its place")
{
    HostileWorld world;
    std::vector<HostileValue> values = valuesStoredEverywhere();
    for (const HostileValue& value : hostileValues()) {
        if (value.singleLine == Outcome::Refused && value.multiLine == Outcome::Stored)
            values.push_back(value); // line breaks: in the narrative, notes and comments
    }
    for (const HostileValue& value : values) {
        INFO(value.name);
        const qint64 caseId = caseFullOf(world, value);
        const Case c = CaseService(world.as("bea")).get(caseId);
        const PdfText pdf(renderCaseSummaryPdf(world.as("bea"), caseId, {}));
        const QString all = pdf.all();
        INFO(all.toStdString());
        REQUIRE(pdf.pageCount() >= 1);
        CHECK(pdf.page(0).contains(c.reference));
        CHECK(pdf.page(0).contains(QStringLiteral("CONFIDENTIAL — INTERNAL")));
        CHECK(inOrder(all, {QStringLiteral("CASE SUMMARY"), QStringLiteral("Internal summary."),
                            QStringLiteral("Case"), QStringLiteral("Reference"),
                            QStringLiteral("Account"), QStringLiteral("Risk assessment"),
                            QStringLiteral("Status history"), QStringLiteral("People"),
                            QStringLiteral("Violations"), QStringLiteral("Place:"),
                            QStringLiteral("Perpetrators:"), QStringLiteral("Consequences:"),
                            QStringLiteral("Interventions"), QStringLiteral("To:"),
                            QStringLiteral("Outcome:"), QStringLiteral("Assistance"),
                            QStringLiteral("Outcome:"), QStringLiteral("Grants and disbursements"),
                            QStringLiteral("Attachments")}));
        for (const QString& word : wordsOf(value.text))
            CHECK(all.contains(word));
        // An embedding or isolate left open in one field does not reorder the
        // lines after it in the same table cell.
        if (value.text.contains(QChar(0x2067))) {
            const QString shown = wordsOf(value.text).join(QLatin1Char(' '));
            CHECK(all.contains(QStringLiteral("Place: ") + shown +
                               QStringLiteral(" Perpetrators: ") + shown +
                               QStringLiteral(" Consequences: ") + shown));
        }
        const QString literal = value.text.simplified();
        if (literal.front().isPrint() && literal.isSimpleText())
            CHECK(all.contains(literal));
    }
}
