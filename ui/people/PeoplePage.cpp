#include "people/PeoplePage.h"

#include "auth/Permission.h"
#include "auth/User.h"
#include "common/Retranslate.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "people/PersonEditor.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

PeoplePage::PeoplePage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder),
      m_mayEdit(auth::rolesAllow(holder.session().user().roles, auth::Permission::EditCases)),
      m_model(new PersonListModel(
          PersonListModel::fromSession([&holder]() -> Session& { return holder.session(); }),
          this)),
      m_search(new QLineEdit(this)), m_new(new QPushButton(this)), m_open(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)), m_count(new QLabel(this)), m_searchPause(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_new->setShortcut(QKeySequence::New);
    // The core refuses anyway; a button that can only fail is not offered.
    m_new->setVisible(m_mayEdit);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PersonListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PersonListModel::RolesColumn, QHeaderView::Interactive);
    header->resizeSection(PersonListModel::RolesColumn, 24 * fontMetrics().averageCharWidth());

    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &PeoplePage::applySearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateButtons);
    connect(m_table, &QTableView::activated, this, &PeoplePage::openSelected);
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newPerson);
    connect(m_open, &QPushButton::clicked, this, &PeoplePage::openSelected);
    connect(&holder, &SessionHolder::aboutToLock, m_model, &PersonListModel::clear);

    setFocusProxy(m_search);
    setTabOrder(m_search, m_new);
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_table);
    retranslate();
    applySearch();
}

void PeoplePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeoplePage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name or pseudonym"));
    m_search->setAccessibleName(tr("Search people"));
    m_new->setText(tr("&New person…"));
    m_new->setAccessibleName(tr("New person"));
    m_new->setToolTip(tr("Record a new person (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open person"));
    m_open->setToolTip(tr("Open the chosen person (Enter)"));
    m_table->setAccessibleName(tr("People"));
    retranslateModel(*m_model);
    updateSummary();
}

void PeoplePage::applySearch()
{
    m_searchPause->stop();
    try {
        m_model->setSearch(m_search->text());
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
}

void PeoplePage::newPerson()
{
    if (m_mayEdit)
        openEditor(std::nullopt);
}

void PeoplePage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (const PersonRow* row = current.isValid() ? m_model->personAt(current.row()) : nullptr)
        openEditor(row->id);
}

void PeoplePage::openEditor(std::optional<qint64> personId)
{
    // Closed (and its data dropped) by the main window when the vault locks.
    auto* editor = new PersonEditor(m_holder, personId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PersonEditor::personSaved, this, [this] {
        try {
            m_model->reload();
        } catch (const Error& error) {
            showWarning(this, error.message());
        }
    });
    editor->open();
}

void PeoplePage::updateSummary()
{
    const auto total = static_cast<int>(m_model->totalCount());
    const bool searching = !m_model->search().isEmpty();
    if (m_model->hasMoreMatches())
        m_count->setText(tr("The first %n matching people are listed; type more of the name to "
                            "narrow the search.",
                            nullptr, total));
    else
        m_count->setText(searching ? tr("%n person(s) match", nullptr, total)
                                   : tr("%n person(s)", nullptr, total));
    if (total > 0) {
        // No stale words wait behind the table for the next language.
        m_emptyText->clear();
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (searching)
        m_emptyText->setText(tr("Nobody matches \"%1\". Try the first letters of another name, "
                                "or a pseudonym such as P-2026-00042.")
                                 .arg(m_model->search()));
    else if (m_mayEdit)
        m_emptyText->setText(tr("No people are recorded yet. Use \"New person…\" to record "
                                "the first one, or import a spreadsheet with amparo-cli import."));
    else
        m_emptyText->setText(tr("No people are recorded yet, or none you may see. Caseworkers "
                                "record people."));
    m_stack->setCurrentIndex(1);
}

void PeoplePage::updateButtons()
{
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace ui
} // namespace amparo
