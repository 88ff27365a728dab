#include "funds/FundsPage.h"

#include "auth/Permission.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/ListTable.h"
#include "common/ReasonDialog.h"
#include "common/Retranslate.h"
#include "funds/ContributionDialog.h"
#include "funds/ContributionTableModel.h"
#include "funds/FundPositionModel.h"
#include "funds/FundService.h"
#include "ledger/Ledger.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

namespace amparo {
namespace ui {

FundsPage::FundsPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_positions(new FundPositionModel(this)),
      m_contributions(new ContributionTableModel(this)), m_heading(new QLabel(this)),
      m_atLabel(new QLabel(this)), m_at(new QDateEdit(this)), m_lock(new QLabel(this)),
      m_positionTable(new QTableView(this)), m_contributionsLabel(new QLabel(this)),
      m_contributionTable(new QTableView(this)), m_error(new ErrorLabel(this)),
      m_contribute(new QPushButton(this)), m_lockPeriod(new QPushButton(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_at->setCalendarPopup(true);
    m_at->setDate(holder.session().clock().nowUtc().toLocalTime().date());
    m_atLabel->setBuddy(m_at);
    m_lock->setWordWrap(true);
    m_positionTable->setModel(m_positions);
    setUpListTable(m_positionTable);
    m_contributionTable->setModel(m_contributions);
    setUpListTable(m_contributionTable);
    m_contributionsLabel->setBuddy(m_contributionTable);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_atLabel);
    top->addWidget(m_at);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_lock, 1);
    actions->addWidget(m_contribute);
    actions->addWidget(m_lockPeriod);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_positionTable, 1);
    layout->addWidget(m_contributionsLabel);
    layout->addWidget(m_contributionTable, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_at, &QDateEdit::dateChanged, this, &FundsPage::reload);
    connect(m_positionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FundsPage::showContributions);
    connect(m_contribute, &QPushButton::clicked, this, &FundsPage::recordContribution);
    connect(m_lockPeriod, &QPushButton::clicked, this, &FundsPage::lockPeriod);
    connect(&holder, &SessionHolder::aboutToLock, this, &FundsPage::clear);
    const bool finance = recordsLedger();
    m_contribute->setVisible(finance);
    m_lockPeriod->setVisible(finance);
    retranslate();
    reload();
}

void FundsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FundsPage::retranslate()
{
    setWindowTitle(tr("Funds"));
    m_heading->setText(tr("Where the funds stand"));
    m_atLabel->setText(tr("&At the end of:"));
    m_at->setAccessibleName(tr("Date of the positions"));
    m_at->setDisplayFormat(fullYearDateFormat());
    m_positionTable->setAccessibleName(tr("Fund positions"));
    m_contributionsLabel->setText(tr("Donor &contributions to the selected fund:"));
    m_contributionTable->setAccessibleName(tr("Donor contributions"));
    m_lock->setAccessibleName(tr("Locked period"));
    m_contribute->setText(tr("Record a c&ontribution…"));
    m_contribute->setAccessibleName(tr("Record a contribution"));
    m_lockPeriod->setText(tr("&Lock the period…"));
    m_lockPeriod->setAccessibleName(tr("Lock the period"));
    m_lockPeriod->setToolTip(
        tr("Close the books up to a date: nothing can be posted on or before it afterwards."));
    retranslateModel(*m_positions);
    retranslateModel(*m_contributions);
    updateLock();
}

bool FundsPage::recordsLedger() const
{
    return !m_holder.isLocked() &&
           auth::rolesAllow(m_holder.session().user().roles, auth::Permission::RecordLedger);
}

void FundsPage::clear()
{
    delete m_dialog;
    m_positions->clear();
    m_contributions->clear();
    m_lock->clear();
    m_error->clearError();
}

qint64 FundsPage::selectedFundId() const
{
    const QModelIndexList rows = m_positionTable->selectionModel()->selectedRows();
    const FundPositionModel::Row* row =
        rows.isEmpty() ? nullptr : m_positions->rowAt(rows.first().row());
    return row ? row->fund.id : 0;
}

void FundsPage::selectFund(qint64 fundId)
{
    if (const int row = m_positions->rowOf(fundId); row >= 0)
        m_positionTable->selectRow(row);
}

void FundsPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    const qint64 selected = selectedFundId();
    const QDate at = m_at->date();
    const QDate lastYearEnd(at.year() - 1, 12, 31);
    std::vector<FundPositionModel::Row> rows;
    try {
        FundService funds(m_holder.session());
        for (const Fund& fund : funds.list()) {
            FundPositionModel::Row row;
            row.fund = fund;
            row.position = funds.position(fund.id, at);
            row.disbursedThisYearMinor =
                row.position.disbursedMinor - funds.position(fund.id, lastYearEnd).disbursedMinor;
            rows.push_back(std::move(row));
        }
        m_error->clearError();
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
    m_positions->setRows(std::move(rows));
    selectFund(selected);
    if (selectedFundId() == 0 && m_positions->rowCount() > 0)
        m_positionTable->selectRow(0);
    showContributions();
    updateLock();
}

void FundsPage::updateLock()
{
    if (m_holder.isLocked())
        return;
    try {
        const auto through = Ledger(m_holder.session()).lockedThrough();
        m_lock->setText(through ? tr("Locked through %1: nothing can be posted on or before "
                                     "that day.")
                                      .arg(QLocale().toString(*through, fullYearDateFormat()))
                                : tr("No period is locked."));
    } catch (const Error& error) {
        m_lock->setText(error.message());
    }
}

void FundsPage::showContributions()
{
    const qint64 fundId = selectedFundId();
    const FundPositionModel::Row* fundRow = m_positions->rowAt(m_positions->rowOf(fundId));
    if (!fundRow || m_holder.isLocked()) {
        m_contributions->clear();
        return;
    }
    std::vector<ContributionTableModel::Row> rows;
    try {
        Session& session = m_holder.session();
        std::map<qint64, QString> donors;
        for (const Organisation& donor : OrganisationService(session).list(QStringLiteral("donor")))
            donors[donor.id] = donor.name;
        for (const Contribution& c : FundService(session).contributions(fundId))
            rows.push_back({c, c.donorId ? donors[*c.donorId] : QString(), fundRow->fund.currency});
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
    m_contributions->setRows(std::move(rows));
}

void FundsPage::openDialog(QDialog* dialog)
{
    delete m_dialog;
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT ledgerChanged();
    });
    dialog->open();
}

void FundsPage::recordContribution()
{
    if (m_holder.isLocked())
        return;
    std::vector<Fund> funds;
    std::vector<Organisation> donors;
    try {
        Session& session = m_holder.session();
        for (const Fund& fund : FundService(session).list()) {
            if (fund.active)
                funds.push_back(fund);
        }
        donors = OrganisationService(session).list(QStringLiteral("donor"));
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    auto* dialog = new ContributionDialog(m_holder, funds, donors, selectedFundId(), this);
    openDialog(dialog);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { selectFund(dialog->recordedFundId()); });
}

void FundsPage::lockPeriod()
{
    if (m_holder.isLocked())
        return;
    std::optional<QDate> current;
    try {
        current = Ledger(m_holder.session()).lockedThrough();
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    const auto texts = [current] {
        ReasonDialog::Texts t;
        t.title = tr("Lock the period");
        const QString now = current ? tr("The ledger is locked through %1.")
                                          .arg(QLocale().toString(*current, fullYearDateFormat()))
                                    : tr("No period is locked yet.");
        //: %1 says what is locked now.
        t.explanation = tr("%1 Once a period is locked, nothing can be posted on or before its "
                           "last day, not even a correction; a lock only moves forward.")
                            .arg(now);
        t.reasonLabel = tr("&Reason:");
        t.reasonName = tr("Reason for the lock");
        t.dateLabel = tr("Locked &through:");
        t.dateName = tr("Last day of the locked period");
        t.confirm = tr("&Lock the period");
        return t;
    };
    SessionHolder& holder = m_holder;
    openDialog(new ReasonDialog(
        texts, holder.session().clock().nowUtc().toLocalTime().date(),
        [&holder](const QString& reason, const QDate& through) {
            Ledger(holder.session()).lockPeriod(through, reason);
        },
        this));
}

} // namespace ui
} // namespace amparo
