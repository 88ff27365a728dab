#include "cases/CasesPage.h"

#include "common/CountryNames.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

CasesPage::CasesPage(CaseListModel::Source source, QWidget* parent)
    : QWidget(parent), m_model(new CaseListModel(std::move(source), this)),
      m_search(new QLineEdit(this)), m_restrictedOnly(new QCheckBox(tr("&Restricted only"), this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)),
      m_clearFilters(new QPushButton(tr("C&lear the filters"), this)),
      m_newCase(new QPushButton(tr("&New case…"), this)), m_searchPause(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, reference, place or words of the story"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    m_status = termFilter(tr("All statuses"), tr("Status filter"), Vocabulary::CaseStatus);
    m_programme = termFilter(tr("All programmes"), tr("Programme filter"), Vocabulary::Programme);
    m_priority = termFilter(tr("All priorities"), tr("Priority filter"), Vocabulary::Priority);
    m_country = new QComboBox(this);
    m_country->setAccessibleName(tr("Country filter"));
    addCountries(m_country, tr("All countries"));
    m_assignee = new QComboBox(this);
    m_assignee->setAccessibleName(tr("Assignee filter"));
    m_assignee->addItem(tr("Anyone assigned"), QVariant());
    m_assignee->hide();
    m_restrictedOnly->setToolTip(tr("Only the cases that only their assigned people can see."));
    m_clearFilters->setAccessibleName(tr("Clear the filters"));
    m_newCase->setAccessibleName(tr("New case"));
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setToolTip(tr("Open a new case (Ctrl+N)"));
    m_newCase->hide();
    connect(m_newCase, &QPushButton::clicked, this, &CasesPage::newCaseRequested);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    // Short columns fit their contents; the long labels get a fixed share
    // (elided, full text in the cell's tooltip) so that the title keeps the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : {std::pair{CaseListModel::ProgrammeColumn, 20},
                                        std::pair{CaseListModel::CountryColumn, 14}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, chars * charWidth);
    }
    // Newest first, as the model starts; the header shows it.
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::OpenedColumn, Qt::DescendingOrder);

    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newCase);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_programme, 1);
    filters->addWidget(m_priority, 1);
    filters->addWidget(m_country, 1);
    filters->addWidget(m_assignee, 1);
    filters->addWidget(m_restrictedOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &CasesPage::applyFilters);
    for (QComboBox* combo : {m_status, m_programme, m_priority, m_country, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilters);
    connect(m_restrictedOnly, &QCheckBox::toggled, this, &CasesPage::applyFilters);
    connect(m_clearFilters, &QPushButton::clicked, this, &CasesPage::clearFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateSummary);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const CaseRow* row = m_model->caseAt(index.row()))
            Q_EMIT caseActivated(row->id);
    });

    // Showing the page puts the cursor in the search box.
    setFocusProxy(m_search);
    setTabOrder(m_search, m_newCase);
    setTabOrder(m_newCase, m_status);
    setTabOrder(m_status, m_programme);
    setTabOrder(m_programme, m_priority);
    setTabOrder(m_priority, m_country);
    setTabOrder(m_country, m_assignee);
    setTabOrder(m_assignee, m_restrictedOnly);
    setTabOrder(m_restrictedOnly, m_table);
    applyFilters();
}

void CasesPage::setNewCaseAvailable(bool available)
{
    m_newCase->setVisible(available);
}

void CasesPage::setAssignees(const std::vector<std::pair<qint64, QString>>& people, qint64 me)
{
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone assigned"), QVariant());
    m_assignee->addItem(tr("Assigned to me"), me);
    for (const auto& [id, name] : people)
        if (id != me)
            m_assignee->addItem(tr("Assigned to %1").arg(name), id);
    m_assignee->setVisible(true);
}

QComboBox* CasesPage::termFilter(const QString& allLabel, const QString& accessibleName,
                                 Vocabulary vocabulary)
{
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->addItem(allLabel, QString());
    addTerms(combo, vocabulary);
    return combo;
}

void CasesPage::applyFilters()
{
    m_searchPause->stop();
    CaseFilter filter;
    filter.search = m_search->text();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    filter.programme = m_programme->currentData().toString();
    filter.priority = m_priority->currentData().toString();
    filter.country = m_country->currentData().toString();
    if (const QVariant assignee = m_assignee->currentData(); assignee.isValid())
        filter.assigneeId = assignee.toLongLong();
    if (m_restrictedOnly->isChecked())
        filter.restricted = true;
    m_model->setFilter(filter);
}

void CasesPage::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QComboBox* combo : {m_status, m_programme, m_priority, m_country, m_assignee}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blockRestricted(m_restrictedOnly);
    m_restrictedOnly->setChecked(false);
    applyFilters();
}

void CasesPage::updateSummary()
{
    const qint64 total = m_model->totalCount();
    const CaseFilter& filter = m_model->filter();
    const bool filtered = !filter.search.trimmed().isEmpty() || !filter.statuses.isEmpty() ||
                          !filter.programme.isEmpty() || !filter.priority.isEmpty() ||
                          !filter.country.isEmpty() || filter.assigneeId.has_value() ||
                          filter.restricted.has_value();
    m_count->setText(filtered ? tr("%n case(s) match", nullptr, static_cast<int>(total))
                              : tr("%n case(s)", nullptr, static_cast<int>(total)));
    if (total > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_emptyText->setText(
        filtered ? tr("No case matches this search and these filters. Try other words, or "
                      "clear the filters to see every case you may see.")
                 : tr("There are no cases yet, or none you are assigned to. Caseworkers open "
                      "cases; existing ones can be imported from a spreadsheet with "
                      "amparo-cli import."));
    m_clearFilters->setVisible(filtered);
    m_stack->setCurrentIndex(1);
}

} // namespace ui
} // namespace amparo
