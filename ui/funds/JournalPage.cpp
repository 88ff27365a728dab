#include "funds/JournalPage.h"

#include "auth/Permission.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/ListTable.h"
#include "common/ReasonDialog.h"
#include "common/Retranslate.h"
#include "funds/FundService.h"
#include "funds/JournalTableModel.h"
#include "grants/GrantService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Corrections.h"
#include "ledger/Ledger.h"
#include "main/SessionHolder.h"
#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

JournalPage::JournalPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_model(new JournalTableModel(this)),
      m_fundLabel(new QLabel(this)), m_fund(new QComboBox(this)), m_accountLabel(new QLabel(this)),
      m_account(new QComboBox(this)), m_fromOn(new QCheckBox(this)), m_from(new QDateEdit(this)),
      m_toOn(new QCheckBox(this)), m_to(new QDateEdit(this)), m_grantLabel(new QLabel(this)),
      m_grant(new QLineEdit(this)), m_caseLabel(new QLabel(this)), m_case(new QLineEdit(this)),
      m_show(new QPushButton(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_reverse(new QPushButton(this)),
      m_exportCsv(new QPushButton(this)), m_exportJournal(new QPushButton(this))
{
    const QDate today = holder.session().clock().nowUtc().toLocalTime().date();
    m_fund->addItem(QString(), QVariant());   // every fund
    m_account->addItem(QString(), QString()); // every account
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    // This year by default: a big vault's whole history is rarely what one looks
    // for, and the running balances start from what came before anyway.
    m_from->setDate(QDate(today.year(), 1, 1));
    m_fromOn->setChecked(true);
    m_from->setEnabled(true);
    m_to->setDate(today);
    m_fundLabel->setBuddy(m_fund);
    m_accountLabel->setBuddy(m_account);
    m_grantLabel->setBuddy(m_grant);
    m_caseLabel->setBuddy(m_case);
    m_grant->setClearButtonEnabled(true);
    m_case->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    setUpListTable(m_table, JournalTableModel::DescriptionColumn);

    auto* filters = new QGridLayout;
    filters->addWidget(m_fundLabel, 0, 0);
    filters->addWidget(m_fund, 0, 1);
    filters->addWidget(m_accountLabel, 0, 2);
    filters->addWidget(m_account, 0, 3);
    filters->addWidget(m_fromOn, 0, 4);
    filters->addWidget(m_from, 0, 5);
    filters->addWidget(m_toOn, 0, 6);
    filters->addWidget(m_to, 0, 7);
    filters->addWidget(m_grantLabel, 1, 0);
    filters->addWidget(m_grant, 1, 1);
    filters->addWidget(m_caseLabel, 1, 2);
    filters->addWidget(m_case, 1, 3);
    filters->addWidget(m_show, 1, 7);
    filters->setColumnStretch(3, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch(1);
    actions->addWidget(m_reverse);
    actions->addSpacing(12);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportJournal);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_fund, &QComboBox::activated, this, &JournalPage::showLines);
    connect(m_account, &QComboBox::activated, this, &JournalPage::showLines);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, &JournalPage::showLines);
    connect(m_toOn, &QCheckBox::toggled, this, &JournalPage::showLines);
    connect(m_from, &QDateEdit::editingFinished, this, &JournalPage::showLines);
    connect(m_to, &QDateEdit::editingFinished, this, &JournalPage::showLines);
    connect(m_grant, &QLineEdit::returnPressed, this, &JournalPage::showLines);
    connect(m_case, &QLineEdit::returnPressed, this, &JournalPage::showLines);
    connect(m_show, &QPushButton::clicked, this, &JournalPage::showLines);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPage::updateButtons);
    connect(m_reverse, &QPushButton::clicked, this, &JournalPage::reverseSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(Export::Csv); });
    connect(m_exportJournal, &QPushButton::clicked, this,
            [this] { chooseExport(Export::Hledger); });
    connect(&holder, &SessionHolder::aboutToLock, this, &JournalPage::clear);
    m_reverse->setVisible(recordsLedger());
    retranslate();
    reload();
}

QString JournalPage::fundText(const Fund& fund)
{
    //: A fund: %1 its code, %2 its name.
    return tr("%1 — %2").arg(fund.code, fund.name);
}

void JournalPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JournalPage::retranslate()
{
    setWindowTitle(tr("Journal"));
    m_fundLabel->setText(tr("F&und:"));
    m_fund->setAccessibleName(tr("Fund"));
    m_fund->setItemText(0, tr("All funds"));
    for (std::size_t i = 0; i < m_funds.size() && static_cast<int>(i) + 1 < m_fund->count(); ++i)
        m_fund->setItemText(static_cast<int>(i) + 1, fundText(m_funds[i]));
    m_accountLabel->setText(tr("A&ccount:"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setItemText(0, tr("All accounts"));
    m_fromOn->setText(tr("&From:"));
    m_fromOn->setAccessibleName(tr("Start the period on a date"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_toOn->setText(tr("&To:"));
    m_toOn->setAccessibleName(tr("End the period on a date"));
    m_to->setAccessibleName(tr("Last day of the period"));
    for (QDateEdit* date : {m_from, m_to})
        date->setDisplayFormat(fullYearDateFormat());
    m_grantLabel->setText(tr("&Grant:"));
    m_grant->setAccessibleName(tr("Grant reference"));
    m_grant->setPlaceholderText(tr("Reference, for example GR-2026-00042"));
    m_caseLabel->setText(tr("Ca&se:"));
    m_case->setAccessibleName(tr("Case reference"));
    m_case->setPlaceholderText(tr("Reference of a case with grants"));
    m_show->setText(tr("S&how"));
    m_show->setAccessibleName(tr("Show the register"));
    m_table->setAccessibleName(tr("Journal register"));
    m_count->setAccessibleName(tr("Number of lines"));
    m_reverse->setText(tr("&Reverse the transaction…"));
    m_reverse->setAccessibleName(tr("Reverse the transaction"));
    m_reverse->setToolTip(
        tr("Cancel the selected transaction with a reversing entry; it stays in the journal."));
    m_exportCsv->setText(tr("&Export CSV…"));
    m_exportCsv->setAccessibleName(tr("Export the register as CSV"));
    m_exportJournal->setText(tr("Export hledger &journal…"));
    m_exportJournal->setAccessibleName(tr("Export the hledger journal"));
    m_exportJournal->setToolTip(tr("The whole ledger in the journal format of hledger and "
                                   "ledger, for the accountants."));
    retranslateModel(*m_model);
    m_count->setText(tr("%n line(s)", nullptr, m_model->rowCount()));
}

bool JournalPage::recordsLedger() const
{
    return !m_holder.isLocked() &&
           auth::rolesAllow(m_holder.session().user().roles, auth::Permission::RecordLedger);
}

void JournalPage::clear()
{
    delete m_dialog;
    delete m_question;
    m_model->clear();
    // The funds' names and the references typed are the vault's too.
    m_funds.clear();
    while (m_fund->count() > 1)
        m_fund->removeItem(1);
    while (m_account->count() > 1)
        m_account->removeItem(1);
    m_grant->clear();
    m_case->clear();
    m_error->clearError();
    m_count->setText(tr("%n line(s)", nullptr, 0));
}

void JournalPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    fillFilters();
    showLines();
}

// The funds and their accounts, keeping what is chosen.
void JournalPage::fillFilters()
{
    try {
        m_funds = FundService(m_holder.session()).list();
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    const QVariant fund = m_fund->currentData();
    const QString account = m_account->currentData().toString();
    while (m_fund->count() > 1)
        m_fund->removeItem(1);
    while (m_account->count() > 1)
        m_account->removeItem(1);
    for (const Fund& f : m_funds) {
        m_fund->addItem(fundText(f), f.id);
        for (const QString& name : {accounts::bank(f.code), accounts::contributions(f.code),
                                    accounts::commitments(f.code), accounts::grantExpenses(f.code)})
            m_account->addItem(name, name);
    }
    m_account->addItem(accounts::conversion(), accounts::conversion());
    m_fund->setCurrentIndex(std::max(0, m_fund->findData(fund)));
    m_account->setCurrentIndex(std::max(0, m_account->findData(account)));
}

RegisterFilter JournalPage::currentFilter() const
{
    RegisterFilter filter;
    if (m_fund->currentData().isValid())
        filter.fundId = m_fund->currentData().toLongLong();
    filter.account = m_account->currentData().toString();
    if (m_fromOn->isChecked())
        filter.from = m_from->date();
    if (m_toOn->isChecked())
        filter.to = m_to->date();
    Session& session = m_holder.session();
    if (const QString grant = m_grant->text().trimmed(); !grant.isEmpty())
        filter.grantId = GrantService(session).find(grant).id;
    if (const QString reference = m_case->text().trimmed(); !reference.isEmpty())
        filter.caseId = JournalRegister(session).caseWithGrants(reference);
    return filter;
}

void JournalPage::showLines()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    const RegisterLine* selected = nullptr;
    if (const QModelIndexList rows = m_table->selectionModel()->selectedRows(); !rows.isEmpty())
        selected = m_model->lineAt(rows.first().row());
    const qint64 selectedTransaction = selected ? selected->transactionId : 0;
    try {
        const RegisterFilter filter = currentFilter();
        m_model->setLines(JournalRegister(m_holder.session()).lines(filter));
        m_shown = filter;
        m_error->clearError();
    } catch (const Error& error) {
        m_model->clear();
        m_error->showError(error.message());
    }
    if (const int row = m_model->rowOf(selectedTransaction); row >= 0)
        m_table->selectRow(row);
    m_count->setText(tr("%n line(s)", nullptr, m_model->rowCount()));
    updateButtons();
}

void JournalPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const RegisterLine* line = rows.isEmpty() ? nullptr : m_model->lineAt(rows.first().row());
    const QStringList correctable = {QStringLiteral("contribution"), QStringLiteral("disbursement"),
                                     QStringLiteral("refund")};
    m_reverse->setEnabled(line && !line->reversedById && !line->reversesId &&
                          correctable.contains(line->kind));
}

void JournalPage::reverseSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const RegisterLine* line = rows.isEmpty() ? nullptr : m_model->lineAt(rows.first().row());
    if (!line || m_holder.isLocked())
        return;
    const qint64 transactionId = line->transactionId;
    const QString description = line->description;
    const auto texts = [transactionId, description] {
        ReasonDialog::Texts t;
        t.title = tr("Reverse a transaction");
        //: %1 a transaction number, %2 its description.
        t.explanation = tr("Transaction %1 (%2) stays in the journal and a reversing entry "
                           "cancels it. Say why, for the auditors.")
                            .arg(transactionId)
                            .arg(description);
        t.reasonLabel = tr("&Reason:");
        t.reasonName = tr("Reason for the reversal");
        t.dateLabel = tr("&Dated:");
        t.dateName = tr("Date of the reversal");
        t.confirm = tr("&Reverse");
        return t;
    };
    SessionHolder& holder = m_holder;
    auto* dialog = new ReasonDialog(
        texts, holder.session().clock().nowUtc().toLocalTime().date(),
        [&holder, transactionId](const QString& reason, const QDate& date) {
            Corrections(holder.session()).reverse(transactionId, reason, date);
        },
        this);
    delete m_dialog;
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showLines();
        Q_EMIT ledgerChanged();
    });
    dialog->open();
}

void JournalPage::chooseExport(Export kind)
{
    const bool csv = kind == Export::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export the register as CSV") : tr("Export the hledger journal"),
        QDir::home().filePath(csv ? QStringLiteral("register.csv")
                                  : QStringLiteral("amparo.journal")),
        csv ? tr("CSV files (*.csv)") : tr("Journal files (*.journal)"));
    if (!path.isEmpty())
        askToExport(kind, path);
}

QMessageBox* JournalPage::askToExport(Export kind, const QString& path)
{
    delete m_question;
    //: %1 is the path of the file about to be written.
    const QString text = tr("The file written to %1 will not be encrypted: anyone who can open "
                            "that folder can read the amounts and descriptions. Only your user "
                            "account can read it, and the export is recorded in the audit "
                            "trail. Delete it when you no longer need it.")
                             .arg(QDir::toNativeSeparators(path));
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::applicationDisplayName(), text,
                                QMessageBox::NoButton, this);
    QPushButton* confirm = box->addButton(tr("Write the file"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, kind, path](QAbstractButton* button) {
                if (button == confirm)
                    exportTo(kind, path);
            });
    m_question = box;
    box->open();
    return box;
}

bool JournalPage::exportTo(Export kind, const QString& path)
{
    if (m_holder.isLocked())
        return false;
    try {
        Session& session = m_holder.session();
        if (kind == Export::Csv) {
            JournalRegister(session).exportCsv(m_shown, path);
        } else {
            QByteArray journal;
            QTextStream out(&journal);
            Ledger(session).writeJournal(out);
            out.flush();
            writeFileAtomically(path, journal);
            journal.fill('\0');
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
        return false;
    }
    m_error->clearError();
    return true;
}

} // namespace ui
} // namespace amparo
