#include "cases/tabs/InterventionsTab.h"

#include "cases/tabs/InterventionDialog.h"
#include "cases/tabs/InterventionTableModel.h"
#include "cases/tabs/RecordListView.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "interventions/InterventionService.h"
#include "util/Error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

InterventionsTab::InterventionsTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : RecordTab(std::move(session), caseId, parent), m_model(new InterventionTableModel(this)),
      m_list(new RecordListView(m_model, this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_error(new ErrorLabel(this))
{
    QHeaderView* header = m_list->table()->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    // Kinds and addressees can be long ("Communication to a UN special
    // procedure"): a fixed share, elided, with the full text in the tooltip.
    for (const auto& [column, chars] : {std::pair{InterventionTableModel::KindColumn, 30},
                                        std::pair{InterventionTableModel::AddresseeColumn, 45}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, chars * charWidth);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);

    auto* add =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, this, &InterventionsTab::addIntervention);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    auto* edit =
        new QShortcut(QKeySequence(Qt::Key_F2), this, this, &InterventionsTab::editIntervention);
    edit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_add, &QPushButton::clicked, this, &InterventionsTab::addIntervention);
    connect(m_edit, &QPushButton::clicked, this, &InterventionsTab::editIntervention);
    connect(m_list, &RecordListView::currentRowChanged, this, &InterventionsTab::updateActions);
    connect(m_list, &RecordListView::rowActivated, this, &InterventionsTab::editIntervention);

    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_list->table());
    trackDecryptedData(this, [this] { return m_model->rowCount() + dialogsHeld(); });
    retranslate();
    reload();
}

void InterventionsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordTab::changeEvent(event);
}

void InterventionsTab::retranslate()
{
    m_list->table()->setAccessibleName(tr("Interventions"));
    m_list->setEmptyText(tr("No interventions recorded yet. Record the first urgent appeal, "
                            "letter or communication with Add intervention…"));
    m_add->setText(tr("&Add intervention…"));
    m_add->setAccessibleName(tr("Add intervention"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit intervention"));
    retranslateModel(*m_model);
    // The core's refusal, shown as the buttons' tooltips, in the new language.
    if (!m_refusal.isEmpty())
        m_refusal = editRefusal();
    updateActions();
}

void InterventionsTab::reload()
{
    m_error->clearError();
    m_refusal = editRefusal();
    const Intervention* selected = m_model->interventionAt(m_list->currentRow());
    const qint64 selectedId = selected ? selected->id : 0;
    try {
        m_model->setRows(InterventionService(session()).listForCase(caseId()));
    } catch (const Error& error) {
        m_model->clear();
        m_error->showError(error.message());
    }
    selectIntervention(selectedId);
    updateActions();
}

void InterventionsTab::clear()
{
    dropDialogs();
    m_model->clear();
}

void InterventionsTab::selectRow(int row)
{
    m_list->selectRow(row);
}

void InterventionsTab::selectIntervention(qint64 interventionId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->interventionAt(row)->id == interventionId) {
            m_list->selectRow(row);
            return;
        }
    }
    m_list->selectRow(m_model->rowCount() - 1); // the latest
}

void InterventionsTab::updateActions()
{
    const bool mayEdit = m_refusal.isEmpty();
    const bool selected = m_model->interventionAt(m_list->currentRow()) != nullptr;
    m_add->setEnabled(mayEdit);
    m_edit->setEnabled(mayEdit && selected);
    // A disabled button says why: the core's own refusal.
    m_add->setToolTip(mayEdit ? tr("Add an intervention to the case (Insert)") : m_refusal);
    m_edit->setToolTip(mayEdit ? tr("Edit the selected intervention (F2)") : m_refusal);
}

void InterventionsTab::addIntervention()
{
    if (!m_add->isEnabled())
        return;
    auto* dialog = new InterventionDialog([this]() -> Session& { return session(); }, caseId(),
                                          std::nullopt, this);
    openEditor(dialog, [this, dialog] { selectIntervention(dialog->interventionId()); });
}

void InterventionsTab::editIntervention()
{
    const Intervention* selected = m_model->interventionAt(m_list->currentRow());
    if (!selected || !m_edit->isEnabled())
        return;
    openEditor(new InterventionDialog([this]() -> Session& { return session(); }, caseId(),
                                      *selected, this));
}

void InterventionsTab::restoreDraft(const QJsonObject& draft)
{
    if (draft.value(QStringLiteral("kind")).toString() !=
        QLatin1String(InterventionDialog::kDraftKind))
        return;
    try {
        const qint64 id = draft.value(QStringLiteral("id")).toString().toLongLong();
        std::optional<Intervention> existing;
        if (id != 0)
            existing = InterventionService(session()).get(id);
        auto* dialog = new InterventionDialog([this]() -> Session& { return session(); }, caseId(),
                                              existing, this);
        dialog->restoreDraft(draft);
        openEditor(dialog, [this, dialog] { selectIntervention(dialog->interventionId()); });
    } catch (const Error& error) {
        // The case is no longer visible to this user, or the record is gone.
        m_error->showError(error.message());
    }
}

} // namespace ui
} // namespace amparo
