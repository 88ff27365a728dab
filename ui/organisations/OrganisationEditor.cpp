#include "organisations/OrganisationEditor.h"

#include "auth/Permission.h"
#include "auth/User.h"
#include "common/CountryNames.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

OrganisationEditor::OrganisationEditor(SessionHolder& holder, std::optional<qint64> organisationId,
                                       QWidget* parent)
    : QDialog(parent), m_holder(holder), m_id(organisationId.value_or(0)),
      m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_country(new QComboBox(this)),
      m_contact(new QPlainTextEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_error(new ErrorLabel(this))
{
    addTerms(m_kind, Vocabulary::OrganisationKind);
    m_contact->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    m_nameLabel = addFormRow(*form, m_name);
    m_kindLabel = addFormRow(*form, m_kind);
    m_countryLabel = addFormRow(*form, m_country);
    m_contactLabel = addFormRow(*form, m_contact);
    m_notesLabel = addFormRow(*form, m_notes);

    const auth::RoleSet roles = holder.session().user().roles;
    const bool mayEdit = auth::rolesAllow(roles, auth::Permission::EditCases) ||
                         auth::rolesAllow(roles, auth::Permission::ManageSettings);
    auto* buttons =
        new QDialogButtonBox(mayEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                     : QDialogButtonBox::StandardButtons(QDialogButtonBox::Close),
                             this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 440);

    if (!mayEdit) {
        m_name->setReadOnly(true);
        m_kind->setEnabled(false);
        m_country->setEnabled(false);
        m_contact->setReadOnly(true);
        m_notes->setReadOnly(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&holder, &SessionHolder::aboutToLock, this, &OrganisationEditor::forget);
    trackDecryptedData(this, [this] { return m_name->text().isEmpty() ? 0 : 1; });
    load();
    retranslate();
}

void OrganisationEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OrganisationEditor::retranslate()
{
    setWindowTitle(m_savedName.isEmpty() ? tr("New organisation") : m_savedName);
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setAccessibleName(tr("Kind of organisation"));
    retranslateTerms(m_kind, Vocabulary::OrganisationKind);
    m_countryLabel->setText(tr("C&ountry:"));
    m_country->setAccessibleName(tr("Country"));
    fillCountries(m_country, tr("Not known"));
    m_contactLabel->setText(tr("Con&tact:"));
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setPlaceholderText(tr("Who to reach and how: name, telephone, e-mail, address"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setAccessibleName(tr("Notes"));
    if (m_save)
        m_save->setAccessibleName(tr("Save the organisation"));
}

void OrganisationEditor::load()
{
    if (m_id == 0)
        return;
    try {
        const Organisation o = OrganisationService(m_holder.session()).get(m_id);
        m_savedName = o.name;
        m_name->setText(o.name);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.kind)));
        selectCountry(m_country, o.country);
        m_contact->setPlainText(o.contact);
        m_notes->setPlainText(o.notes);
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
}

void OrganisationEditor::accept()
{
    Organisation o;
    o.id = m_id;
    o.name = m_name->text();
    o.kind = m_kind->currentData().toString();
    o.country = m_country->currentData().toString();
    o.contact = m_contact->toPlainText();
    o.notes = m_notes->toPlainText();
    try {
        OrganisationService organisations(m_holder.session());
        if (m_id == 0)
            m_id = organisations.create(o);
        else
            organisations.update(o);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    Q_EMIT organisationSaved(m_id);
    QDialog::accept();
}

void OrganisationEditor::forget()
{
    m_savedName.clear();
    m_name->clear();
    m_contact->clear();
    m_notes->clear();
    reject();
}

} // namespace ui
} // namespace amparo
