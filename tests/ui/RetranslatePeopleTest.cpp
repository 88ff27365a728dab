#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "i18n/Translations.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationService.h"
#include "organisations/OrganisationsPage.h"
#include "people/AnonymiseDialog.h"
#include "people/ConsentService.h"
#include "people/PeoplePage.h"
#include "people/PersonEditor.h"
#include "people/PersonService.h"
#include "people/RecordConsentDialog.h"
#include "settings/PreferencesPanel.h"
#include "settings/SettingsPage.h"
#include "util/Clock.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

const char* const kLanguages[] = {"fr", "es", "ru", "ar"};

void requireRetranslatesInEveryLanguage(const std::function<std::unique_ptr<QWidget>()>& build)
{
    for (const char* language : kLanguages)
        test::requireRetranslates(QString::fromLatin1(language), build);
}

// Bea, a caseworker, with two people on record: one with a recorded consent
// decision and an affiliation, one anonymised.
struct PeopleWorld
{
    PeopleWorld() : holder(domain.as(QStringLiteral("bea")))
    {
        Session& session = holder.session();
        Organisation centre;
        centre.name = QStringLiteral("Centro Prodh");
        centre.kind = QStringLiteral("member");
        centre.country = QStringLiteral("MX");
        const qint64 centreId = OrganisationService(session).create(centre);

        PersonService people(session);
        Person zainab = test::samplePerson();
        zainab.roles << QStringLiteral("witness");
        zainab.womanDefender = true;
        zainab.affiliationId = centreId;
        zainab.phone = QStringLiteral("+973 1234 5678");
        zainabId = people.create(zainab).id;
        Consent consent;
        consent.personId = zainabId;
        consent.purpose = QStringLiteral("urgent_appeal");
        consent.status = QStringLiteral("given");
        consent.decidedOn = session.clock().nowUtc().date().addDays(-3);
        consent.method = QStringLiteral("Signed form, scanned");
        ConsentService(session).record(consent);

        anonymisedId = people.create(test::samplePerson(QStringLiteral("Omar Haddad"))).id;
        people.anonymise(anonymisedId, QStringLiteral("He asked for his data to be erased."));
    }

    test::DomainFixture domain;
    ui::SessionHolder holder;
    qint64 zainabId = 0;
    qint64 anonymisedId = 0;
};

// The control named `name` (a source text of `context`) in the language
// installed now: screens are built in the language being compared.
template <typename Widget> Widget* namedNow(QWidget& parent, const char* context, const char* name)
{
    return named<Widget>(parent, QCoreApplication::translate(context, name));
}

// Types the name and year of someone already recorded into a new person's
// editor and waits for the note that says so.
void typeKnownPerson(ui::PersonEditor& editor)
{
    namedNow<QLineEdit>(editor, "amparo::ui::PersonForm", "Full name")
        ->setText(QStringLiteral("Zainab Al-Khawaja"));
    QTest::keyClicks(namedNow<QLineEdit>(editor, "amparo::ui::PersonForm", "Year of birth"),
                     QStringLiteral("1983"));
    QLabel* note = namedNow<QLabel>(editor, "amparo::ui::DuplicateWarning", "Possible duplicate");
    REQUIRE(QTest::qWaitFor([note] { return !note->text().isEmpty(); }));
}

} // namespace

TEST_CASE("the people list retranslates its buttons, headers, rows and counts",
          "[retranslate][people]")
{
    PeopleWorld world;
    requireRetranslatesInEveryLanguage(
        [&world] { return std::make_unique<ui::PeoplePage>(world.holder); });
}

TEST_CASE("the people list says again in the new language that nobody matches",
          "[retranslate][people]")
{
    PeopleWorld world;
    requireRetranslatesInEveryLanguage([&world] {
        auto page = std::make_unique<ui::PeoplePage>(world.holder);
        namedNow<QLineEdit>(*page, "amparo::ui::PeoplePage", "Search people")
            ->setText(QStringLiteral("Nobody"));
        page->model().setSearch(QStringLiteral("Nobody"));
        return page;
    });
}

TEST_CASE("the person editor retranslates every tab, its consent history and its title",
          "[retranslate][people]")
{
    PeopleWorld world;
    requireRetranslatesInEveryLanguage(
        [&world] { return std::make_unique<ui::PersonEditor>(world.holder, world.zainabId); });
    requireRetranslatesInEveryLanguage(
        [&world] { return std::make_unique<ui::PersonEditor>(world.holder, world.anonymisedId); });
    // An auditor's read-only editor has no save or anonymise buttons.
    ui::SessionHolder auditor(world.domain.as(QStringLiteral("eli")));
    test::requireRetranslates(QStringLiteral("fr"), [&auditor, &world] {
        return std::make_unique<ui::PersonEditor>(auditor, world.zainabId);
    });
}

TEST_CASE("a new person's editor says again in the new language who may be the same person",
          "[retranslate][people]")
{
    PeopleWorld world;
    requireRetranslatesInEveryLanguage([&world] {
        auto editor = std::make_unique<ui::PersonEditor>(world.holder, std::nullopt);
        typeKnownPerson(*editor);
        return editor;
    });
}

TEST_CASE("after saving, the editor's status and duplicate note follow the language",
          "[retranslate][people]")
{
    PeopleWorld world;
    Translations translations;
    translations.use(QStringLiteral("en"));
    ui::PersonEditor editor(world.holder, std::nullopt);
    typeKnownPerson(editor);
    named<QCheckBox>(editor, QStringLiteral("Role: Witness"))->setChecked(true);
    named<QPushButton>(editor, QStringLiteral("Save the person"))->click();
    REQUIRE(editor.personId() != 0);
    const QString pseudonym =
        PersonService(world.holder.session()).get(editor.personId()).pseudonym;
    QLabel* status = named<QLabel>(editor, QStringLiteral("Save status"));
    QLabel* note = named<QLabel>(editor, QStringLiteral("Possible duplicate"));
    const QString englishStatus = status->text();
    REQUIRE(englishStatus.startsWith(QStringLiteral("Saved as %1 at ").arg(pseudonym)));
    REQUIRE(note->text().startsWith(QStringLiteral("Saved as %1. It may be").arg(pseudonym)));

    translations.use(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    const QString savedAt =
        QCoreApplication::translate("amparo::ui::PersonEditor", "Saved as %1 at %2.");
    CHECK(status->text().startsWith(savedAt.section(QStringLiteral("%2"), 0, 0).arg(pseudonym)));
    const QString mayBe = QCoreApplication::translate(
        "amparo::ui::DuplicateWarning",
        "Saved as %1. It may be the same person as %2: compare the two records.", nullptr, 1);
    CHECK(note->text().startsWith(mayBe.section(QStringLiteral("%2"), 0, 0).arg(pseudonym)));
    CHECK(editor.windowTitle() ==
          QCoreApplication::translate("amparo::ui::PersonEditor", "Person %1").arg(pseudonym));

    translations.use(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(status->text() == englishStatus);
}

TEST_CASE("the consent and anonymise dialogs retranslate themselves", "[retranslate][people]")
{
    PeopleWorld world;
    requireRetranslatesInEveryLanguage([&world] {
        return std::make_unique<ui::RecordConsentDialog>(world.holder, world.zainabId,
                                                         QStringLiteral("P-2026-00001"));
    });
    requireRetranslatesInEveryLanguage([&world] {
        return std::make_unique<ui::AnonymiseDialog>(world.holder, world.zainabId,
                                                     QStringLiteral("P-2026-00001"));
    });
}

TEST_CASE("the organisations page and editor retranslate themselves", "[retranslate][people]")
{
    PeopleWorld world;
    Organisation tunis;
    tunis.name = QStringLiteral("Rehabilitation Centre Tunis");
    tunis.kind = QStringLiteral("provider");
    tunis.country = QStringLiteral("TN");
    tunis.contact = QStringLiteral("Dr. Amel Ben Salem\n+216 71 000 000");
    const qint64 tunisId = OrganisationService(world.holder.session()).create(tunis);

    requireRetranslatesInEveryLanguage(
        [&world] { return std::make_unique<ui::OrganisationsPage>(world.holder); });
    // A kind with no organisation: the page says so, and how to see the others.
    requireRetranslatesInEveryLanguage([&world] {
        auto page = std::make_unique<ui::OrganisationsPage>(world.holder);
        auto* kind = namedNow<QComboBox>(*page, "amparo::ui::OrganisationsPage", "Kind filter");
        kind->setCurrentIndex(kind->findData(QStringLiteral("donor")));
        return page;
    });
    requireRetranslatesInEveryLanguage(
        [&world] { return std::make_unique<ui::OrganisationEditor>(world.holder, std::nullopt); });
    requireRetranslatesInEveryLanguage([&world, tunisId] {
        return std::make_unique<ui::OrganisationEditor>(world.holder, tunisId);
    });
    ui::SessionHolder auditor(world.domain.as(QStringLiteral("eli")));
    test::requireRetranslates(QStringLiteral("ar"), [&auditor, tunisId] {
        return std::make_unique<ui::OrganisationEditor>(auditor, tunisId);
    });
}

TEST_CASE("the preferences retranslate themselves for administrators and for everyone else",
          "[retranslate][people]")
{
    test::DomainFixture domain;
    ui::SessionHolder administrator(domain.as(QStringLiteral("ana")));
    ui::SessionHolder caseworker(domain.as(QStringLiteral("bea")));
    requireRetranslatesInEveryLanguage(
        [&administrator] { return std::make_unique<ui::PreferencesPanel>(administrator); });
    requireRetranslatesInEveryLanguage(
        [&caseworker] { return std::make_unique<ui::PreferencesPanel>(caseworker); });
}

TEST_CASE("the settings page renames its heading and tabs in the new language",
          "[retranslate][people]")
{
    test::DomainFixture domain;
    ui::SessionHolder administrator(domain.as(QStringLiteral("ana")));
    Translations translations;
    translations.use(QStringLiteral("en"));
    ui::SettingsPage page(administrator);
    auto* tabs = named<QTabWidget>(page, QStringLiteral("Settings"));
    const auto tabTexts = [tabs] {
        QStringList texts;
        for (int tab = 0; tab < tabs->count(); ++tab)
            texts << tabs->tabText(tab);
        return texts;
    };
    const auto settings = [](const char* text) {
        return QCoreApplication::translate("amparo::ui::SettingsPage", text);
    };

    translations.use(QStringLiteral("es"));
    QCoreApplication::processEvents();
    CHECK(tabs->accessibleName() == settings("Settings"));
    CHECK(tabs->accessibleName() != QStringLiteral("Settings"));
    CHECK(page.findChild<QLabel*>()->text() == settings("Settings"));
    CHECK(tabTexts() ==
          QStringList{settings("This vault"), settings("Users"), settings("Preferences")});

    translations.use(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(tabTexts() == QStringList{QStringLiteral("This vault"), QStringLiteral("Users"),
                                    QStringLiteral("Preferences")});
}
