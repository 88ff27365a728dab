#include "cases/CaseHistoryTab.h"

#include "audit/AuditLabels.h"
#include "cases/CaseHistory.h"
#include "common/DecryptedData.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
QString changeSummary(const audit::AuditEntry& entry)
{
    return audit::describeChanges(entry.changes).join(CaseHistoryTab::tr("; "));
}

CaseHistoryTab::CaseHistoryTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : CaseTab(std::move(session), caseId, parent), m_table(new QTableWidget(0, 4, this)),
      m_empty(new QLabel(tr("Nothing has been recorded about this case yet."), this))
{
    m_table->setAccessibleName(tr("Case history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    trackDecryptedData(this, [this] { return m_table->rowCount(); });
}

void CaseHistoryTab::reload()
{
    const std::vector<audit::AuditEntry> entries = caseHistory(session(), caseId());
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    int row = 0;
    for (const audit::AuditEntry& entry : entries) {
        const QString details = changeSummary(entry);
        const QStringList cells = {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                   entry.actor, audit::actionLabel(entry.action), details};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 3 ? details : QString());
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->setVisible(row > 0);
    m_empty->setVisible(row == 0);
}

void CaseHistoryTab::clear()
{
    m_table->setRowCount(0);
}

int CaseHistoryTab::entryCount() const
{
    return m_table->rowCount();
}

QString CaseHistoryTab::actionAt(int row) const
{
    return m_table->item(row, 2)->text();
}

QString CaseHistoryTab::detailsAt(int row) const
{
    return m_table->item(row, 3)->text();
}

} // namespace ui
} // namespace amparo
