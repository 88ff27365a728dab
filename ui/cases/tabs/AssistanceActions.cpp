// The dialogs of AssistanceTab: adding, editing and moving a line through
// the core, with the core's refusal shown in the dialog that asked.
#include "assistance/AssistanceService.h"
#include "cases/tabs/AssistanceTab.h"
#include "cases/tabs/StatusNoteDialog.h"
#include "common/ErrorLabel.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

namespace amparo {
namespace ui {
namespace {

const QString kEditorDraft = QStringLiteral("assistance");
const QString kTransitionDraft = QStringLiteral("transition");

} // namespace

void AssistanceTab::addAssistance()
{
    Assistance fresh;
    fresh.caseId = caseId();
    fresh.type = termNames(Vocabulary::AssistanceType).value(0);
    fresh.requestedOn = session().clock().nowUtc().date();
    openEditor(fresh);
}

void AssistanceTab::editSelected()
{
    if (const Assistance* line = selected())
        openEditor(*line);
}

void AssistanceTab::openEditor(const Assistance& assistance)
{
    delete m_editor;
    m_editor = new AssistanceDialog(assistance, m_people, m_providers, this);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &AssistanceDialog::saveRequested, this, &AssistanceTab::saveEditor);
    connect(m_editor, &QDialog::finished, m_editor, &QObject::deleteLater);
    m_editor->open();
}

void AssistanceTab::saveEditor()
{
    if (!m_editor)
        return;
    const Assistance input = m_editor->assistance();
    qint64 savedId = input.id;
    try {
        AssistanceService service(session());
        if (m_editor->isNew())
            savedId = service.create(input).id;
        else
            service.update(input);
    } catch (const Error& error) {
        m_editor->showError(error.message());
        return;
    }
    m_editor->accept();
    saved(savedId);
}

void AssistanceTab::requestTransition(const QString& toStatus)
{
    if (const Assistance* line = selected())
        openNoteDialog(line->id, toStatus, QString());
}

void AssistanceTab::openNoteDialog(qint64 assistanceId, const QString& toStatus,
                                   const QString& note)
{
    delete m_noteDialog;
    m_transitionId = assistanceId;
    m_transitionTo = toStatus;
    const auto [question, confirmLabel] = transitionQuestion();
    m_noteDialog = new StatusNoteDialog(question, confirmLabel, this);
    m_noteDialog->setNote(note);
    m_noteDialog->setWindowModality(Qt::WindowModal);
    connect(m_noteDialog, &StatusNoteDialog::confirmRequested, this,
            &AssistanceTab::confirmTransition);
    connect(m_noteDialog, &QDialog::finished, m_noteDialog, &QObject::deleteLater);
    m_noteDialog->open();
}

std::pair<QString, QString> AssistanceTab::transitionQuestion() const
{
    QString from;
    QString type;
    for (const Assistance& a : m_lines) {
        if (a.id == m_transitionId) {
            from = termLabel(Vocabulary::AssistanceStatus, a.status);
            type = termLabel(Vocabulary::AssistanceType, a.type);
        }
    }
    const QString to = termLabel(Vocabulary::AssistanceStatus, m_transitionTo);
    //: %1 is the type of assistance, %2 and %3 its current and new status.
    return {tr("Move the %1 assistance from %2 to %3?").arg(type, from, to),
            tr("Mark as %1").arg(to)};
}

void AssistanceTab::confirmTransition()
{
    if (!m_noteDialog)
        return;
    try {
        AssistanceService(session()).transition(m_transitionId, m_transitionTo,
                                                m_noteDialog->note());
    } catch (const Error& error) {
        m_noteDialog->showError(error.message());
        // The line may have moved meanwhile: show where it is now.
        if (error.kind() == ErrorKind::Refused)
            reload();
        return;
    }
    m_noteDialog->accept();
    saved(m_transitionId);
}

void AssistanceTab::saved(qint64 assistanceId)
{
    reload();
    selectLine(assistanceId);
    Q_EMIT recordsChanged();
}

QJsonObject AssistanceTab::draft() const
{
    if (m_editor)
        return {{QStringLiteral("kind"), kEditorDraft},
                {QStringLiteral("assistance"), m_editor->draft()}};
    if (m_noteDialog)
        return {{QStringLiteral("kind"), kTransitionDraft},
                {QStringLiteral("id"), m_transitionId},
                {QStringLiteral("to"), m_transitionTo},
                {QStringLiteral("note"), m_noteDialog->note()}};
    return {};
}

void AssistanceTab::restoreDraft(const QJsonObject& draft)
{
    const QString kind = draft.value(QStringLiteral("kind")).toString();
    if (kind == kEditorDraft) {
        Assistance typed =
            AssistanceDialog::fromDraft(draft.value(QStringLiteral("assistance")).toObject());
        typed.caseId = caseId();
        openEditor(typed);
    } else if (kind == kTransitionDraft) {
        const qint64 id = draft.value(QStringLiteral("id")).toInteger();
        selectLine(id);
        openNoteDialog(id, draft.value(QStringLiteral("to")).toString(),
                       draft.value(QStringLiteral("note")).toString());
    }
}

} // namespace ui
} // namespace amparo
