#include "cases/CaseHistoryTab.h"

#include "audit/AuditLabels.h"
#include "cases/CaseHistory.h"
#include "common/DecryptedData.h"

#include <QEvent>
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
      m_empty(new QLabel(this))
{
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
    retranslate();
}

void CaseHistoryTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void CaseHistoryTab::retranslate()
{
    m_table->setAccessibleName(tr("Case history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_empty->setText(tr("Nothing has been recorded about this case yet."));
    const int current = m_table->currentRow();
    fill();
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

void CaseHistoryTab::reload()
{
    m_entries = caseHistory(session(), caseId());
    fill();
}

void CaseHistoryTab::fill()
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const QLocale locale;
    int row = 0;
    for (const audit::AuditEntry& entry : m_entries) {
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
    m_entries.clear();
    m_entries.shrink_to_fit();
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
