#include "demo/DemoGenerator.h"

#include "auth/Permission.h"
#include "auth/UserRepository.h"
#include "cases/CaseService.h"
#include "db/Transaction.h"
#include "demo/DemoCaseWriter.h"
#include "demo/DemoClock.h"
#include "demo/DemoMoneyPlan.h"
#include "demo/DemoMoneyWriter.h"
#include "demo/DemoWorld.h"
#include "funds/FundService.h"
#include "people/PersonService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <optional>

namespace amparo {
namespace demo {
namespace {

struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::DemoGenerator)
};

constexpr int kMaximumCases = 1'000'000;

// The end of the history: the midnight (UTC) that began `now`'s day, so that
// every run on the same day writes the same data.
QDateTime startOfDay(const QDateTime& now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
}

} // namespace

const std::vector<DemoUser>& demoUsers()
{
    using enum auth::Role;
    static const std::vector<DemoUser> users = {
        {QStringLiteral("caseworker"),
         QStringLiteral("Lina Haddad (demo caseworker)"),
         {Caseworker}},
        {QStringLiteral("caseworker2"),
         QStringLiteral("Tomás Ferreira (demo caseworker)"),
         {Caseworker}},
        {QStringLiteral("fundmanager"),
         QStringLiteral("Ingrid Solberg (demo fund manager)"),
         {FundManager}},
        {QStringLiteral("finance"),
         QStringLiteral("Kwame Mensah (demo finance officer)"),
         {Finance}},
        {QStringLiteral("auditor"), QStringLiteral("Aiko Tanaka (demo auditor)"), {Auditor}},
    };
    return users;
}

void DemoGenerator::requireEmptyVault() const
{
    const qint64 records =
        CaseService(m_admin).count(CaseFilter{}) + PersonService(m_admin).count();
    if (records > 0)
        throw Error(ErrorKind::Refused,
                    GeneratorText::tr("This vault already holds %n case(s) or person(s); demo data "
                                      "goes only into a new, empty vault.",
                                      nullptr,
                                      static_cast<int>(std::min<qint64>(records, 1'000'000))));
    const auto funds = FundService(m_admin).list().size();
    if (funds > 0)
        throw Error(ErrorKind::Refused,
                    GeneratorText::tr("This vault already has %n fund(s); demo data goes only "
                                      "into a new vault.",
                                      nullptr, static_cast<int>(funds)));
    for (const auth::User& user : UserAdministration(m_admin).users()) {
        for (const DemoUser& demo : demoUsers()) {
            if (user.login == demo.login)
                throw Error(ErrorKind::Refused,
                            GeneratorText::tr("This vault already has a user \"%1\"; demo data "
                                              "goes only into a new vault.")
                                .arg(demo.login));
        }
    }
}

DemoSummary DemoGenerator::generate(const DemoRequest& request, const DemoProgress& progress)
{
    auth::requirePermission(m_admin.user(), auth::Permission::ManageUsers);
    if (request.cases < 0 || request.cases > kMaximumCases)
        throw Error(ErrorKind::Invalid,
                    GeneratorText::tr("The number of demo cases must be between 0 and %1.")
                        .arg(kMaximumCases));
    requireEmptyVault();

    DemoWorld world;
    world.seed = request.seed;
    world.totalCases = request.cases;
    world.end = startOfDay(m_today.nowUtc());
    world.start = world.end.addYears(-6);

    UserAdministration administration(m_admin);
    for (const DemoUser& user : demoUsers()) {
        administration.addUser(user.login, user.displayName, user.roles, request.passphrase,
                               request.kdf);
        ++world.summary.users;
    }
    auth::UserRepository users(m_admin.database());
    world.caseworkerId = users.findByLogin(demoUsers()[0].login)->id;
    world.secondCaseworkerId = users.findByLogin(demoUsers()[1].login)->id;
    world.fundManagerId = users.findByLogin(demoUsers()[2].login)->id;

    DemoRandom random(DemoRandom::mix(request.seed, 0x0126));
    {
        db::Transaction transaction(m_admin.database());
        world.organisations = createDemoOrganisations(m_admin, random);
        transaction.commit();
    }
    world.summary.organisations = world.organisations.count;

    // Only caseworkers edit cases: the history is written in their sessions.
    DemoClock clock(world.end);
    const QString directory = m_admin.layout().directory;
    const auto first = Vault::open(directory, demoUsers()[0].login, request.passphrase, clock);
    const auto second = Vault::open(directory, demoUsers()[1].login, request.passphrase, clock);
    DemoCaseWriter firstWriter(*first, clock, world);
    DemoCaseWriter secondWriter(*second, clock, world);
    // Cases are written day by day of their opening, so references follow
    // the dates, each in the session of the caseworker on intake duty. A
    // transaction is committed when the duty changes hands (two sessions
    // cannot both write) and after each batch, where progress is reported
    // and cancellation takes effect.
    std::optional<db::Transaction> transaction;
    Session* writing = nullptr;
    const int batch = std::max(1, request.casesPerBatch);
    int reported = 0;
    for (int index = 0; index < request.cases;) {
        const QDate day = world.openingDay(index);
        const bool secondOnDuty = world.secondCaseworkerOnDuty(day);
        Session& session = secondOnDuty ? *second : *first;
        if (writing != &session) {
            if (transaction)
                transaction->commit();
            transaction.reset();
            transaction.emplace(session.database());
            writing = &session;
        }
        DemoCaseWriter& writer = secondOnDuty ? secondWriter : firstWriter;
        int dayEnd = index;
        for (; dayEnd < request.cases && world.openingDay(dayEnd) == day; ++dayEnd)
            writer.write(dayEnd);
        index = dayEnd;
        if (index - reported >= batch || index == request.cases) {
            if (transaction)
                transaction->commit();
            transaction.reset();
            writing = nullptr;
            reported = index;
            if (progress && !progress(index, request.cases)) {
                world.summary.cancelled = true;
                break;
            }
        }
    }
    if (!world.summary.cancelled) {
        const MoneyPlan plan = planMoney(world);
        const auto fundManager =
            Vault::open(directory, demoUsers()[2].login, request.passphrase, clock);
        const auto finance =
            Vault::open(directory, demoUsers()[3].login, request.passphrase, clock);
        DemoMoneyWriter(MoneySessions{m_admin, *first, *second, *fundManager, *finance}, clock,
                        world)
            .write(plan);
        fundManager->lock();
        finance->lock();
    }
    clock.set(world.end);
    first->lock();
    second->lock();
    return world.summary;
}

} // namespace demo
} // namespace amparo
