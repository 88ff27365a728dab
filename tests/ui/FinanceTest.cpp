#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/ReasonDialog.h"
#include "funds/AmountFields.h"
#include "funds/ContributionDialog.h"
#include "funds/ContributionTableModel.h"
#include "funds/FundPositionModel.h"
#include "funds/FundService.h"
#include "funds/FundsLedgerSection.h"
#include "funds/FundsPage.h"
#include "funds/JournalPage.h"
#include "funds/JournalTableModel.h"
#include "grants/DisbursementService.h"
#include "grants/DisbursementTableModel.h"
#include "grants/DisbursementsPanel.h"
#include "grants/GrantService.h"
#include "grants/PaymentDialog.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/JournalRegister.h"
#include "ledger/Ledger.h"
#include "main/SessionHolder.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <chrono>

using namespace amparo;
using amparo::test::named;
using namespace std::chrono_literals;

namespace {

// A case of bea's and fund UAF in EUR holding 20,000.00 from a donor; the
// fixture's clock says 2026-03-14.
struct FinanceWorld
{
    test::DomainFixture domain;
    qint64 caseId = 0;
    qint64 fundId = 0;

    FinanceWorld()
    {
        caseId = CaseService(*as("bea")).create(test::sampleCase()).id;
        Fund fund;
        fund.code = QStringLiteral("UAF");
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.annualBudgetMinor = 100'000'00;
        fund.approvalThresholdMinor = 5'000'00;
        fundId = FundService(*as("ana")).create(fund).id;
        contribute(fundId, 20'000'00, QStringLiteral("EUR"));
    }

    std::unique_ptr<Session> as(const char* login) { return domain.as(QString::fromLatin1(login)); }

    void contribute(qint64 fund, qint64 minor, const QString& currency)
    {
        Contribution c;
        c.fundId = fund;
        c.amountMinor = minor;
        c.currency = currency;
        FundService(*as("fatima")).recordContribution(c);
    }

    // Requested by bea, approved by dara.
    Grant approvedGrant(qint64 minor)
    {
        GrantRequest r;
        r.caseId = caseId;
        r.fundId = fundId;
        r.currency = QStringLiteral("EUR");
        r.purpose = QStringLiteral("Lawyer fees for the appeal");
        r.lines = {{r.purpose, minor}};
        const qint64 id = GrantService(*as("bea")).request(r).id;
        GrantService(*as("dara")).approve(id, std::nullopt, QString());
        return GrantService(*as("ana")).get(id);
    }

    qint64 payPlain(qint64 grantId, qint64 minor)
    {
        PaymentInput p;
        p.grantId = grantId;
        p.amountMinor = minor;
        p.currency = QStringLiteral("EUR");
        return DisbursementService(*as("fatima")).pay(p).id;
    }
};

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

template <typename Dialog> Dialog* openDialog(QWidget& parent)
{
    Dialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = parent.findChild<Dialog*>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

// The button that does what the dialog is for.
QPushButton* acceptButton(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(button);
    }
    FAIL("no accept button");
    return nullptr;
}

QString errorShown(QDialog& dialog)
{
    auto* error = dialog.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    return error->isVisibleTo(&dialog) ? error->text() : QString();
}

} // namespace

TEST_CASE("finance pays an approved grant in a foreign currency and attaches a receipt")
{
    FinanceWorld world;
    const Grant grant = world.approvedGrant(1'000'00);
    ui::SessionHolder holder(world.as("fatima"));
    ui::DisbursementsPanel panel(holder);
    panel.show();
    panel.showGrant(grant.id);
    QSignalSpy changed(&panel, &ui::DisbursementsPanel::grantChanged);
    CHECK_FALSE(named<QPushButton>(panel, QStringLiteral("Record a refund"))->isEnabled());

    QTest::mouseClick(named<QPushButton>(panel, QStringLiteral("Record a payment")),
                      Qt::LeftButton);
    auto* dialog = openDialog<ui::PaymentDialog>(panel);
    auto* rate = named<QLineEdit>(*dialog, QStringLiteral("Exchange rate"));
    auto* currency = named<QLineEdit>(*dialog, QStringLiteral("Currency"));
    CHECK(currency->text() == QStringLiteral("EUR")); // the fund's by default
    CHECK_FALSE(rate->isVisibleTo(dialog));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Amount")), QStringLiteral("8000"));
    currency->selectAll();
    QTest::keyClicks(currency, QStringLiteral("MXN"));
    REQUIRE(rate->isVisibleTo(dialog));
    CHECK(named<QLabel>(*dialog, QStringLiteral("What the exchange rate means"))
              ->text()
              .contains(QStringLiteral("How many MXN one EUR buys")));

    // Without a rate the core refuses and nothing is recorded.
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    CHECK_FALSE(errorShown(*dialog).isEmpty());
    CHECK(dialog->isVisible());
    CHECK(panel.model().rowCount() == 0);

    QTest::keyClicks(rate, QStringLiteral("20"));
    CHECK(named<QLabel>(*dialog, QStringLiteral("Value in the fund's currency"))
              ->text()
              .contains(displayAmount(400'00, QStringLiteral("EUR"))));
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return panel.model().rowCount() == 1; }));
    const ui::DisbursementTableModel& model = panel.model();
    using Column = ui::DisbursementTableModel::Column;
    CHECK(cell(model, 0, Column::KindColumn) == QStringLiteral("Payment"));
    CHECK(cell(model, 0, Column::AmountColumn) == displayAmount(8'000'00, QStringLiteral("MXN")));
    CHECK(cell(model, 0, Column::RateColumn) == QStringLiteral("EUR 1 = MXN 20"));
    CHECK(cell(model, 0, Column::FundValueColumn) == displayAmount(400'00, QStringLiteral("EUR")));
    CHECK(cell(model, 0, Column::ReceiptsColumn) == QStringLiteral("0"));
    CHECK(changed.count() == 1);
    const Grant paid = GrantService(*world.as("ana")).get(grant.id);
    CHECK(paid.status == QStringLiteral("disbursing"));
    CHECK(paid.paidMinor == 400'00);

    // The payment is selected: its receipt is attached and listed.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("receipt-lawyer.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Received 8000 MXN for the appeal.\n");
    file.close();
    auto* attach = named<QPushButton>(panel, QStringLiteral("Attach a receipt"));
    named<QTableView>(panel, QStringLiteral("Payments and refunds"))->selectRow(0);
    CHECK(attach->isEnabled());
    REQUIRE(panel.attachReceipt(path));
    CHECK(cell(model, 0, Column::ReceiptsColumn) == QStringLiteral("1"));
    auto* receipts = named<QListWidget>(panel, QStringLiteral("Receipts of the selected payment"));
    REQUIRE(receipts->count() == 1);
    CHECK(receipts->item(0)->text() == QStringLiteral("receipt-lawyer.txt"));
    CHECK(DisbursementService(*world.as("fatima")).list(grant.id).at(0).receiptCount == 1);
    CHECK(changed.count() == 2);

    // Locking forgets it all.
    holder.lock();
    CHECK(panel.model().rowCount() == 0);
    CHECK(receipts->count() == 0);
}

TEST_CASE("a locked period refuses a back-dated payment with the core's message")
{
    FinanceWorld world;
    const Grant grant = world.approvedGrant(1'000'00);
    world.domain.vault.clock.advance(24h * 10); // 2026-03-24
    ui::SessionHolder holder(world.as("fatima"));

    // Finance locks the books through 20 March on the Funds page.
    ui::FundsPage funds(holder);
    funds.show();
    auto* lockState = named<QLabel>(funds, QStringLiteral("Locked period"));
    CHECK(lockState->text() == QStringLiteral("No period is locked."));
    QTest::mouseClick(named<QPushButton>(funds, QStringLiteral("Lock the period")), Qt::LeftButton);
    auto* lock = openDialog<ui::ReasonDialog>(funds);
    named<QDateEdit>(*lock, QStringLiteral("Last day of the locked period"))
        ->setDate(QDate(2026, 3, 20));
    named<QPlainTextEdit>(*lock, QStringLiteral("Reason for the lock"))
        ->setPlainText(QStringLiteral("February and March reconciled with the bank"));
    QTest::mouseClick(acceptButton(*lock), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !lock->isVisible(); }));
    CHECK(Ledger(*world.as("eli")).lockedThrough() == QDate(2026, 3, 20));
    CHECK(lockState->text().startsWith(QStringLiteral("Locked through")));

    ui::DisbursementsPanel panel(holder);
    panel.show();
    panel.showGrant(grant.id);
    const qint64 before = Ledger(*world.as("eli")).transactionCount();
    QTest::mouseClick(named<QPushButton>(panel, QStringLiteral("Record a payment")),
                      Qt::LeftButton);
    auto* dialog = openDialog<ui::PaymentDialog>(panel);
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Amount")), QStringLiteral("250"));
    named<QDateEdit>(*dialog, QStringLiteral("Date paid"))->setDate(QDate(2026, 3, 18));
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    const QString message = errorShown(*dialog);
    CHECK(message.contains(QStringLiteral("locked up to 2026-03-20")));
    CHECK(message.contains(QStringLiteral("Post it with a date after the lock")));
    CHECK(dialog->isVisible());
    CHECK(panel.model().rowCount() == 0);
    CHECK(DisbursementService(*world.as("fatima")).list(grant.id).empty());
    CHECK(Ledger(*world.as("eli")).transactionCount() == before);
}

TEST_CASE("finance reverses a payment with a reason")
{
    FinanceWorld world;
    const Grant grant = world.approvedGrant(1'000'00);
    world.payPlain(grant.id, 300'00);
    ui::SessionHolder holder(world.as("fatima"));
    ui::DisbursementsPanel panel(holder);
    panel.show();
    panel.showGrant(grant.id);
    auto* reverse = named<QPushButton>(panel, QStringLiteral("Reverse the payment"));
    CHECK_FALSE(reverse->isEnabled());
    named<QTableView>(panel, QStringLiteral("Payments and refunds"))->selectRow(0);
    REQUIRE(reverse->isEnabled());
    QTest::mouseClick(reverse, Qt::LeftButton);
    auto* dialog = openDialog<ui::ReasonDialog>(panel);

    // The reason is required: the core says so and nothing is posted.
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    CHECK_FALSE(errorShown(*dialog).isEmpty());
    CHECK(dialog->isVisible());
    CHECK(cell(panel.model(), 0, ui::DisbursementTableModel::StateColumn) ==
          QStringLiteral("Posted"));

    named<QPlainTextEdit>(*dialog, QStringLiteral("Reason for the reversal"))
        ->setPlainText(QStringLiteral("Paid to the wrong account"));
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] {
        return cell(panel.model(), 0, ui::DisbursementTableModel::StateColumn) ==
               QStringLiteral("Reversed");
    }));
    const Disbursement reversed = DisbursementService(*world.as("fatima")).list(grant.id).at(0);
    CHECK(reversed.reversed);
    const PostedTransaction original = Ledger(*world.as("eli")).transaction(reversed.transactionId);
    REQUIRE(original.reversedById);
    CHECK(Ledger(*world.as("eli"))
              .transaction(*original.reversedById)
              .description.contains(QStringLiteral("Paid to the wrong account")));
    CHECK_FALSE(reverse->isEnabled());
}

TEST_CASE("the payments panel is read-only for a fund manager")
{
    FinanceWorld world;
    const Grant grant = world.approvedGrant(1'000'00);
    world.payPlain(grant.id, 300'00);
    ui::SessionHolder holder(world.as("diego"));
    ui::DisbursementsPanel panel(holder);
    panel.show();
    panel.showGrant(grant.id);
    CHECK(panel.model().rowCount() == 1);
    for (const char* action : {"Record a payment", "Record a refund", "Attach a receipt",
                               "Reverse the payment", "No more payments", "Mark justified"})
        CHECK_FALSE(named<QPushButton>(panel, QString::fromLatin1(action))->isVisibleTo(&panel));
}

TEST_CASE("the funds page shows the core's positions and budget use at the chosen date")
{
    FinanceWorld world;
    const Grant grant = world.approvedGrant(2'000'00);
    world.domain.vault.clock.advance(24h * 2); // 2026-03-16
    world.payPlain(grant.id, 1'500'00);
    ui::SessionHolder holder(world.as("dara"));
    ui::FundsPage page(holder);
    page.show();
    const ui::FundPositionModel& model = page.positions();
    const int row = model.rowOf(world.fundId);
    REQUIRE(row >= 0);
    using Column = ui::FundPositionModel::Column;
    const auto check = [&](const FundPosition& p) {
        CHECK(cell(model, row, Column::ReceivedColumn) ==
              displayAmount(p.receivedMinor, p.currency));
        CHECK(cell(model, row, Column::CommittedColumn) ==
              displayAmount(p.committedMinor, p.currency));
        CHECK(cell(model, row, Column::DisbursedColumn) ==
              displayAmount(p.disbursedMinor, p.currency));
        CHECK(cell(model, row, Column::AvailableColumn) ==
              displayAmount(p.availableMinor, p.currency));
    };
    const FundPosition today = FundService(*world.as("dara")).position(world.fundId);
    CHECK(today.disbursedMinor == 1'500'00);
    check(today);
    CHECK(cell(model, row, Column::BudgetColumn) ==
          displayAmount(100'000'00, QStringLiteral("EUR")));
    CHECK(cell(model, row, Column::BudgetUseColumn) ==
          QStringLiteral("%1 of %2 (1.5%)")
              .arg(displayAmount(1'500'00, QStringLiteral("EUR")),
                   displayAmount(100'000'00, QStringLiteral("EUR"))));
    CHECK(page.contributions().rowCount() == 1);

    // On the 15th, nothing was paid yet.
    named<QDateEdit>(page, QStringLiteral("Date of the positions"))->setDate(QDate(2026, 3, 15));
    const FundPosition earlier =
        FundService(*world.as("dara")).position(world.fundId, QDate(2026, 3, 15));
    CHECK(earlier.disbursedMinor == 0);
    check(earlier);
    // A fund manager reads but records nothing.
    CHECK_FALSE(
        named<QPushButton>(page, QStringLiteral("Record a contribution"))->isVisibleTo(&page));
}

TEST_CASE("finance records a contribution in another currency from the funds page")
{
    FinanceWorld world;
    ui::SessionHolder holder(world.as("fatima"));
    ui::FundsPage page(holder);
    page.show();
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Record a contribution")),
                      Qt::LeftButton);
    auto* dialog = openDialog<ui::ContributionDialog>(page);
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Amount")), QStringLiteral("1080"));
    auto* currency = named<QLineEdit>(*dialog, QStringLiteral("Currency"));
    currency->selectAll();
    QTest::keyClicks(currency, QStringLiteral("USD"));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Exchange rate")),
                     QStringLiteral("1.08"));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Reference")),
                     QStringLiteral("WIRE-7781"));
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.contributions().rowCount() == 2; }));
    const std::vector<Contribution> all =
        FundService(*world.as("fatima")).contributions(world.fundId);
    REQUIRE(all.size() == 2);
    CHECK(all.back().fundAmountMinor == 1'000'00);
    CHECK(all.back().reference == QStringLiteral("WIRE-7781"));
    CHECK(FundService(*world.as("fatima")).position(world.fundId).receivedMinor == 21'000'00);
}

TEST_CASE("the journal filtered by fund shows that fund's lines and running balances")
{
    FinanceWorld world;
    Fund legal;
    legal.code = QStringLiteral("LEGAL");
    legal.name = QStringLiteral("Legal Aid Fund");
    legal.currency = QStringLiteral("USD");
    legal.annualBudgetMinor = 50'000'00;
    const qint64 legalId = FundService(*world.as("ana")).create(legal).id;
    world.contribute(legalId, 5'000'00, QStringLiteral("USD"));
    const Grant grant = world.approvedGrant(1'000'00);
    world.payPlain(grant.id, 400'00);

    ui::SessionHolder holder(world.as("eli"));
    ui::JournalPage page(holder);
    page.show();
    const ui::JournalTableModel& model = page.model();
    const int everything = model.rowCount();
    auto* fund = named<QComboBox>(page, QStringLiteral("Fund"));
    fund->setCurrentIndex(fund->findData(world.fundId));
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Show the register")),
                      Qt::LeftButton);
    RegisterFilter filter;
    filter.fundId = world.fundId;
    const auto expected = JournalRegister(*world.as("eli")).lines(filter);
    REQUIRE(model.rowCount() == static_cast<int>(expected.size()));
    CHECK(model.rowCount() < everything);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.lineAt(row)->account.endsWith(QStringLiteral(":UAF")));
        CHECK(cell(model, row, ui::JournalTableModel::BalanceColumn) ==
              displayAmount(expected[static_cast<std::size_t>(row)].runningBalanceMinor,
                            expected[static_cast<std::size_t>(row)].commodity));
    }

    // The bank account alone: 20,000.00 in, then 400.00 out.
    auto* account = named<QComboBox>(page, QStringLiteral("Account"));
    account->setCurrentIndex(account->findData(accounts::bank(QStringLiteral("UAF"))));
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Show the register")),
                      Qt::LeftButton);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, ui::JournalTableModel::BalanceColumn) ==
          displayAmount(20'000'00, QStringLiteral("EUR")));
    CHECK(cell(model, 1, ui::JournalTableModel::BalanceColumn) ==
          displayAmount(19'600'00, QStringLiteral("EUR")));
    CHECK(Ledger(*world.as("eli"))
              .balance(accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR")) == 19'600'00);

    // A grant reference narrows further; an unknown one says so.
    auto* grantFilter = named<QLineEdit>(page, QStringLiteral("Grant reference"));
    QTest::keyClicks(grantFilter, grant.reference);
    QTest::keyClick(grantFilter, Qt::Key_Return);
    CHECK(model.rowCount() == 1);
    grantFilter->setText(QStringLiteral("GR-1999-00001"));
    QTest::keyClick(grantFilter, Qt::Key_Return);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(page.findChild<ui::ErrorLabel*>()->text().isEmpty());
}

TEST_CASE("the journal exports write files only their owner can read, after a warning")
{
    FinanceWorld world;
    ui::SessionHolder holder(world.as("fatima"));
    ui::JournalPage page(holder);
    page.show();
    QTemporaryDir folder;
    const auto confirm = [](QMessageBox* box) {
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("will not be encrypted")));
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Write the file"))
                return QTest::mouseClick(button, Qt::LeftButton);
        }
        FAIL("no button to write the file");
    };
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser;

    const QString csv = folder.filePath(QStringLiteral("register.csv"));
    confirm(page.askToExport(ui::JournalPage::Export::Csv, csv));
    REQUIRE(QFile::exists(csv));
    CHECK(QFile(csv).permissions() == ownerOnly);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().contains("assets:bank:UAF"));
    CHECK(world.as("ana")
              ->audit()
              .entriesFor(QStringLiteral("ledger"), QStringLiteral("register"))
              .size() == 1);

    const QString journal = folder.filePath(QStringLiteral("amparo.journal"));
    confirm(page.askToExport(ui::JournalPage::Export::Hledger, journal));
    REQUIRE(QFile::exists(journal));
    CHECK(QFile(journal).permissions() == ownerOnly);
    CHECK(world.as("ana")
              ->audit()
              .entriesFor(QStringLiteral("ledger"), QStringLiteral("journal"))
              .size() == 1);

    // Cancelling writes nothing.
    const QString cancelled = folder.filePath(QStringLiteral("cancelled.csv"));
    QMessageBox* box = page.askToExport(ui::JournalPage::Export::Csv, cancelled);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("the finance screens switch language at run time")
{
    // Switching languages sets the default locale; the tests after this one
    // expect the one they started with.
    struct LocaleGuard
    {
        QLocale before;
        ~LocaleGuard() { QLocale::setDefault(before); }
    } guard;
    FinanceWorld world;
    const Grant grant = world.approvedGrant(1'000'00);
    world.payPlain(grant.id, 300'00);
    ui::SessionHolder holder(world.as("fatima"));
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        auto panel = std::make_unique<ui::DisbursementsPanel>(holder);
        panel->showGrant(grant.id);
        return panel;
    });
    test::requireRetranslates(QStringLiteral("fr"),
                              [&] { return std::make_unique<ui::FundsLedgerSection>(holder); });
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        auto dialog =
            std::make_unique<ui::PaymentDialog>(holder, grant, ui::PaymentDialog::Kind::Payment);
        dialog->amount().currencyEdit()->setText(QStringLiteral("MXN"));
        return dialog;
    });
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        ui::DisbursementsPanel panel(holder);
        panel.showGrant(grant.id);
        // Built in the language being checked: the controls by their names in it.
        const auto inLanguage = [](const char* name) {
            return QCoreApplication::translate("amparo::ui::DisbursementsPanel", name);
        };
        named<QTableView>(panel, inLanguage("Payments and refunds"))->selectRow(0);
        QTest::mouseClick(named<QPushButton>(panel, inLanguage("Reverse the payment")),
                          Qt::LeftButton);
        auto* dialog = panel.findChild<ui::ReasonDialog*>();
        REQUIRE(dialog);
        dialog->setParent(nullptr);
        return std::unique_ptr<QWidget>(dialog);
    });
    test::requireRetranslates(QStringLiteral("fr"), [&] {
        return std::make_unique<ui::ContributionDialog>(holder,
                                                        FundService(holder.session()).list(),
                                                        std::vector<Organisation>(), world.fundId);
    });
}

TEST_CASE("finance reverses a contribution from the journal, and locking forgets the ledger")
{
    FinanceWorld world;
    world.contribute(world.fundId, 700'00, QStringLiteral("EUR"));
    ui::SessionHolder holder(world.as("fatima"));
    ui::FundsLedgerSection section(holder);
    section.show();
    section.tabs().setCurrentWidget(&section.journal());
    ui::JournalPage& page = section.journal();
    const ui::JournalTableModel& model = page.model();
    auto* reverse = named<QPushButton>(page, QStringLiteral("Reverse the transaction"));
    CHECK_FALSE(reverse->isEnabled());
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.lineAt(r)->amountMinor == 700'00)
            row = r;
    }
    REQUIRE(row >= 0);
    const qint64 transactionId = model.lineAt(row)->transactionId;
    named<QTableView>(page, QStringLiteral("Journal register"))->selectRow(row);
    REQUIRE(reverse->isEnabled());
    QTest::mouseClick(reverse, Qt::LeftButton);
    auto* dialog = openDialog<ui::ReasonDialog>(page);
    named<QPlainTextEdit>(*dialog, QStringLiteral("Reason for the reversal"))
        ->setPlainText(QStringLiteral("Recorded twice"));
    QTest::mouseClick(acceptButton(*dialog), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] {
        const int at = model.rowOf(transactionId);
        return at >= 0 && model.lineAt(at)->reversedById.has_value();
    }));
    CHECK(cell(model, model.rowOf(transactionId), ui::JournalTableModel::CorrectionColumn)
              .startsWith(QStringLiteral("Reversed by")));
    // The funds tab follows: the reversed contribution no longer counts.
    const int fundRow = section.funds().positions().rowOf(world.fundId);
    CHECK(cell(section.funds().positions(), fundRow, ui::FundPositionModel::ReceivedColumn) ==
          displayAmount(20'000'00, QStringLiteral("EUR")));

    CHECK(ui::decryptedItemsHeld() > 0);
    holder.lock();
    CHECK(model.rowCount() == 0);
    CHECK(section.funds().positions().rowCount() == 0);
    CHECK(section.funds().contributions().rowCount() == 0);
    CHECK(named<QComboBox>(page, QStringLiteral("Fund"))->count() == 1);
    CHECK(ui::decryptedItemsHeld() == 0);
}
