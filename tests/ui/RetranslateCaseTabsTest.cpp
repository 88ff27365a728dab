// The case editor's tabs, their dialogs and the case summary dialog follow a
// change of language at run time as completely as if built in that language.
#include "CaseTabWorld.h"
#include "Named.h"
#include "Retranslation.h"
#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "cases/tabs/AssistanceDialog.h"
#include "cases/tabs/AssistanceTab.h"
#include "cases/tabs/DocumentsTab.h"
#include "cases/tabs/InterventionDialog.h"
#include "cases/tabs/InterventionsTab.h"
#include "cases/tabs/MedicalRecordDialog.h"
#include "cases/tabs/StatusNoteDialog.h"
#include "cases/tabs/ViolationDialog.h"
#include "cases/tabs/ViolationsTab.h"
#include "domain/Vocabulary.h"
#include "exports/CaseSummaryDialog.h"
#include "interventions/InterventionService.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <QPushButton>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::requireRetranslates;

namespace {

const QStringList kLanguages{QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ru"),
                             QStringLiteral("ar")};

// A case with a record of everything the tabs show: a torture with its
// medical record and a detention with its date known to the month, an
// urgent appeal answered, an assistance line with a provider, a document.
struct RecordedCase : test::CaseTabWorld
{
    RecordedCase()
    {
        Organisation mechanism;
        mechanism.name = QStringLiteral("UN Working Group on Arbitrary Detention");
        mechanism.kind = QStringLiteral("mechanism");
        mechanismId = OrganisationService(*bea).create(mechanism);

        Violation torture;
        torture.caseId = caseId;
        torture.victimId = victimId;
        torture.type = QStringLiteral("torture");
        torture.occurredOn = QDate(2026, 2, 3);
        torture.place = QStringLiteral("Central police station, Manila");
        tortureId = ViolationService(*bea).create(torture).id;
        MedicalExamination record;
        record.violationId = tortureId;
        record.examinedOn = QDate(2026, 2, 20);
        record.examiner = QStringLiteral("Dr. Reyes");
        record.findings.push_back({termNames(Vocabulary::FindingKind).value(0),
                                   QStringLiteral("Scars on both wrists"),
                                   termNames(Vocabulary::Consistency).value(0)});
        MedicalRecordService(*bea).set(record);

        Violation detention;
        detention.caseId = caseId;
        detention.type = QStringLiteral("arbitrary_detention");
        detention.datePrecision = QStringLiteral("month");
        detention.occurredOn = QDate(2026, 1, 1);
        ViolationService(*bea).create(detention);

        Intervention appeal;
        appeal.caseId = caseId;
        appeal.kind = QStringLiteral("urgent_appeal");
        appeal.sentOn = QDate(2026, 3, 2);
        appeal.addresseeOrgId = mechanismId;
        appeal.addressee = mechanism.name;
        appeal.reference = QStringLiteral("UA PHL 3/2026");
        appeal.responseOn = QDate(2026, 3, 10);
        appeal.response = QStringLiteral("The government denies the allegations.");
        interventionId = InterventionService(*bea).create(appeal).id;

        Assistance legal;
        legal.caseId = caseId;
        legal.type = QStringLiteral("legal");
        legal.description = QStringLiteral("Lawyer's fees for the appeal");
        legal.personId = victimId;
        legal.providerOrgId = mechanismId;
        assistanceId = AssistanceService(*bea).create(legal).id;

        AttachmentService(*bea).add(QStringLiteral("case"), caseId, QStringLiteral("statement.txt"),
                                    QStringLiteral("text/plain"),
                                    QByteArrayLiteral("The statement of the victim."));
    }

    Violation violation(qint64 id) { return ViolationService(*bea).get(id); }

    qint64 mechanismId = 0;
    qint64 tortureId = 0;
    qint64 interventionId = 0;
    qint64 assistanceId = 0;
};

} // namespace

TEST_CASE("the violations tab and its dialogs retranslate at run time")
{
    RecordedCase world;
    for (const QString& language : kLanguages) {
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::ViolationsTab>(world.access(), world.caseId);
            tab->selectRow(0);
            return tab;
        });
        requireRetranslates(language, [&world] {
            return std::make_unique<ui::ViolationDialog>(world.access(), world.caseId,
                                                         world.violation(world.tortureId));
        });
        requireRetranslates(language, [&world] {
            return std::make_unique<ui::ViolationDialog>(world.access(), world.caseId,
                                                         std::nullopt);
        });
        requireRetranslates(language, [&world] {
            return std::make_unique<ui::MedicalRecordDialog>(world.access(),
                                                             world.violation(world.tortureId));
        });
    }
}

TEST_CASE("a violations tab whose user may not edit retranslates the core's refusal")
{
    RecordedCase world;
    std::unique_ptr<Session> eli = world.domain.as(QStringLiteral("eli"));
    const auto access = [&eli]() -> Session& {
        return *eli;
    };
    ui::ViolationsTab readOnly(access, world.caseId);
    auto* add = test::named<QPushButton>(readOnly, QStringLiteral("Add violation"));
    REQUIRE_FALSE(add->isEnabled());
    REQUIRE_FALSE(add->toolTip().isEmpty());
    for (const QString& language : kLanguages) {
        requireRetranslates(language, [&] {
            auto tab = std::make_unique<ui::ViolationsTab>(access, world.caseId);
            tab->selectRow(0);
            return tab;
        });
    }
}

TEST_CASE("the interventions tab and its dialog retranslate at run time")
{
    RecordedCase world;
    for (const QString& language : kLanguages) {
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::InterventionsTab>(world.access(), world.caseId);
            tab->selectRow(0);
            return tab;
        });
        requireRetranslates(language, [&world] {
            return std::make_unique<ui::InterventionDialog>(
                world.access(), world.caseId,
                InterventionService(*world.bea).get(world.interventionId));
        });
        requireRetranslates(language, [&world] {
            return std::make_unique<ui::InterventionDialog>(world.access(), world.caseId,
                                                            std::nullopt);
        });
    }
}

TEST_CASE("the assistance tab, its dialog and its status question retranslate at run time")
{
    RecordedCase world;
    for (const QString& language : kLanguages) {
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::AssistanceTab>(world.access(), world.caseId);
            tab->reload();
            tab->selectLine(world.assistanceId);
            return tab;
        });
        // The question of a transition is the tab's: it says it again.
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::AssistanceTab>(world.access(), world.caseId);
            tab->reload();
            tab->selectLine(world.assistanceId);
            tab->requestTransition(QStringLiteral("approved"));
            REQUIRE(tab->noteDialog());
            return tab;
        });
        // So are the beneficiaries of an open editor, named with their roles.
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::AssistanceTab>(world.access(), world.caseId);
            tab->reload();
            tab->selectLine(world.assistanceId);
            tab->editSelected();
            REQUIRE(tab->editor());
            return tab;
        });
        requireRetranslates(language, [&world] {
            Assistance line = AssistanceService(*world.bea).get(world.assistanceId);
            line.startedOn = QDate(2026, 3, 1);
            line.completedOn = QDate(2026, 3, 9);
            return std::make_unique<ui::AssistanceDialog>(
                line, ui::AssistanceDialog::Choices{{world.victimId, world.victimPseudonym}},
                ui::AssistanceDialog::Choices{{world.mechanismId, QStringLiteral("Lawyers")}});
        });
    }
}

TEST_CASE("the documents tab and its viewer retranslate at run time")
{
    RecordedCase world;
    for (const QString& language : kLanguages) {
        requireRetranslates(language, [&world] {
            auto tab = std::make_unique<ui::DocumentsTab>(world.access(), world.caseId);
            tab->reload();
            // A text file cannot be shown inside: the viewer names it and offers a copy.
            tab->selectDocument(tab->documents().at(0).id);
            return tab;
        });
    }
}

TEST_CASE("the case summary dialog retranslates at run time")
{
    RecordedCase world;
    ui::SessionHolder holder(world.domain.as(QStringLiteral("bea")));
    for (const QString& language : kLanguages)
        requireRetranslates(language,
                            [&holder] { return std::make_unique<ui::CaseSummaryDialog>(holder); });
}
