#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "assistance/AssistanceService.h"
#include "cases/CaseService.h"
#include "cases/tabs/AssistanceTab.h"
#include "cases/tabs/GrantsTab.h"
#include "common/ErrorLabel.h"
#include "funds/FundService.h"
#include "grants/ApprovalQueue.h"
#include "grants/GrantDecisionDialog.h"
#include "grants/GrantDetail.h"
#include "grants/GrantListModel.h"
#include "grants/GrantRequestDialog.h"
#include "grants/GrantService.h"
#include "grants/GrantsSection.h"
#include "main/SessionHolder.h"
#include "people/PersonService.h"
#include "vault/UserAdministration.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

// bea's case with its victim and a legal assistance line; fund UAF in EUR
// (two approvers above 5,000.00) holding 20,000.00.
struct GrantScene
{
    test::DomainFixture domain;
    std::unique_ptr<Session> bea = domain.as(QStringLiteral("bea"));
    qint64 caseId = 0;
    QString caseReference;
    qint64 victimId = 0;
    QString victimPseudonym;
    qint64 assistanceId = 0;
    qint64 fundId = 0;

    GrantScene()
    {
        const Case c = CaseService(*bea).create(test::sampleCase());
        caseId = c.id;
        caseReference = c.reference;
        const SavedPerson victim = PersonService(*bea).create(test::samplePerson());
        victimId = victim.id;
        victimPseudonym = victim.pseudonym;
        CaseService(*bea).addPerson(caseId, victimId, QStringLiteral("victim"));
        Assistance legal;
        legal.caseId = caseId;
        legal.personId = victimId;
        legal.type = QStringLiteral("legal");
        legal.description = QStringLiteral("Appeal against the detention order");
        assistanceId = AssistanceService(*bea).create(legal).id;
        Fund fund;
        fund.code = QStringLiteral("UAF");
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.annualBudgetMinor = 100'000'00;
        fund.approvalThresholdMinor = 5'000'00;
        fundId = FundService(*domain.as(QStringLiteral("ana"))).create(fund).id;
        Contribution money;
        money.fundId = fundId;
        money.amountMinor = 20'000'00;
        money.currency = QStringLiteral("EUR");
        FundService(*domain.as(QStringLiteral("fatima"))).recordContribution(money);
    }

    std::function<Session&()> asBea()
    {
        return [this]() -> Session& {
            return *bea;
        };
    }

    // Asked by bea through the core.
    Grant request(qint64 minor, const QString& purpose = QStringLiteral("Lawyer fees"))
    {
        GrantRequest r;
        r.caseId = caseId;
        r.fundId = fundId;
        r.currency = QStringLiteral("EUR");
        r.purpose = purpose;
        r.lines = {{purpose, minor}};
        return GrantService(*bea).request(r);
    }

    Grant grant(qint64 id) { return GrantService(*domain.as(QStringLiteral("ana"))).get(id); }
};

void fillRequest(ui::GrantRequestDialog& dialog, const QString& amount)
{
    named<QLineEdit>(dialog, QStringLiteral("Purpose"))->setText(QStringLiteral("Lawyer fees"));
    named<QLineEdit>(dialog, QStringLiteral("Description of budget line 1"))
        ->setText(QStringLiteral("Lawyer's fee for the appeal"));
    QLineEdit* first = named<QLineEdit>(dialog, QStringLiteral("Amount of budget line 1"));
    first->clear();
    QTest::keyClicks(first, amount);
}

} // namespace

TEST_CASE("a caseworker requests a grant for an assistance line from the case")
{
    GrantScene scene;
    ui::AssistanceTab assistance(scene.asBea(), scene.caseId);
    ui::GrantsTab grants(scene.asBea(), scene.caseId);
    QObject::connect(&assistance, &ui::CaseTab::recordsChanged, &grants, &ui::GrantsTab::reload);
    assistance.show();
    assistance.reload();
    grants.reload();
    assistance.selectLine(scene.assistanceId);
    named<QPushButton>(assistance, QStringLiteral("Request a grant for the selected assistance"))
        ->click();
    auto* dialog = qobject_cast<ui::GrantRequestDialog*>(assistance.grantRequest());
    REQUIRE(dialog);
    // The line and its beneficiary are chosen; the currency is the fund's.
    CHECK(
        named<QComboBox>(*dialog, QStringLiteral("Assistance line"))->currentData().toLongLong() ==
        scene.assistanceId);
    CHECK(named<QComboBox>(*dialog, QStringLiteral("Beneficiary"))->currentText() ==
          scene.victimPseudonym);
    CHECK(named<QLabel>(*dialog, QStringLiteral("Currency of the request"))
              ->text()
              .startsWith(QStringLiteral("EUR")));

    // A mistyped amount is refused in place by the core's parser.
    fillRequest(*dialog, QStringLiteral("1500.505"));
    auto* amountError =
        named<ui::ErrorLabel>(*dialog, QStringLiteral("Problem with the budget lines"));
    CHECK(amountError->text().contains(QStringLiteral("budget line 1")));

    fillRequest(*dialog, QStringLiteral("1200"));
    CHECK(amountError->text().isEmpty());
    named<QPushButton>(*dialog, QStringLiteral("Add a budget line"))->click();
    REQUIRE(dialog->lineCount() == 2);
    named<QLineEdit>(*dialog, QStringLiteral("Description of budget line 2"))
        ->setText(QStringLiteral("Court fees"));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Amount of budget line 2")),
                     QStringLiteral("300"));
    CHECK(named<QLabel>(*dialog, QStringLiteral("Total requested"))
              ->text()
              .contains(QStringLiteral("1,500.00 EUR")));
    named<QPushButton>(*dialog, QStringLiteral("Submit the request"))->click();
    QTRY_VERIFY(!assistance.grantRequest());

    const std::vector<Grant> saved = GrantService(*scene.bea).list();
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().status == QStringLiteral("submitted"));
    CHECK(saved.front().requestedMinor == 1'500'00);
    CHECK(saved.front().assistanceId == scene.assistanceId);
    CHECK(saved.front().beneficiaryPersonId == scene.victimId);
    CHECK(saved.front().lines.size() == 2);
    REQUIRE(grants.model().rowCount() == 1);
    CHECK(grants.model().index(0, ui::GrantListModel::StatusColumn).data().toString() ==
          QStringLiteral("Submitted"));
}

TEST_CASE("a caseworker saves a draft from the Grants tab and submits it later")
{
    GrantScene scene;
    ui::GrantsTab tab(scene.asBea(), scene.caseId);
    tab.show();
    tab.reload();
    named<QPushButton>(tab, QStringLiteral("Request a grant"))->click();
    REQUIRE(tab.requestDialog());
    fillRequest(*tab.requestDialog(), QStringLiteral("800"));
    named<QPushButton>(*tab.requestDialog(), QStringLiteral("Save the request as a draft"))
        ->click();
    QTRY_VERIFY(!tab.requestDialog());
    REQUIRE(tab.model().rowCount() == 1);
    const qint64 id = tab.model().grantAt(0)->id;
    CHECK(scene.grant(id).status == QStringLiteral("draft"));

    tab.selectGrant(id);
    REQUIRE(tab.detail().grantId() == id);
    named<QPushButton>(tab.detail(), QStringLiteral("Submit the request"))->click();
    CHECK(scene.grant(id).status == QStringLiteral("submitted"));
    CHECK_FALSE(named<QPushButton>(tab.detail(), QStringLiteral("Edit the request"))->isVisible());
}

TEST_CASE("a fund manager approves a lower amount from the queue, with the request's context")
{
    GrantScene scene;
    const Grant asked = scene.request(1'500'00);
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("dara")));
    ui::GrantsSection section(holder);
    section.show();
    ui::ApprovalQueue* queue = section.queue();
    REQUIRE(queue);
    REQUIRE(queue->model().rowCount() == 1);
    REQUIRE(queue->detail().grantId() == asked.id);
    CHECK(named<QLabel>(*queue, QStringLiteral("Case of the request"))
              ->text()
              .startsWith(scene.caseReference));
    CHECK(named<QLabel>(*queue, QStringLiteral("Amount asked against the fund's available amount"))
              ->text() ==
          QStringLiteral("1,500.00 EUR asked; the fund has 20,000.00 EUR available"));

    QPushButton* approve = named<QPushButton>(queue->detail(), QStringLiteral("Approve the grant"));
    REQUIRE(approve->isEnabled());
    approve->click();
    auto* dialog = qobject_cast<ui::GrantDecisionDialog*>(queue->detail().openDialog());
    REQUIRE(dialog);
    QLineEdit* amount = named<QLineEdit>(*dialog, QStringLiteral("Amount approved"));
    CHECK(amount->text() == QStringLiteral("1500.00"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1200"));
    named<QPlainTextEdit>(*dialog, QStringLiteral("Comment"))
        ->setPlainText(QStringLiteral("Capped at the scale"));
    named<QPushButton>(*dialog, QStringLiteral("Approve the grant"))->click();
    QTRY_VERIFY(!queue->detail().openDialog());

    const Grant approved = scene.grant(asked.id);
    CHECK(approved.status == QStringLiteral("approved"));
    CHECK(approved.approvedMinor == 1'200'00);
    CHECK(queue->model().rowCount() == 0);
}

TEST_CASE("Approve is disabled with the core's reason for the manager who approved first")
{
    GrantScene scene;
    const Grant big = scene.request(6'000'00, QStringLiteral("Relocation of the family"));
    GrantService(*scene.domain.as(QStringLiteral("dara"))).approve(big.id, std::nullopt, {});
    auto dara = scene.domain.as(QStringLiteral("dara"));
    const std::optional<QString> reason = GrantService(*dara).approvalRefusal(big.id);
    REQUIRE(reason);

    ui::SessionHolder holder(std::move(dara));
    ui::GrantsSection section(holder);
    section.show();
    REQUIRE(section.queue()->detail().grantId() == big.id);
    ui::GrantDetail& detail = section.queue()->detail();
    CHECK_FALSE(named<QPushButton>(detail, QStringLiteral("Approve the grant"))->isEnabled());
    QLabel* why = named<QLabel>(detail, QStringLiteral("Why you may not approve"));
    CHECK(why->isVisible());
    CHECK(why->text() == *reason);
    CHECK(why->text().contains(QStringLiteral("give both approvals of a grant")));
    CHECK(named<QLabel>(detail, QStringLiteral("Approvals so far"))
              ->text()
              .contains(QStringLiteral("Approved first by dara")));

    ui::SessionHolder other(scene.domain.as(QStringLiteral("diego")));
    ui::GrantsSection second(other);
    second.show();
    ui::GrantDetail& diegoView = second.queue()->detail();
    CHECK(named<QPushButton>(diegoView, QStringLiteral("Approve the grant"))->isEnabled());
    CHECK_FALSE(named<QLabel>(diegoView, QStringLiteral("Why you may not approve"))->isVisible());
}

TEST_CASE("a fund manager who also requests grants cannot approve their own request, and is told "
          "why")
{
    GrantScene scene;
    {
        auto admin = scene.domain.vault.openAdmin();
        UserAdministration(*admin).addUser(
            QStringLiteral("gabriel"), QStringLiteral("Gabriel Ortiz"),
            {auth::Role::Caseworker, auth::Role::FundManager},
            test::secret(QStringLiteral("gabriel passphrase")), test::fastKdf());
    }
    auto gabriel =
        scene.domain.vault.open(QStringLiteral("gabriel"), QStringLiteral("gabriel passphrase"));
    GrantRequest own;
    own.caseId = scene.caseId;
    own.fundId = scene.fundId;
    own.currency = QStringLiteral("EUR");
    own.purpose = QStringLiteral("Medical examination");
    own.lines = {{own.purpose, 800'00}};
    const qint64 grantId = GrantService(*gabriel).request(own).id;
    const std::optional<QString> reason = GrantService(*gabriel).approvalRefusal(grantId);
    REQUIRE(reason);

    ui::SessionHolder holder(std::move(gabriel));
    ui::GrantsSection section(holder);
    section.show();
    REQUIRE(section.queue()->detail().grantId() == grantId);
    ui::GrantDetail& detail = section.queue()->detail();
    CHECK_FALSE(named<QPushButton>(detail, QStringLiteral("Approve the grant"))->isEnabled());
    QLabel* why = named<QLabel>(detail, QStringLiteral("Why you may not approve"));
    CHECK(why->isVisible());
    CHECK(why->text() == *reason);
    CHECK(why->text().contains(QStringLiteral("request")));
    // Another fund manager may.
    ui::SessionHolder dara(scene.domain.as(QStringLiteral("dara")));
    ui::GrantsSection other(dara);
    other.show();
    CHECK(named<QPushButton>(other.queue()->detail(), QStringLiteral("Approve the grant"))
              ->isEnabled());
}

TEST_CASE("rejecting or returning a request needs a comment, and the core's message says so")
{
    GrantScene scene;
    const Grant first = scene.request(700'00, QStringLiteral("Medical transfer"));
    const Grant second = scene.request(900'00, QStringLiteral("Trial observation"));
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("dara")));
    ui::GrantsSection section(holder);
    section.show();
    ui::ApprovalQueue& queue = *section.queue();
    REQUIRE(queue.model().rowCount() == 2);

    queue.selectGrant(first.id);
    named<QPushButton>(queue.detail(), QStringLiteral("Reject the grant"))->click();
    auto* reject = qobject_cast<ui::GrantDecisionDialog*>(queue.detail().openDialog());
    REQUIRE(reject);
    named<QPushButton>(*reject, QStringLiteral("Reject the grant"))->click();
    CHECK(named<ui::ErrorLabel>(*reject, QStringLiteral("Problem with the decision"))
              ->text()
              .contains(QStringLiteral("reason for the rejection")));
    CHECK(scene.grant(first.id).status == QStringLiteral("submitted"));
    named<QPlainTextEdit>(*reject, QStringLiteral("Comment"))
        ->setPlainText(QStringLiteral("Covered by another donor."));
    named<QPushButton>(*reject, QStringLiteral("Reject the grant"))->click();
    QTRY_VERIFY(!queue.detail().openDialog());
    CHECK(scene.grant(first.id).status == QStringLiteral("rejected"));

    queue.selectGrant(second.id);
    REQUIRE(queue.detail().grantId() == second.id);
    named<QPushButton>(queue.detail(), QStringLiteral("Return the request for changes"))->click();
    auto* giveBack = qobject_cast<ui::GrantDecisionDialog*>(queue.detail().openDialog());
    REQUIRE(giveBack);
    named<QPushButton>(*giveBack, QStringLiteral("Return the request for changes"))->click();
    CHECK(named<ui::ErrorLabel>(*giveBack, QStringLiteral("Problem with the decision"))
              ->text()
              .contains(QStringLiteral("What needs to change")));
    named<QPlainTextEdit>(*giveBack, QStringLiteral("Comment"))
        ->setPlainText(QStringLiteral("Attach the lawyer's quote."));
    named<QPushButton>(*giveBack, QStringLiteral("Return the request for changes"))->click();
    QTRY_VERIFY(!queue.detail().openDialog());
    CHECK(scene.grant(second.id).status == QStringLiteral("returned"));
    CHECK(queue.model().rowCount() == 0);

    // The list shows the returned request with its history.
    section.showStatuses({QStringLiteral("returned")});
    REQUIRE(section.model().rowCount() == 1);
    section.showGrant(second.id);
    REQUIRE(section.detail().grantId() == second.id);
    const QAbstractItemModel* history =
        named<QTableView>(section.detail(), QStringLiteral("History of the grant"))->model();
    REQUIRE(history->rowCount() == 3);
    CHECK(history->index(2, 4).data().toString() == QStringLiteral("Attach the lawyer's quote."));
}

TEST_CASE("the grant screens retranslate at run time")
{
    GrantScene scene;
    const Grant asked = scene.request(1'500'00);
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("dara")));
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        auto section = std::make_unique<ui::GrantsSection>(holder);
        section->showGrant(asked.id);
        return section;
    });
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        auto tab = std::make_unique<ui::GrantsTab>(scene.asBea(), scene.caseId);
        tab->reload();
        tab->selectGrant(asked.id);
        return tab;
    });
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        auto dialog = std::make_unique<ui::GrantRequestDialog>(scene.asBea(), scene.caseId);
        dialog->setAssistance(scene.assistanceId);
        dialog->addLine(QStringLiteral("Court fees"), QStringLiteral("300"));
        return dialog;
    });
    const Grant g = GrantService(*scene.bea).get(asked.id);
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        return std::make_unique<ui::GrantDecisionDialog>(
            [&]() -> Session& { return holder.session(); }, g,
            ui::GrantDecisionDialog::Decision::Approve);
    });
}
