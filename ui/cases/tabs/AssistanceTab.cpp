#include "cases/tabs/AssistanceTab.h"

#include "assistance/AssistanceService.h"
#include "assistance/AssistanceWorkflow.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "cases/tabs/RowIds.h"
#include "cases/tabs/StatusNoteDialog.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "domain/Vocabulary.h"
#include "grants/GrantRequestDialog.h"
#include "organisations/OrganisationService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QString shortDate(const std::optional<QDate>& date)
{
    return date ? QLocale().toString(*date, fullYearDateFormat()) : QString();
}

} // namespace

AssistanceTab::AssistanceTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : CaseTab(std::move(session), caseId, parent), m_model(new QStandardItemModel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_details(new QLabel(this)), m_error(new ErrorLabel(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_transitions(new QWidget(this)),
      m_requestGrant(new QPushButton(this))
{
    // Rows, plus what an open dialog shows (pseudonyms, typed text).
    trackDecryptedData(
        this, [this] { return m_model->rowCount() + (m_editor ? 1 : 0) + (m_noteDialog ? 1 : 0); });

    m_model->setColumnCount(ColumnCount);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* transitionLayout = new QHBoxLayout(m_transitions);
    transitionLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addSpacing(12);
    actions->addWidget(m_transitions);
    actions->addStretch(1);
    actions->addWidget(m_requestGrant);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_add, &QPushButton::clicked, this, &AssistanceTab::addAssistance);
    connect(m_edit, &QPushButton::clicked, this, &AssistanceTab::editSelected);
    m_requestGrant->hide();
    connect(m_requestGrant, &QPushButton::clicked, this, &AssistanceTab::requestGrant);
    connect(m_table, &QTableView::activated, this, &AssistanceTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssistanceTab::updateActions);
    retranslate();
}

void AssistanceTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void AssistanceTab::retranslate()
{
    m_model->setHorizontalHeaderLabels({tr("Type"), tr("Status"), tr("Beneficiary"), tr("Provider"),
                                        tr("Requested"), tr("Started"), tr("Completed"),
                                        tr("Outcome")});
    m_table->setAccessibleName(tr("Assistance lines"));
    m_empty->setText(tr("No assistance recorded yet. Use Add assistance… to record legal, "
                        "medical, psychosocial, relocation or social help for a person of "
                        "this case."));
    m_details->setAccessibleName(tr("Description of the selected assistance"));
    m_add->setText(tr("&Add assistance…"));
    m_add->setAccessibleName(tr("Add assistance"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the selected assistance"));
    m_requestGrant->setText(tr("Request a g&rant…"));
    m_requestGrant->setAccessibleName(tr("Request a grant for the selected assistance"));
    // The people's roles and the lines' terms and dates are shown in words
    // and formats of the language.
    m_people = peopleChoices();
    showLineTexts();
    if (m_editor)
        m_editor->relabelPeople(m_people);
    if (m_noteDialog) {
        const auto [question, confirmLabel] = transitionQuestion();
        m_noteDialog->setQuestion(question, confirmLabel);
    }
    updateActions();
}

void AssistanceTab::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    try {
        Session& s = session();
        m_lines = AssistanceService(s).listForCase(caseId());
        m_requestGrant->setVisible(
            auth::rolesAllow(s.user().roles, auth::Permission::RequestGrants) &&
            auth::rolesAllow(s.user().roles, auth::Permission::EditCases));
        m_roles.clear();
        m_pseudonyms.clear();
        for (const CasePerson& person : CaseService(s).people(caseId())) {
            m_roles[person.personId] << person.role;
            m_pseudonyms[person.personId] = person.pseudonym;
        }
        m_people = peopleChoices();
        m_providers.clear();
        for (const Organisation& org : OrganisationService(s).list())
            m_providers.emplace_back(org.id, org.name);
        m_error->clearError();
    } catch (const Error& error) {
        m_lines.clear();
        m_error->showError(error.message());
    }
    fillTable();
    selectLine(keep);
}

AssistanceDialog::Choices AssistanceTab::peopleChoices() const
{
    AssistanceDialog::Choices people;
    for (auto it = m_pseudonyms.cbegin(); it != m_pseudonyms.cend(); ++it)
        //: A person of the case and their roles in it, e.g. "Rosa M. (Victim)".
        people.emplace_back(
            it.key(),
            tr("%1 (%2)").arg(it.value(), termLabels(Vocabulary::PersonRole, m_roles[it.key()])));
    return people;
}

void AssistanceTab::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const Assistance& a : m_lines) {
        QList<QStandardItem*> row;
        for (int column = 0; column < ColumnCount; ++column)
            row << new QStandardItem;
        row[TypeColumn]->setData(a.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    showLineTexts();
    m_stack->setCurrentWidget(m_lines.empty() ? static_cast<QWidget*>(m_empty) : m_table);
    updateActions();
}

// The cells of the lines' rows, in the words and formats of the language.
void AssistanceTab::showLineTexts()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Assistance& a = m_lines[static_cast<std::size_t>(row)];
        const QStringList texts{termLabel(Vocabulary::AssistanceType, a.type),
                                termLabel(Vocabulary::AssistanceStatus, a.status),
                                personLabel(a.personId),
                                providerLabel(a.providerOrgId),
                                shortDate(a.requestedOn),
                                shortDate(a.startedOn),
                                shortDate(a.completedOn),
                                a.outcome.simplified()};
        for (int column = 0; column < ColumnCount; ++column) {
            QStandardItem* item = m_model->item(row, column);
            item->setText(texts[column]);
            item->setToolTip(column == TypeColumn ? a.description : texts[column]);
        }
    }
}

void AssistanceTab::clear()
{
    // Dialogs show pseudonyms and typed text: the editor keeps draft() first.
    delete m_editor;
    delete m_noteDialog;
    delete m_grantRequest;
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_pseudonyms.clear();
    m_roles.clear();
    m_people.clear();
    m_providers.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_details->clear();
    m_error->clearError();
    m_stack->setCurrentWidget(m_empty);
    updateActions();
}

StatusNoteDialog* AssistanceTab::noteDialog() const
{
    return m_noteDialog;
}

void AssistanceTab::selectLine(qint64 assistanceId)
{
    selectRowWithId(m_table, m_model, TypeColumn, assistanceId);
}

const Assistance* AssistanceTab::selected() const
{
    const std::optional<qint64> id = selectedRowId(m_table, m_model, TypeColumn);
    for (const Assistance& record : m_lines)
        if (id && record.id == *id)
            return &record;
    return nullptr;
}

QString AssistanceTab::personLabel(const std::optional<qint64>& personId) const
{
    if (!personId)
        return {};
    for (const auto& [id, label] : m_people)
        if (id == *personId)
            return label;
    return tr("A person no longer in this case");
}

QString AssistanceTab::providerLabel(const std::optional<qint64>& orgId) const
{
    if (!orgId)
        return {};
    for (const auto& [id, name] : m_providers)
        if (id == *orgId)
            return name;
    return {};
}

void AssistanceTab::updateActions()
{
    const Assistance* line = selected();
    m_edit->setEnabled(line != nullptr);
    m_requestGrant->setEnabled(line != nullptr);
    m_details->setText(line && !line->description.isEmpty()
                           ? tr("Description: %1").arg(line->description)
                           : QString());
    m_details->setVisible(!m_details->text().isEmpty());

    // Later: this may run from a slot of the dialog a button opened.
    for (QPushButton* old : m_transitions->findChildren<QPushButton*>()) {
        old->setParent(nullptr);
        old->deleteLater();
    }
    if (!line)
        return;
    QWidget* previous = m_edit;
    for (const QString& next : allowedNextAssistanceStatuses(line->status)) {
        const QString label = termLabel(Vocabulary::AssistanceStatus, next);
        //: A button that moves an assistance line to another status, e.g. "Mark as Approved…".
        auto* button = new QPushButton(tr("Mark as %1…").arg(label), m_transitions);
        button->setAccessibleName(tr("Mark the assistance as %1").arg(label));
        m_transitions->layout()->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, next] { requestTransition(next); });
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_table);
}

void AssistanceTab::requestGrant()
{
    const Assistance* line = selected();
    if (!line)
        return;
    delete m_grantRequest;
    auto* dialog =
        new GrantRequestDialog([this]() -> Session& { return session(); }, caseId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAssistance(line->id);
    // The Grants tab reads the new request again.
    connect(dialog, &GrantRequestDialog::grantSaved, this, &CaseTab::recordsChanged);
    m_grantRequest = dialog;
    dialog->open();
}

} // namespace ui
} // namespace amparo
