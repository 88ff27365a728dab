#pragma once

#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "cases/CaseService.h"
#include "demo/DemoCasePlan.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTimeline.h"
#include "interventions/InterventionService.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "tasks/TaskService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

namespace amparo {

class Session;

namespace demo {

class DemoClock;
struct DemoCountry;
struct DemoWorld;
struct ProgrammeTexts;
struct Story;

// Writes one case and everything around it — people, consent, status
// history, violations and medical records, interventions, assistance, files
// and follow-ups — as the caseworker of `session`, act by act on the
// simulated clock. The caller holds the transaction.
class DemoCaseWriter
{
public:
    DemoCaseWriter(Session& session, DemoClock& clock, DemoWorld& world);

    void write(int index);

private:
    // The case being written.
    struct Draft
    {
        explicit Draft(std::uint64_t seed) : random(seed) {}
        DemoRandom random;
        int index = 0;
        const DemoCountry* country = nullptr;
        const ProgrammeTexts* texts = nullptr;
        const Story* story = nullptr;
        QString programme;
        QString city;
        QString perpetratorType;
        CasePlan plan;
        Case c;
        std::vector<qint64> victims; // person ids, the first one the main victim
        std::optional<qint64> relative;
        bool victimAbsent() const // disappeared or killed
        {
            const QLatin1String type(story->violationType);
            return type == QLatin1String("enforced_disappearance") ||
                   type == QLatin1String("extrajudicial_execution");
        }
        qint64 owner = 0; // the acting caseworker
        // Set on a few cases so that even a small demo shows everything.
        enum class Twin
        {
            None,
            Duplicate, // the first victim, typed again as a new person
            Returning, // the first victim, back with a new case
        } twin = Twin::None;
        std::optional<int> assistanceStage; // stops at 0 requested, 1 approved, 2 in progress
        // Restricted and known to its caseworker only, whatever chance says.
        bool hiddenFromColleague() const { return index == 1 || index == 4; }
    };

    std::optional<CaseOutcome> coverage(Draft& d) const;
    void planOpening(Draft& d);
    Case caseRecord(Draft& d, const Person& victim, qint64 age, const QString& occupation);
    // Creates `person` and links them to the case; link() for someone known.
    qint64 addPerson(Draft& d, const Person& person, const QString& role,
                     const QString& perpetratorType = {});
    void link(Draft& d, qint64 personId, const QString& role, const QString& perpetratorType = {});
    qint64 create(const Person& person);
    // Moves the clock on by a few seconds to minutes: the time typing takes.
    void pause(Draft& d, int minimumSeconds, int maximumSeconds);
    std::optional<qint64> meetAgain(Draft& d, Person& victim);
    qint64 newVictim(Draft& d, const Person& person);
    void addLawyer(Draft& d);
    void recordConsents(Draft& d, qint64 personId, bool child);
    void planTransitions(Draft& d);

    // DemoCaseRecords.cpp
    void planViolations(Draft& d, const QDate& incident);
    void planMedicalRecord(Draft& d, const Violation& violation);
    void planInterventions(Draft& d);
    void planResponse(Draft& d, Intervention intervention);
    void planAssistance(Draft& d);
    void planAssistanceSteps(Draft& d, const Assistance& assistance, const QDateTime& from);
    void planTasks(Draft& d);
    void attach(const QString& ownerType, qint64 ownerId, const QString& fileName,
                const QString& mediaType, const QByteArray& content);

    Session& m_session;
    DemoClock& m_clock;
    DemoWorld& m_world;
    DemoTimeline m_timeline;
    CaseService m_cases;
    PersonService m_people;
    ConsentService m_consents;
    ViolationService m_violations;
    MedicalRecordService m_medical;
    InterventionService m_interventions;
    AssistanceService m_assistance;
    AttachmentService m_attachments;
    TaskService m_tasks;
};

} // namespace demo
} // namespace amparo
