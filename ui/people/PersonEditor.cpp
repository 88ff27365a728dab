#include "people/PersonEditor.h"

#include "auth/Permission.h"
#include "auth/User.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationService.h"
#include "people/AnonymiseDialog.h"
#include "people/ConsentPanel.h"
#include "people/DuplicateWarning.h"
#include "people/PersonForm.h"
#include "people/PersonService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

PersonEditor::PersonEditor(SessionHolder& holder, std::optional<qint64> personId, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_personId(personId.value_or(0)),
      m_mayEdit(auth::rolesAllow(holder.session().user().roles, auth::Permission::EditCases)),
      m_duplicates(new DuplicateWarning(
          [this] { return PersonService(m_holder.session()).possibleDuplicates(m_form->person()); },
          this)),
      m_form(new PersonForm(this)), m_consent(new ConsentPanel(holder, this)),
      m_error(new ErrorLabel(this)), m_status(new QLabel(this))
{
    m_form->addTab(m_consent, QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_anonymise = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_anonymise->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 520);

    try {
        m_form->setOrganisations(OrganisationService(holder.session()).list());
    } catch (const Error&) {
        // Without the list the affiliation stays "None"; the rest still works.
    }
    connect(m_form, &PersonForm::identityEdited, m_duplicates, &DuplicateWarning::scheduleCheck);
    connect(m_save, &QPushButton::clicked, this, &PersonEditor::save);
    connect(m_anonymise, &QPushButton::clicked, this, &PersonEditor::anonymise);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_consent, &ConsentPanel::consentRecorded, this,
            [this] { Q_EMIT personSaved(m_personId); });
    connect(&holder, &SessionHolder::aboutToLock, this, &PersonEditor::forget);
    trackDecryptedData(this, [this] { return m_form->holdsPerson() ? 1 : 0; });
    load();
    retranslate();
    m_form->focusName();
}

void PersonEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PersonEditor::retranslate()
{
    m_form->setTabText(m_form->indexOf(m_consent), tr("&Consent"));
    m_status->setAccessibleName(tr("Save status"));
    m_save->setAccessibleName(tr("Save the person"));
    m_anonymise->setText(tr("A&nonymise…"));
    m_anonymise->setAccessibleName(tr("Anonymise the person"));
    showTitleAndStatus();
}

void PersonEditor::showTitleAndStatus()
{
    setWindowTitle(m_personId == 0 ? tr("New person")
                   : m_anonymised
                       //: The title of the editor of a person whose identity was removed.
                       ? tr("%1 (anonymised)").arg(m_pseudonym)
                       : tr("Person %1").arg(m_pseudonym));
    if (m_anonymised)
        m_status->setText(tr("This person was anonymised: the record can no longer be edited."));
    else if (m_savedAt)
        m_status->setText(
            tr("Saved as %1 at %2.")
                .arg(m_pseudonym, QLocale().toString(*m_savedAt, QLocale::ShortFormat)));
}

void PersonEditor::load()
{
    Person person;
    if (m_personId != 0) {
        try {
            person = PersonService(m_holder.session()).get(m_personId);
        } catch (const Error& error) {
            m_error->showError(error.message());
            m_form->setEnabled(false);
            m_save->setEnabled(false);
            m_anonymise->hide();
            return;
        }
    }
    m_pseudonym = person.pseudonym;
    m_anonymised = person.anonymised;
    m_editable = m_mayEdit && !person.anonymised;
    const bool editable = m_editable;
    showTitleAndStatus();
    m_form->setPerson(person);
    m_form->setReadOnly(!editable);
    m_save->setVisible(editable);
    m_anonymise->setVisible(editable && m_personId != 0);
    m_consent->setPerson(m_personId, person.pseudonym, m_mayEdit && !person.anonymised);
}

void PersonEditor::save()
{
    if (!m_editable)
        return;
    m_error->clearError();
    const Person input = m_form->person();
    try {
        PersonService people(m_holder.session());
        if (m_personId == 0) {
            const SavedPerson saved = people.create(input);
            m_personId = saved.id;
            load();
            m_duplicates->showSaved(saved.pseudonym, saved.possibleDuplicates);
        } else {
            people.update(input);
            load();
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    m_savedAt = QTime::currentTime();
    showTitleAndStatus();
    Q_EMIT personSaved(m_personId);
}

void PersonEditor::anonymise()
{
    auto* dialog = new AnonymiseDialog(m_holder, m_personId, m_pseudonym, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnonymiseDialog::anonymised, this, [this] {
        m_duplicates->clearWarning();
        load();
        Q_EMIT personSaved(m_personId);
    });
    dialog->open();
}

// Called before the vault locks: nothing read from it stays on screen.
void PersonEditor::forget()
{
    m_duplicates->clearWarning();
    m_form->clear();
    m_consent->clear();
    reject();
}

} // namespace ui
} // namespace amparo
