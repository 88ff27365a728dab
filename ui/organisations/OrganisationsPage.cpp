#include "organisations/OrganisationsPage.h"

#include "auth/Permission.h"
#include "auth/User.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationEditor.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

OrganisationsPage::OrganisationsPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder),
      m_model(new OrganisationListModel(
          OrganisationListModel::fromSession([&holder]() -> Session& { return holder.session(); }),
          this)),
      m_kind(new QComboBox(this)), m_new(new QPushButton(this)), m_open(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)), m_count(new QLabel(this))
{
    m_kind->addItem(QString(), QString());
    addTerms(m_kind, Vocabulary::OrganisationKind);
    m_new->setShortcut(QKeySequence::New);
    const auth::RoleSet roles = holder.session().user().roles;
    m_mayEdit = auth::rolesAllow(roles, auth::Permission::EditCases) ||
                auth::rolesAllow(roles, auth::Permission::ManageSettings);
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
    header->setSectionResizeMode(OrganisationListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(OrganisationListModel::NameColumn, 36 * fontMetrics().averageCharWidth());
    header->setStretchLastSection(true);

    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganisationsPage::applyKind);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganisationsPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QTableView::activated, this, &OrganisationsPage::openSelected);
    connect(m_new, &QPushButton::clicked, this, &OrganisationsPage::newOrganisation);
    connect(m_open, &QPushButton::clicked, this, &OrganisationsPage::openSelected);
    connect(&holder, &SessionHolder::aboutToLock, m_model, &OrganisationListModel::clear);

    setFocusProxy(m_kind);
    setTabOrder(m_kind, m_new);
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_table);
    retranslate();
    applyKind();
}

void OrganisationsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganisationsPage::retranslate()
{
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->setItemText(0, tr("All kinds"));
    retranslateTerms(m_kind, Vocabulary::OrganisationKind);
    m_new->setText(tr("&New organisation…"));
    m_new->setAccessibleName(tr("New organisation"));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open organisation"));
    m_open->setToolTip(tr("Open the chosen organisation (Enter)"));
    m_table->setAccessibleName(tr("Organisations"));
    retranslateModel(*m_model);
    updateSummary();
}

void OrganisationsPage::applyKind()
{
    try {
        m_model->setKind(m_kind->currentData().toString());
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
}

void OrganisationsPage::newOrganisation()
{
    if (m_mayEdit)
        openEditor(std::nullopt);
}

void OrganisationsPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (const Organisation* row =
            current.isValid() ? m_model->organisationAt(current.row()) : nullptr)
        openEditor(row->id);
}

void OrganisationsPage::openEditor(std::optional<qint64> organisationId)
{
    auto* editor = new OrganisationEditor(m_holder, organisationId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OrganisationEditor::organisationSaved, this, &OrganisationsPage::applyKind);
    editor->open();
}

void OrganisationsPage::updateSummary()
{
    const int total = m_model->rowCount();
    m_count->setText(tr("%n organisation(s)", nullptr, total));
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
    if (total > 0) {
        // No stale words wait behind the table for the next language.
        m_emptyText->clear();
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_model->kind().isEmpty())
        m_emptyText->setText(tr("No organisation of this kind is recorded. Choose \"All kinds\" "
                                "to see the others."));
    else if (m_mayEdit)
        m_emptyText->setText(tr("No organisations are recorded yet. Use \"New organisation…\" "
                                "to add the network's members, partners and service providers."));
    else
        m_emptyText->setText(tr("No organisations are recorded yet. Caseworkers and "
                                "administrators add them."));
    m_stack->setCurrentIndex(1);
}

} // namespace ui
} // namespace amparo
