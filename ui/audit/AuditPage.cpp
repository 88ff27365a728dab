#include "audit/AuditPage.h"

#include "audit/AuditLabels.h"
#include "audit/AuditPanel.h"
#include "audit/AuditQuery.h"
#include "audit/AuditTableModel.h"
#include "common/DateFormat.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

// Puts `names` in `combo` after its "every …" item, sorted by their labels
// in the current language (`label` may be null: the names are the labels),
// and keeps the chosen one chosen without telling anyone: nothing changed.
void setChoices(QComboBox* combo, const QStringList& names, QString (*label)(const QString&))
{
    const QSignalBlocker blocker(combo);
    const QString chosen = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    std::vector<std::pair<QString, QString>> items;
    for (const QString& name : names)
        items.emplace_back(label ? label(name) : name, name);
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [text, name] : items)
        combo->addItem(text, name);
    combo->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, combo->findData(chosen)));
}

QStringList choiceNames(const QComboBox* combo)
{
    QStringList names;
    for (int item = 1; item < combo->count(); ++item)
        names << combo->itemData(item).toString();
    return names;
}

} // namespace

AuditPage::AuditPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_model(new AuditTableModel(this)),
      m_heading(new QLabel(this)), m_user(new QComboBox(this)), m_recordType(new QComboBox(this)),
      m_action(new QComboBox(this)), m_fromEnabled(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_untilEnabled(new QCheckBox(this)),
      m_until(new QDateEdit(this)), m_text(new QLineEdit(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_more(new QPushButton(this)), m_clear(new QPushButton(this)),
      m_textPause(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // A record's label can be a long task title: a fixed share (full text in
    // the cell's tooltip when elided) leaves the changes the rest.
    header->setSectionResizeMode(AuditTableModel::RecordColumn, QHeaderView::Interactive);
    header->resizeSection(AuditTableModel::RecordColumn, fontMetrics().averageCharWidth() * 22);

    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(new AuditPanel(holder, this));
    layout->addWidget(createFilters());
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_textPause->setSingleShot(true);
    m_textPause->setInterval(kSearchPauseMs);
    connect(m_textPause, &QTimer::timeout, this, &AuditPage::filtersChanged);
    connect(m_text, &QLineEdit::textChanged, m_textPause, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_user, m_recordType, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::filtersChanged);
    for (QCheckBox* check : {m_fromEnabled, m_untilEnabled})
        connect(check, &QCheckBox::toggled, this, &AuditPage::filtersChanged);
    for (QDateEdit* date : {m_from, m_until})
        connect(date, &QDateEdit::dateChanged, this, &AuditPage::filtersChanged);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilEnabled, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::showMore);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(&holder, &SessionHolder::aboutToLock, m_model, &AuditTableModel::clear);

    fillChoices();
    retranslate();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_heading->setText(tr("Audit trail"));
    for (QDateEdit* date : {m_from, m_until})
        date->setDisplayFormat(fullYearDateFormat());
    m_text->setAccessibleName(tr("Search the audit trail"));
    m_text->setPlaceholderText(tr("Search acts, record numbers, users and changed values"));
    m_fromEnabled->setText(tr("&From"));
    m_fromEnabled->setAccessibleName(tr("Filter from a date"));
    m_from->setAccessibleName(tr("From date"));
    m_untilEnabled->setText(tr("U&ntil"));
    m_untilEnabled->setAccessibleName(tr("Filter until a date"));
    m_until->setAccessibleName(tr("Until date"));
    m_until->setToolTip(tr("Entries of this day are included."));
    m_user->setAccessibleName(tr("User filter"));
    m_user->setItemText(0, tr("Every user"));
    setChoices(m_user, choiceNames(m_user), nullptr);
    m_recordType->setAccessibleName(tr("Record type filter"));
    m_recordType->setItemText(0, tr("Every record type"));
    setChoices(m_recordType, choiceNames(m_recordType), &audit::entityTypeLabel);
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setItemText(0, tr("Every action"));
    setChoices(m_action, choiceNames(m_action), &audit::actionLabel);
    m_clear->setText(tr("C&lear the filters"));
    m_clear->setAccessibleName(tr("Clear the filters"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_count->setAccessibleName(tr("Number of audit entries"));
    m_more->setText(tr("Show &more"));
    m_more->setAccessibleName(tr("Show more audit entries"));
    // The count is said in words, and each entry's record may be named by its
    // kind: both are read again rather than kept in the language they were read in.
    reload();
}

QWidget* AuditPage::createFilters()
{
    m_text->setClearButtonEnabled(true);
    for (QComboBox* combo : {m_user, m_recordType, m_action})
        combo->addItem(QString()); // "every …", named by retranslate()
    const QDate today = QDate::currentDate();
    for (QDateEdit* date : {m_from, m_until}) {
        date->setCalendarPopup(true);
        date->setDate(today);
        date->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));

    auto* filters = new QWidget(this);
    auto* grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_fromEnabled, 0, 3);
    grid->addWidget(m_from, 0, 4);
    grid->addWidget(m_user, 1, 0);
    grid->addWidget(m_recordType, 1, 1);
    grid->addWidget(m_action, 1, 2);
    grid->addWidget(m_untilEnabled, 1, 3);
    grid->addWidget(m_until, 1, 4);
    grid->addWidget(m_clear, 0, 5);
    for (int column : {0, 1, 2})
        grid->setColumnStretch(column, 1);
    return filters;
}

void AuditPage::fillChoices()
{
    try {
        Session& session = m_holder.session();
        setChoices(m_user, audit::recordedActors(session), nullptr);
        setChoices(m_recordType, audit::recordedEntityTypes(session), &audit::entityTypeLabel);
        setChoices(m_action, audit::recordedActions(session), &audit::actionLabel);
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
}

void AuditPage::filtersChanged()
{
    m_limit = kPageSize;
    reload();
}

void AuditPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    audit::AuditFilter filter;
    filter.actor = m_user->currentData().toString();
    filter.entityType = m_recordType->currentData().toString();
    filter.action = m_action->currentData().toString();
    // Dates are the user's calendar days; the trail stores UTC.
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_untilEnabled->isChecked())
        filter.until = m_until->date().addDays(1).startOfDay().toUTC();
    filter.text = m_text->text();
    try {
        Session& session = m_holder.session();
        std::vector<AuditTableModel::Row> rows;
        for (audit::AuditEntry& entry : audit::findEntries(session, filter, m_limit)) {
            QString label = audit::recordLabel(session, entry.entityType, entry.entityId);
            rows.push_back({std::move(entry), std::move(label)});
        }
        const qint64 total = audit::countEntries(session, filter);
        m_model->setRows(std::move(rows));
        const int shown = m_model->rowCount();
        if (total == 0)
            m_count->setText(tr("No entry matches these filters. Clear the filters to see the "
                                "whole trail."));
        else if (shown < total)
            m_count->setText(tr("The newest %1 of %n entries are shown.", nullptr, int(total))
                                 .arg(QLocale().toString(shown)));
        else
            m_count->setText(tr("%n entry(ies), newest first.", nullptr, int(total)));
        m_more->setVisible(shown < total);
    } catch (const Error& error) {
        m_model->clear();
        showWarning(this, error.message());
    }
}

void AuditPage::showMore()
{
    m_limit += kPageSize;
    reload();
}

void AuditPage::clearFilters()
{
    for (QComboBox* combo : {m_user, m_recordType, m_action}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QCheckBox* check : {m_fromEnabled, m_untilEnabled}) {
        const QSignalBlocker blocker(check);
        check->setChecked(false);
    }
    m_from->setEnabled(false);
    m_until->setEnabled(false);
    {
        const QSignalBlocker blocker(m_text);
        m_text->clear();
    }
    filtersChanged();
}

} // namespace ui
} // namespace amparo
