#include "cases/tabs/ViolationsTab.h"

#include "cases/CaseService.h"
#include "cases/tabs/MedicalRecordDialog.h"
#include "cases/tabs/RecordListView.h"
#include "cases/tabs/ViolationDialog.h"
#include "cases/tabs/ViolationTableModel.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

ViolationsTab::ViolationsTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : RecordTab(std::move(session), caseId, parent), m_model(new ViolationTableModel(this)),
      m_list(new RecordListView(m_model, this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_medical(new QPushButton(this)), m_medicalNote(new QLabel(this)),
      m_error(new ErrorLabel(this))
{
    m_medicalNote->setWordWrap(true);
    QHeaderView* header = m_list->table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ViolationTableModel::PlaceColumn, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_medical);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_medicalNote);

    const auto shortcut = [this](const QKeySequence& keys, void (ViolationsTab::*act)()) {
        auto* s = new QShortcut(keys, this, this, act);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_Insert), &ViolationsTab::addViolation);
    shortcut(QKeySequence(Qt::Key_F2), &ViolationsTab::editViolation);
    shortcut(QKeySequence(QKeySequence::Delete), &ViolationsTab::removeViolation);
    connect(m_add, &QPushButton::clicked, this, &ViolationsTab::addViolation);
    connect(m_edit, &QPushButton::clicked, this, &ViolationsTab::editViolation);
    connect(m_remove, &QPushButton::clicked, this, &ViolationsTab::removeViolation);
    connect(m_medical, &QPushButton::clicked, this, &ViolationsTab::editMedicalRecord);
    connect(m_list, &RecordListView::currentRowChanged, this, &ViolationsTab::updateActions);
    connect(m_list, &RecordListView::rowActivated, this, &ViolationsTab::editViolation);

    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_medical);
    setTabOrder(m_medical, m_list->table());
    trackDecryptedData(this, [this] { return m_model->rowCount() + dialogsHeld(); });
    retranslate();
    reload();
}

void ViolationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordTab::changeEvent(event);
}

void ViolationsTab::retranslate()
{
    m_list->table()->setAccessibleName(tr("Violations"));
    m_list->setEmptyText(tr("No violations recorded yet. Add the first with Add violation…"));
    m_add->setText(tr("&Add violation…"));
    m_add->setAccessibleName(tr("Add violation"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit violation"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setAccessibleName(tr("Remove violation"));
    m_medical->setText(tr("&Medical record…"));
    m_medical->setAccessibleName(tr("Medical record"));
    m_medicalNote->setAccessibleName(tr("Medical record of the selected violation"));
    retranslateModel(*m_model);
    // The core's refusal, shown as the buttons' tooltips, in the new language.
    if (!m_refusal.isEmpty())
        m_refusal = editRefusal();
    updateActions();
}

void ViolationsTab::reload()
{
    m_error->clearError();
    m_refusal = editRefusal();
    const Violation* selected = m_model->violationAt(m_list->currentRow());
    const qint64 selectedId = selected ? selected->id : 0;
    try {
        std::vector<Violation> rows = ViolationService(session()).listForCase(caseId());
        QHash<qint64, QString> pseudonyms;
        for (const CasePerson& person : CaseService(session()).people(caseId()))
            pseudonyms.insert(person.personId, person.pseudonym);
        QHash<qint64, MedicalExamination> records;
        MedicalRecordService medical(session());
        for (const Violation& v : rows) {
            if (!mayCarryMedicalRecord(v.type))
                continue;
            if (auto record = medical.get(v.id))
                records.insert(v.id, std::move(*record));
        }
        m_model->setRows(std::move(rows), std::move(pseudonyms), std::move(records));
    } catch (const Error& error) {
        m_model->clear();
        m_error->showError(error.message());
    }
    selectViolation(selectedId);
    updateActions();
}

void ViolationsTab::clear()
{
    dropDialogs();
    m_model->clear();
    m_medicalNote->clear();
}

void ViolationsTab::selectRow(int row)
{
    m_list->selectRow(row);
}

void ViolationsTab::selectViolation(qint64 violationId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->violationAt(row)->id == violationId) {
            m_list->selectRow(row);
            return;
        }
    }
    m_list->selectRow(0);
}

void ViolationsTab::updateActions()
{
    const Violation* selected = m_model->violationAt(m_list->currentRow());
    const bool mayEdit = m_refusal.isEmpty();
    m_add->setEnabled(mayEdit);
    m_edit->setEnabled(mayEdit && selected);
    m_remove->setEnabled(mayEdit && selected);
    const bool mayCarry = selected && mayCarryMedicalRecord(selected->type);
    const MedicalExamination* record = selected ? m_model->medicalRecord(selected->id) : nullptr;
    const bool hasRecord = record != nullptr;
    // Reading a record needs no edit right; adding one does.
    m_medical->setEnabled(mayCarry && (hasRecord || mayEdit));
    // A disabled button says why: the core's own refusal.
    m_add->setToolTip(mayEdit ? tr("Add a violation to the case (Insert)") : m_refusal);
    m_edit->setToolTip(mayEdit ? tr("Edit the selected violation (F2)") : m_refusal);
    m_remove->setToolTip(mayEdit ? tr("Remove the selected violation (Delete)") : m_refusal);

    if (!selected)
        m_medicalNote->clear();
    else if (!mayCarry)
        m_medicalNote->setText(tr("%1: no medical record; only torture, ill-treatment and "
                                  "sexual violence carry one.")
                                   .arg(termLabel(Vocabulary::ViolationType, selected->type)));
    else if (hasRecord)
        m_medicalNote->setText(
            tr("Medical record: examined on %1 by %2, %n finding(s). Open it with Medical "
               "record…",
               nullptr, static_cast<int>(record->findings.size()))
                .arg(QLocale().toString(record->examinedOn, fullYearDateFormat()),
                     record->examiner));
    else
        m_medicalNote->setText(tr("No medical record yet. Add the examination and its findings "
                                  "with Medical record…"));
    m_medicalNote->setVisible(selected != nullptr);
}

void ViolationsTab::addViolation()
{
    if (!m_add->isEnabled())
        return;
    auto* dialog = new ViolationDialog([this]() -> Session& { return session(); }, caseId(),
                                       std::nullopt, this);
    openEditor(dialog, [this, dialog] { selectViolation(dialog->violationId()); });
}

void ViolationsTab::editViolation()
{
    const Violation* selected = m_model->violationAt(m_list->currentRow());
    if (!selected || !m_edit->isEnabled())
        return;
    auto* dialog =
        new ViolationDialog([this]() -> Session& { return session(); }, caseId(), *selected, this);
    openEditor(dialog);
}

void ViolationsTab::editMedicalRecord()
{
    const Violation* selected = m_model->violationAt(m_list->currentRow());
    if (!selected || !m_medical->isEnabled())
        return;
    try {
        openEditor(
            new MedicalRecordDialog([this]() -> Session& { return session(); }, *selected, this));
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
}

void ViolationsTab::removeViolation()
{
    const Violation* selected = m_model->violationAt(m_list->currentRow());
    if (!selected || !m_remove->isEnabled())
        return;
    const qint64 id = selected->id;
    const QString what = tr("%1, %2", "type and date of a violation")
                             .arg(termLabel(Vocabulary::ViolationType, selected->type),
                                  ViolationTableModel::dateText(*selected));
    confirm(tr("Remove the violation"),
            tr("Remove the violation \"%1\" from the case? Its medical record is removed with "
               "it. The audit trail keeps a record of the removal.")
                .arg(what),
            tr("&Remove violation"), [this, id] {
                try {
                    ViolationService(session()).remove(id);
                } catch (const Error& error) {
                    m_error->showError(error.message());
                    return;
                }
                reload();
                Q_EMIT recordsChanged();
            });
}

void ViolationsTab::restoreDraft(const QJsonObject& draft)
{
    const QString kind = draft.value(QStringLiteral("kind")).toString();
    try {
        if (kind == QLatin1String(ViolationDialog::kDraftKind)) {
            const qint64 id = draft.value(QStringLiteral("id")).toString().toLongLong();
            std::optional<Violation> existing;
            if (id != 0)
                existing = ViolationService(session()).get(id);
            auto* dialog = new ViolationDialog([this]() -> Session& { return session(); }, caseId(),
                                               existing, this);
            dialog->restoreDraft(draft);
            openEditor(dialog, [this, dialog] { selectViolation(dialog->violationId()); });
        } else if (kind == QLatin1String(MedicalRecordDialog::kDraftKind)) {
            const Violation violation = ViolationService(session()).get(
                draft.value(QStringLiteral("violationId")).toString().toLongLong());
            auto* dialog = new MedicalRecordDialog([this]() -> Session& { return session(); },
                                                   violation, this);
            dialog->restoreDraft(draft);
            openEditor(dialog);
        }
    } catch (const Error& error) {
        // The record was removed meanwhile, or the case is no longer visible.
        m_error->showError(error.message());
    }
}

} // namespace ui
} // namespace amparo
