#include "cases/CaseEditor.h"

#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "cases/CaseSummaryForm.h"
#include "cases/CaseWorkflow.h"
#include "cases/StatusChangeDialog.h"
#include "common/Retranslate.h"
#include "domain/Vocabulary.h"
#include "organisations/OrganisationService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

constexpr int kCheckPauseMs = 300;

QString draftKey(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

CaseEditor::CaseEditor(CaseTab::SessionAccess session, CaseEditorHooks hooks, QWidget* parent)
    : QWidget(parent), m_session(std::move(session)), m_hooks(std::move(hooks)),
      m_roles(m_session().user().roles), m_back(new QPushButton(this)), m_heading(new QLabel(this)),
      m_status(new QLabel(this)), m_readOnlyNote(new QLabel(this)),
      m_changeStatus(new QToolButton(this)), m_exportSummary(new QPushButton(this)),
      m_save(new QPushButton(this)), m_revert(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_form(new CaseSummaryForm(this)), m_checkPause(new QTimer(this))
{
    connect(m_back, &QPushButton::clicked, this,
            [this] { leave([this] { Q_EMIT closeRequested(); }); });
    auto* backShortcut = new QShortcut(QKeySequence::Back, this);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, m_back, &QPushButton::click);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();

    m_changeStatus->setPopupMode(QToolButton::InstantPopup);
    m_changeStatus->setMenu(new QMenu(m_changeStatus));
    connect(m_exportSummary, &QPushButton::clicked, this,
            [this] { Q_EMIT summaryRequested(m_case.reference); });
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &CaseEditor::revert);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_heading, 1);
    header->addWidget(m_status);
    header->addWidget(m_changeStatus);
    header->addWidget(m_exportSummary);
    auto* footer = new QWidget(this);
    auto* footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(0, 0, 0, 0);
    footerLayout->addWidget(m_readOnlyNote);
    footerLayout->addStretch(1);
    footerLayout->addWidget(m_revert);
    footerLayout->addWidget(m_save);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_form, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(footer);
    // Save and Revert are the summary's: the other tabs save each record at once.
    connect(m_tabs, &QTabWidget::currentChanged, footer,
            [this, footer] { footer->setVisible(m_tabs->currentWidget() == m_form); });

    m_checkPause->setSingleShot(true);
    m_checkPause->setInterval(kCheckPauseMs);
    connect(m_checkPause, &QTimer::timeout, this, &CaseEditor::check);
    connect(m_form, &CaseSummaryForm::edited, this, &CaseEditor::checkSoon);
    setFocusProxy(m_form);
    retranslate();
}

void CaseEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseEditor::retranslate()
{
    m_back->setText(tr("← &Cases"));
    m_back->setAccessibleName(tr("Back to the case list"));
    m_back->setToolTip(tr("Back to the case list (Alt+Left)"));
    m_status->setAccessibleName(tr("Case status"));
    m_readOnlyNote->setText(tr("You can read this case. Changing it needs the caseworker role."));
    m_changeStatus->setText(tr("Change s&tatus"));
    m_changeStatus->setAccessibleName(tr("Change status"));
    m_exportSummary->setText(tr("Summary &PDF…"));
    m_exportSummary->setAccessibleName(tr("Summary PDF"));
    m_exportSummary->setToolTip(
        tr("Preview and save this case's summary, redacted for its readers."));
    m_save->setText(tr("&Save"));
    // After the text: setText() makes the mnemonic the button's shortcut.
    m_save->setShortcut(QKeySequence::Save);
    m_save->setAccessibleName(tr("Save"));
    m_save->setToolTip(tr("Save the summary (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setAccessibleName(tr("Revert"));
    m_tabs->setAccessibleName(tr("Parts of the case"));
    retranslateTabScrollButtons(*m_tabs->tabBar());
    m_tabs->setTabText(m_tabs->indexOf(m_form), tr("S&ummary"));
    for (const LabelledTab& labelled : m_caseTabs)
        m_tabs->setTabText(m_tabs->indexOf(labelled.tab), labelled.text());
    updateHeader();
}

bool CaseEditor::mayEdit() const
{
    return auth::rolesAllow(m_roles, auth::Permission::EditCases);
}

void CaseEditor::openCase(qint64 caseId)
{
    load(CaseService(m_session()).get(caseId));
}

void CaseEditor::startNewCase()
{
    Case fresh;
    fresh.programme = termNames(Vocabulary::Programme).value(0);
    fresh.openedOn = m_session().clock().nowUtc().date();
    load(fresh);
    m_form->setFocus();
}

void CaseEditor::load(const Case& c)
{
    m_case = c;
    m_form->setOrganisations(OrganisationService(m_session()).list());
    m_form->setCase(c);
    m_form->setEnabled(mayEdit());
    m_readOnlyNote->setVisible(!mayEdit());
    rebuildTabs();
    updateHeader();
}

void CaseEditor::rebuildTabs()
{
    for (const LabelledTab& labelled : m_caseTabs)
        delete labelled.tab;
    m_caseTabs.clear();
    if (m_case.id == 0)
        return;
    m_caseTabs = createCaseTabs(m_session, m_case.id, m_hooks, this);
    for (const LabelledTab& labelled : m_caseTabs) {
        m_tabs->addTab(labelled.tab, labelled.text());
        labelled.tab->reload();
        connect(labelled.tab, &CaseTab::recordsChanged, this, [this, source = labelled.tab] {
            for (const LabelledTab& other : m_caseTabs)
                if (other.tab != source)
                    other.tab->reload();
        });
    }
}

void CaseEditor::updateHeader()
{
    const bool saved = m_case.id != 0;
    m_heading->setText(saved ? tr("%1 · %2").arg(m_case.reference, m_case.title) : tr("New case"));
    m_status->setText(saved ? tr("Status: %1").arg(termLabel(Vocabulary::CaseStatus, m_case.status))
                            : QString());
    m_exportSummary->setVisible(saved && auth::rolesAllow(m_roles, auth::Permission::ExportCases));
    updateStatusMenu();
    const bool modified = isModified();
    m_save->setEnabled(modified && mayEdit());
    m_revert->setEnabled(modified && m_case.id != 0);
}

void CaseEditor::updateStatusMenu()
{
    QMenu* menu = m_changeStatus->menu();
    menu->clear();
    for (const QString& status : nextStatuses())
        menu->addAction(termLabel(Vocabulary::CaseStatus, status), this,
                        [this, status] { changeStatusTo(status); });
    m_changeStatus->setVisible(m_case.id != 0 && mayEdit() && !menu->isEmpty());
}

QStringList CaseEditor::nextStatuses() const
{
    return m_case.id == 0 ? QStringList() : allowedNextStatuses(m_case.status);
}

bool CaseEditor::isModified() const
{
    return m_form->isModified();
}

void CaseEditor::checkSoon()
{
    m_checkPause->start();
    updateHeader();
}

void CaseEditor::check()
{
    if (!isModified())
        return m_form->clearProblem();
    if (const std::optional<QString> problem =
            CaseService(m_session()).problemWith(m_form->editedCase()))
        m_form->showProblem(*problem);
    else
        m_form->clearProblem();
}

bool CaseEditor::save()
{
    m_checkPause->stop();
    CaseService cases(m_session());
    try {
        if (m_case.id == 0) {
            const Case created = cases.create(m_form->editedCase());
            load(created);
        } else {
            cases.update(m_form->editedCase());
            load(cases.get(m_case.id));
        }
    } catch (const Error& error) {
        m_form->showProblem(error.message());
        return false;
    }
    Q_EMIT caseSaved(m_case.id);
    return true;
}

void CaseEditor::revert()
{
    m_form->setCase(m_case);
    updateHeader();
}

void CaseEditor::leave(std::function<void()> proceed)
{
    if (!isModified())
        return proceed();
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("This case has changes that are not saved yet."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Save them before leaving?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, proceed = std::move(proceed)](int button) {
        if (button == QMessageBox::Save && !save())
            return;
        if (button == QMessageBox::Discard)
            revert();
        if (button == QMessageBox::Save || button == QMessageBox::Discard)
            proceed();
    });
    box->open();
}

void CaseEditor::changeStatusTo(const QString& status)
{
    if (m_statusDialog)
        return;
    m_statusDialog = new StatusChangeDialog(m_session, m_case.id, m_case.status, status, this);
    m_statusDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_statusDialog, &QDialog::accepted, this, [this] {
        const Case changed = CaseService(m_session()).get(m_case.id);
        m_case.status = changed.status;
        m_case.closedOn = changed.closedOn;
        m_case.updatedAt = changed.updatedAt;
        updateHeader();
        for (const LabelledTab& labelled : m_caseTabs)
            labelled.tab->reload();
        Q_EMIT caseSaved(m_case.id);
    });
    m_statusDialog->open();
}

QJsonObject CaseEditor::draft() const
{
    QJsonObject tabs;
    for (const LabelledTab& labelled : m_caseTabs) {
        const QJsonObject tabDraft = labelled.tab->draft();
        if (!tabDraft.isEmpty())
            tabs.insert(QString::fromLatin1(labelled.tab->metaObject()->className()), tabDraft);
    }
    if (!isModified() && tabs.isEmpty())
        return {};
    QJsonObject draft{{draftKey("caseId"), m_case.id}, {draftKey("reference"), m_case.reference}};
    if (isModified())
        draft.insert(draftKey("summary"), m_form->fields());
    if (!tabs.isEmpty())
        draft.insert(draftKey("tabs"), tabs);
    return draft;
}

void CaseEditor::restoreDraft(const QJsonObject& draft)
{
    const auto caseId = static_cast<qint64>(draft.value(draftKey("caseId")).toDouble());
    if (caseId != 0)
        openCase(caseId);
    else
        startNewCase();
    if (draft.contains(draftKey("summary")))
        m_form->setFields(draft.value(draftKey("summary")).toObject());
    const QJsonObject tabs = draft.value(draftKey("tabs")).toObject();
    for (const LabelledTab& labelled : m_caseTabs) {
        const QString name = QString::fromLatin1(labelled.tab->metaObject()->className());
        if (tabs.contains(name))
            labelled.tab->restoreDraft(tabs.value(name).toObject());
    }
    updateHeader();
}

void CaseEditor::clear()
{
    m_checkPause->stop();
    if (m_statusDialog)
        m_statusDialog->close();
    for (const LabelledTab& labelled : m_caseTabs)
        labelled.tab->clear();
    m_form->setCase(Case());
    m_case = Case();
}

} // namespace ui
} // namespace amparo
