#include "cases/CasesPage.h"

#include "common/CountryNames.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

// The name of the person an assignee filter item is about.
constexpr int kAssigneeNameRole = Qt::UserRole + 1;

} // namespace

CasesPage::CasesPage(CaseListModel::Source source, QWidget* parent)
    : QWidget(parent), m_model(new CaseListModel(std::move(source), this)),
      m_search(new QLineEdit(this)), m_restrictedOnly(new QCheckBox(this)),
      m_count(new QLabel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)), m_clearFilters(new QPushButton(this)),
      m_newCase(new QPushButton(this)), m_searchPause(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_status = termFilter(Vocabulary::CaseStatus);
    m_programme = termFilter(Vocabulary::Programme);
    m_priority = termFilter(Vocabulary::Priority);
    m_assistance = termFilter(Vocabulary::AssistanceType);
    m_country = new QComboBox(this);
    m_assignee = new QComboBox(this);
    m_assignee->addItem(QString(), QVariant());
    m_assignee->hide();
    m_newCase->hide();
    connect(m_newCase, &QPushButton::clicked, this, &CasesPage::newCaseRequested);

    m_table->setModel(m_model);
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
    filters->addWidget(m_assistance, 1);
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
    for (QComboBox* combo :
         {m_status, m_programme, m_priority, m_country, m_assistance, m_assignee})
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
    setTabOrder(m_country, m_assistance);
    setTabOrder(m_assistance, m_assignee);
    setTabOrder(m_assignee, m_restrictedOnly);
    setTabOrder(m_restrictedOnly, m_table);
    retranslate();
    applyFilters();
}

void CasesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasesPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, reference, place or words of the story"));
    m_search->setAccessibleName(tr("Search cases"));
    m_newCase->setText(tr("&New case…"));
    // After the text: setText() makes the mnemonic the button's shortcut.
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setAccessibleName(tr("New case"));
    m_newCase->setToolTip(tr("Open a new case (Ctrl+N)"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("All statuses"));
    retranslateTerms(m_status, Vocabulary::CaseStatus);
    m_programme->setAccessibleName(tr("Programme filter"));
    m_programme->setItemText(0, tr("All programmes"));
    retranslateTerms(m_programme, Vocabulary::Programme);
    m_priority->setAccessibleName(tr("Priority filter"));
    m_priority->setItemText(0, tr("All priorities"));
    retranslateTerms(m_priority, Vocabulary::Priority);
    m_country->setAccessibleName(tr("Country filter"));
    fillCountries(m_country, tr("All countries"));
    m_assistance->setAccessibleName(tr("Assistance filter"));
    //: Filter of the case list: cases receiving any kind of assistance or none.
    m_assistance->setItemText(0, tr("Any assistance"));
    retranslateTerms(m_assistance, Vocabulary::AssistanceType);
    m_assignee->setAccessibleName(tr("Assignee filter"));
    retranslateAssignees();
    m_restrictedOnly->setText(tr("&Restricted only"));
    m_restrictedOnly->setToolTip(tr("Only the cases that only their assigned people can see."));
    m_table->setAccessibleName(tr("Cases"));
    m_clearFilters->setText(tr("C&lear the filters"));
    m_clearFilters->setAccessibleName(tr("Clear the filters"));
    retranslateModel(*m_model);
    updateSummary();
}

void CasesPage::retranslateAssignees()
{
    m_assignee->setItemText(0, tr("Anyone assigned"));
    for (int item = 1; item < m_assignee->count(); ++item) {
        const QVariant id = m_assignee->itemData(item);
        m_assignee->setItemText(
            item, id.toLongLong() == m_me
                      ? tr("Assigned to me")
                      : tr("Assigned to %1")
                            .arg(m_assignee->itemData(item, kAssigneeNameRole).toString()));
    }
}
void CasesPage::setNewCaseAvailable(bool available)
{
    m_newCase->setVisible(available);
}

void CasesPage::setAssignees(const std::vector<std::pair<qint64, QString>>& people, qint64 me)
{
    const QSignalBlocker block(m_assignee);
    m_me = me;
    m_assignee->clear();
    m_assignee->addItem(QString(), QVariant());
    m_assignee->addItem(QString(), me);
    for (const auto& [id, name] : people) {
        if (id == me)
            continue;
        m_assignee->addItem(QString(), id);
        m_assignee->setItemData(m_assignee->count() - 1, name, kAssigneeNameRole);
    }
    retranslateAssignees();
    m_assignee->setVisible(true);
}

// A filter of the terms of `vocabulary`, after an "all" item that filters nothing.
QComboBox* CasesPage::termFilter(Vocabulary vocabulary)
{
    auto* combo = new QComboBox(this);
    combo->addItem(QString(), QString());
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
    filter.assistanceType = m_assistance->currentData().toString();
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
    for (QComboBox* combo :
         {m_status, m_programme, m_priority, m_country, m_assistance, m_assignee}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blockRestricted(m_restrictedOnly);
    m_restrictedOnly->setChecked(false);
    applyFilters();
}

void CasesPage::showFilter(const CaseFilter& filter)
{
    const auto choose = [](QComboBox* combo, const QString& value) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->setText(filter.search);
        choose(m_status, filter.statuses.value(0));
        choose(m_programme, filter.programme);
        choose(m_priority, filter.priority);
        choose(m_country, filter.country);
        choose(m_assistance, filter.assistanceType);
        const QSignalBlocker blockAssignee(m_assignee);
        m_assignee->setCurrentIndex(0);
        const QSignalBlocker blockRestricted(m_restrictedOnly);
        m_restrictedOnly->setChecked(false);
    }
    applyFilters();
}

void CasesPage::updateSummary()
{
    const qint64 total = m_model->totalCount();
    const CaseFilter& filter = m_model->filter();
    const bool filtered = !filter.search.trimmed().isEmpty() || !filter.statuses.isEmpty() ||
                          !filter.programme.isEmpty() || !filter.priority.isEmpty() ||
                          !filter.country.isEmpty() || !filter.assistanceType.isEmpty() ||
                          filter.assigneeId.has_value() || filter.restricted.has_value();
    m_count->setText(filtered ? tr("%n case(s) match", nullptr, static_cast<int>(total))
                              : tr("%n case(s)", nullptr, static_cast<int>(total)));
    // Said even while rows hide it, so that it is in the current language when shown.
    m_emptyText->setText(
        filtered ? tr("No case matches this search and these filters. Try other words, or "
                      "clear the filters to see every case you may see.")
                 : tr("There are no cases yet, or none you are assigned to. Caseworkers open "
                      "cases; existing ones can be imported from a spreadsheet with "
                      "amparo-cli import."));
    m_clearFilters->setVisible(filtered);
    if (total > 0)
        m_stack->setCurrentWidget(m_table);
    else
        m_stack->setCurrentIndex(1);
}

} // namespace ui
} // namespace amparo
