#include "cases/CasesSection.h"

#include "auth/Permission.h"
#include "cases/CaseEditor.h"
#include "cases/CasesPage.h"
#include "common/Warning.h"
#include "drafts/DraftStore.h"
#include "tasks/TaskService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

const QString kCaseDraft = QStringLiteral("case");

} // namespace

CasesSection::CasesSection(CaseTab::SessionAccess session, CaseEditorHooks hooks, QWidget* parent)
    : QWidget(parent), m_session(session), m_offer(new QFrame(this)),
      m_offerText(new QLabel(m_offer)), m_restore(new QPushButton(m_offer)),
      m_discard(new QPushButton(m_offer)), m_stack(new QStackedWidget(this)),
      m_list(new CasesPage(CaseListModel::fromSession(session), this)),
      m_editor(new CaseEditor(session, std::move(hooks), this))
{
    auto* offerFrame = static_cast<QFrame*>(m_offer);
    offerFrame->setFrameShape(QFrame::StyledPanel);
    offerFrame->setAutoFillBackground(true);
    offerFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_offerText->setWordWrap(true);
    m_offerText->setForegroundRole(QPalette::ToolTipText);
    connect(m_restore, &QPushButton::clicked, this, &CasesSection::restoreOfferedDraft);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        askToConfirm(this, tr("Discard the kept changes? They cannot be recovered afterwards."),
                     tr("Discard"), [this] { discardOfferedDraft(); });
    });
    auto* offerLayout = new QHBoxLayout(m_offer);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_restore);
    offerLayout->addWidget(m_discard);
    m_offer->hide();

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offer);
    layout->addWidget(m_stack, 1);

    const auth::User& me = session().user();
    m_list->setNewCaseAvailable(auth::rolesAllow(me.roles, auth::Permission::EditCases));
    // Cases are assigned to caseworkers: they are the assignee filter's choices.
    std::vector<std::pair<qint64, QString>> caseworkers;
    for (const auth::User& user : TaskService(session()).users())
        if (user.roles.has(auth::Role::Caseworker))
            caseworkers.emplace_back(user.id,
                                     user.displayName.isEmpty() ? user.login : user.displayName);
    m_list->setAssignees(caseworkers, me.id);
    connect(m_list, &CasesPage::caseActivated, this, &CasesSection::openCase);
    connect(m_list, &CasesPage::newCaseRequested, this, &CasesSection::startNewCase);
    connect(m_editor, &CaseEditor::closeRequested, this, &CasesSection::showList);
    connect(m_editor, &CaseEditor::summaryRequested, this, &CasesSection::summaryRequested);
    setFocusProxy(m_list);
    retranslate();
}

void CasesSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasesSection::retranslate()
{
    //: Opens the changes kept when the vault locked.
    m_restore->setText(tr("&Open them"));
    m_discard->setText(tr("&Discard"));
    updateOfferText();
}

void CasesSection::updateOfferText()
{
    if (m_offeredDraft == 0)
        return m_offerText->clear();
    const QString when = QLocale().toString(m_offeredSavedAt.toLocalTime(), QLocale::ShortFormat);
    m_offerText->setText(
        m_offeredSubject.isEmpty()
            ? tr("You were writing a new case when the vault locked (%1). Your work was kept.")
                  .arg(when)
            : tr("Changes to case %1 were not saved when the vault locked (%2). They were "
                 "kept.")
                  .arg(m_offeredSubject, when));
}

bool CasesSection::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void CasesSection::openCase(qint64 caseId)
{
    try {
        m_editor->openCase(caseId);
    } catch (const Error& error) {
        showWarning(this, error.message());
        return;
    }
    m_stack->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

void CasesSection::startNewCase()
{
    m_editor->startNewCase();
    m_stack->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

void CasesSection::showList()
{
    m_editor->clear();
    m_list->model().reload();
    m_stack->setCurrentWidget(m_list);
    m_list->setFocus();
}

void CasesSection::keepDraft(DraftStore& drafts)
{
    if (!isEditing())
        return;
    const QJsonObject draft = m_editor->draft();
    if (!draft.isEmpty())
        drafts.save(kCaseDraft, m_editor->reference(),
                    QJsonDocument(draft).toJson(QJsonDocument::Compact));
}

void CasesSection::offerDrafts()
{
    m_offeredDraft = 0;
    m_offer->hide();
    for (const Draft& draft : DraftStore(m_session()).mine()) {
        if (draft.kind != kCaseDraft)
            continue;
        m_offeredDraft = draft.id;
        m_offeredSubject = draft.subject;
        m_offeredSavedAt = draft.savedAt;
        updateOfferText();
        m_offer->show();
        return;
    }
}

QString CasesSection::draftOffer() const
{
    return m_offer->isHidden() ? QString() : m_offerText->text();
}

void CasesSection::restoreOfferedDraft()
{
    DraftStore drafts(m_session());
    for (const Draft& draft : drafts.mine()) {
        if (draft.id != m_offeredDraft)
            continue;
        try {
            m_editor->restoreDraft(QJsonDocument::fromJson(draft.content).object());
        } catch (const Error& error) {
            showWarning(this, error.message());
            return;
        }
        m_stack->setCurrentWidget(m_editor);
        // It lives in the editor now; locking again keeps it again.
        drafts.discard(draft.id);
        break;
    }
    offerDrafts();
}

void CasesSection::discardOfferedDraft()
{
    try {
        DraftStore(m_session()).discard(m_offeredDraft);
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
    offerDrafts();
}

} // namespace ui
} // namespace amparo
