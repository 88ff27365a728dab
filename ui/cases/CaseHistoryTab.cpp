#include "cases/CaseHistoryTab.h"

#include "audit/AuditActions.h"
#include "cases/CaseHistory.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace amparo {
namespace ui {
namespace {

// The fields whose values are terms of a vocabulary, shown by their labels.
std::optional<Vocabulary> vocabularyOf(const QString& field)
{
    static const QHash<QString, Vocabulary> vocabularies = {
        {QStringLiteral("status"), Vocabulary::CaseStatus},
        {QStringLiteral("priority"), Vocabulary::Priority},
        {QStringLiteral("programme"), Vocabulary::Programme},
        {QStringLiteral("role"), Vocabulary::PersonRole},
        {QStringLiteral("type"), Vocabulary::ViolationType},
        {QStringLiteral("kind"), Vocabulary::InterventionKind},
    };
    const auto found = vocabularies.constFind(field);
    return found == vocabularies.constEnd() ? std::nullopt : std::optional(found.value());
}

QString fieldLabel(const QString& field)
{
    // The trail stores field names as the database does (incident_on).
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (words.endsWith(QLatin1String(" id")))
        words.chop(3);
    return words.isEmpty() ? words : words.left(1).toUpper() + words.mid(1);
}

QString valueText(const QString& field, const QString& value)
{
    if (const auto vocabulary = vocabularyOf(field))
        return termLabel(*vocabulary, value);
    return value.size() > 80 ? value.left(79) + QChar(0x2026) : value;
}

} // namespace

QString changeSummary(const audit::AuditEntry& entry)
{
    QStringList parts;
    for (const audit::FieldChange& change : entry.changes) {
        const QString label = fieldLabel(change.field);
        if (!change.before && !change.after)
            parts << CaseHistoryTab::tr("%1 changed").arg(label);
        else if (!change.before)
            parts << CaseHistoryTab::tr("%1: %2").arg(label,
                                                      valueText(change.field, *change.after));
        else if (!change.after)
            parts << CaseHistoryTab::tr("%1: %2 removed")
                         .arg(label, valueText(change.field, *change.before));
        else
            parts << CaseHistoryTab::tr("%1: %2 → %3")
                         .arg(label, valueText(change.field, *change.before),
                              valueText(change.field, *change.after));
    }
    return parts.join(CaseHistoryTab::tr("; "));
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
