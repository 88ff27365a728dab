#include "people/PersonForm.h"

#include "common/CountryNames.h"
#include "common/DateFormat.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "organisations/Organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <initializer_list>

namespace amparo {
namespace ui {
namespace {

QStringList checkedTerms(const std::vector<QCheckBox*>& boxes)
{
    QStringList names;
    for (const QCheckBox* box : boxes) {
        if (box->isChecked())
            names << box->property("term").toString();
    }
    return names;
}

void checkTerms(const std::vector<QCheckBox*>& boxes, const QStringList& names)
{
    for (QCheckBox* box : boxes)
        box->setChecked(names.contains(box->property("term").toString()));
}

} // namespace

PersonForm::PersonForm(QWidget* parent) : QTabWidget(parent)
{
    addTab(createIdentityTab(), QString());
    addTab(createRolesTab(), QString());
    addTab(createContactTab(), QString());
    retranslate();

    for (QLineEdit* edit : {m_name, m_phone, m_email})
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::identityEdited);
    connect(m_birthYear, &QLineEdit::textEdited, this, &PersonForm::identityEdited);
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_birthDateKnown->isChecked())
            m_birthYear->setText(QString::number(date.year()));
        Q_EMIT identityEdited();
    });
    connect(m_birthDateKnown, &QCheckBox::toggled, this, [this](bool known) {
        m_birthDate->setEnabled(known && !m_name->isReadOnly());
        // The year follows an exact date; without one it is typed (an approximate age).
        m_birthYear->setReadOnly(known || m_name->isReadOnly());
        if (known)
            m_birthYear->setText(QString::number(m_birthDate->date().year()));
        Q_EMIT identityEdited();
    });
}

void PersonForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

QWidget* PersonForm::createIdentityTab()
{
    auto* tab = new QWidget(this);
    m_pseudonym = new QLabel(tab);
    m_pseudonym->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit(tab);
    m_externalId = new QLineEdit(tab);
    m_sex = new QComboBox(tab);
    addTerms(m_sex, Vocabulary::Sex);
    m_birthDateKnown = new QCheckBox(tab);
    m_birthDate = new QDateEdit(tab);
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDate(QDate(1980, 1, 1));
    m_birthDate->setEnabled(false);
    m_birthYear = new QLineEdit(tab);
    m_birthYear->setValidator(new QIntValidator(0, 9999, m_birthYear));
    m_nationality = new QComboBox(tab);
    m_country = new QComboBox(tab);
    m_languages = new QLineEdit(tab);

    auto* birth = new QHBoxLayout;
    birth->addWidget(m_birthYear, 1);
    birth->addWidget(m_birthDateKnown);
    birth->addWidget(m_birthDate, 1);

    // The fields were created in another order than they are shown.
    QWidget* previous = m_name;
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_sex, m_birthYear, m_birthDateKnown, m_birthDate,
                                         m_nationality, m_country, m_languages, m_externalId}) {
        setTabOrder(previous, next);
        previous = next;
    }

    auto* form = new QFormLayout(tab);
    m_pseudonymLabel = addFormRow(*form, m_pseudonym);
    m_nameLabel = addFormRow(*form, m_name);
    m_sexLabel = addFormRow(*form, m_sex);
    m_birthLabel = new QLabel(tab);
    m_birthLabel->setBuddy(m_birthYear);
    form->addRow(m_birthLabel, birth);
    m_nationalityLabel = addFormRow(*form, m_nationality);
    m_countryLabel = addFormRow(*form, m_country);
    m_languagesLabel = addFormRow(*form, m_languages);
    m_externalIdLabel = addFormRow(*form, m_externalId);
    return tab;
}

QCheckBox* PersonForm::termBox(QGroupBox* group, const QString& term)
{
    auto* box = new QCheckBox(group);
    box->setProperty("term", term);
    group->layout()->addWidget(box);
    return box;
}

QWidget* PersonForm::createRolesTab()
{
    auto* tab = new QWidget(this);
    m_rolesBox = new QGroupBox(tab);
    new QVBoxLayout(m_rolesBox);
    for (const QString& name : termNames(Vocabulary::PersonRole))
        m_roles.push_back(termBox(m_rolesBox, name));
    m_womanDefender = new QCheckBox(m_rolesBox);
    m_rolesBox->layout()->addWidget(m_womanDefender);

    m_risksBox = new QGroupBox(tab);
    auto* risksLayout = new QVBoxLayout(m_risksBox);
    for (const QString& name : termNames(Vocabulary::Vulnerability))
        m_vulnerabilities.push_back(termBox(m_risksBox, name));
    risksLayout->addStretch(1);

    m_affiliation = new QComboBox(tab);
    m_affiliation->addItem(QString(), QVariant());
    auto* affiliation = new QFormLayout;
    m_affiliationLabel = addFormRow(*affiliation, m_affiliation);

    auto* boxes = new QHBoxLayout;
    boxes->addWidget(m_rolesBox, 1);
    boxes->addWidget(m_risksBox, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(boxes);
    layout->addLayout(affiliation);
    layout->addStretch(1);
    return tab;
}

QWidget* PersonForm::createContactTab()
{
    auto* tab = new QWidget(this);
    m_phone = new QLineEdit(tab);
    m_email = new QLineEdit(tab);
    m_address = new QPlainTextEdit(tab);
    m_address->setTabChangesFocus(true);
    m_notes = new QPlainTextEdit(tab);
    m_notes->setTabChangesFocus(true);
    auto* form = new QFormLayout(tab);
    m_phoneLabel = addFormRow(*form, m_phone);
    m_emailLabel = addFormRow(*form, m_email);
    m_addressLabel = addFormRow(*form, m_address);
    m_notesLabel = addFormRow(*form, m_notes);
    return tab;
}

void PersonForm::retranslate()
{
    setAccessibleName(tr("Person's details"));
    setTabText(0, tr("&Identity"));
    setTabText(1, tr("&Roles and affiliation"));
    setTabText(2, tr("Con&tact and notes"));
    retranslateTabScrollButtons(*this);

    m_pseudonymLabel->setText(tr("Pseudonym:"));
    m_pseudonym->setAccessibleName(tr("Pseudonym"));
    showPseudonym();
    m_nameLabel->setText(tr("&Full name:"));
    m_name->setAccessibleName(tr("Full name"));
    m_sexLabel->setText(tr("&Sex / gender:"));
    m_sex->setAccessibleName(tr("Sex or gender"));
    retranslateTerms(m_sex, Vocabulary::Sex);
    m_birthLabel->setText(tr("&Year of birth:"));
    m_birthYear->setAccessibleName(tr("Year of birth"));
    m_birthYear->setPlaceholderText(tr("e.g. 1983, when only the age is known"));
    m_birthDateKnown->setText(tr("Exact dat&e:"));
    m_birthDateKnown->setAccessibleName(tr("Exact date of birth known"));
    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setDisplayFormat(fullYearDateFormat());
    m_nationalityLabel->setText(tr("&Nationality:"));
    m_nationality->setAccessibleName(tr("Nationality"));
    fillCountries(m_nationality, tr("Not known"));
    m_countryLabel->setText(tr("Country of &residence:"));
    m_country->setAccessibleName(tr("Country of residence"));
    fillCountries(m_country, tr("Not known"));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setPlaceholderText(tr("e.g. Arabic, French"));
    m_externalIdLabel->setText(tr("E&xternal id:"));
    m_externalId->setAccessibleName(tr("External id"));
    m_externalId->setToolTip(tr("The person's id in your organisation's spreadsheet, if any."));

    m_rolesBox->setTitle(tr("Roles (at least one)"));
    for (QCheckBox* box : m_roles) {
        const QString label = termLabel(Vocabulary::PersonRole, box->property("term").toString());
        box->setText(label);
        box->setAccessibleName(tr("Role: %1").arg(label));
    }
    m_womanDefender->setText(tr("&Woman human rights defender"));
    m_womanDefender->setAccessibleName(tr("Woman human rights defender"));
    m_risksBox->setTitle(tr("Vulnerabilities"));
    for (QCheckBox* box : m_vulnerabilities) {
        const QString label =
            termLabel(Vocabulary::Vulnerability, box->property("term").toString());
        box->setText(label);
        box->setAccessibleName(tr("Vulnerability: %1").arg(label));
    }
    m_affiliationLabel->setText(tr("&Affiliation:"));
    m_affiliation->setAccessibleName(tr("Affiliation"));
    //: No organisation the person is affiliated with.
    m_affiliation->setItemText(0, tr("None"));

    m_phoneLabel->setText(tr("&Telephone:"));
    m_phone->setAccessibleName(tr("Telephone"));
    m_phone->setPlaceholderText(tr("with the country code, e.g. +52 55 1234 5678"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setAccessibleName(tr("E-mail"));
    m_addressLabel->setText(tr("A&ddress:"));
    m_address->setAccessibleName(tr("Address"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setAccessibleName(tr("Notes"));
}

void PersonForm::showPseudonym()
{
    //: The pseudonym of a person not saved yet.
    m_pseudonym->setText(m_person.pseudonym.isEmpty() ? tr("Given when the person is saved")
                                                      : m_person.pseudonym);
}

void PersonForm::setOrganisations(const std::vector<Organisation>& organisations)
{
    const QVariant chosen = m_affiliation->currentData();
    while (m_affiliation->count() > 1)
        m_affiliation->removeItem(1);
    for (const Organisation& organisation : organisations)
        m_affiliation->addItem(organisation.name, organisation.id);
    const int index = m_affiliation->findData(chosen);
    m_affiliation->setCurrentIndex(index < 0 ? 0 : index);
}

void PersonForm::setPerson(const Person& person)
{
    // Showing a saved person is not an edit: no duplicate check for it.
    const QSignalBlocker quiet(this);
    m_person = person;
    showPseudonym();
    m_name->setText(person.fullName);
    m_externalId->setText(person.externalId);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(person.sex)));
    m_birthDateKnown->setChecked(person.birthDate.has_value());
    if (person.birthDate)
        m_birthDate->setDate(*person.birthDate);
    const auto year = person.effectiveBirthYear();
    m_birthYear->setText(year ? QString::number(*year) : QString());
    selectCountry(m_nationality, person.nationality);
    selectCountry(m_country, person.country);
    m_languages->setText(person.languages);
    checkTerms(m_roles, person.roles);
    m_womanDefender->setChecked(person.womanDefender);
    checkTerms(m_vulnerabilities, person.vulnerabilities);
    const int affiliation =
        person.affiliationId ? m_affiliation->findData(*person.affiliationId) : 0;
    m_affiliation->setCurrentIndex(std::max(0, affiliation));
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_address->setPlainText(person.address);
    m_notes->setPlainText(person.notes);
}

Person PersonForm::person() const
{
    Person p = m_person;
    p.fullName = m_name->text();
    p.externalId = m_externalId->text();
    p.sex = m_sex->currentData().toString();
    p.birthDate =
        m_birthDateKnown->isChecked() ? std::optional<QDate>(m_birthDate->date()) : std::nullopt;
    bool isYear = false;
    const int year = m_birthYear->text().toInt(&isYear);
    p.birthYear = isYear ? std::optional<int>(year) : std::nullopt;
    p.nationality = m_nationality->currentData().toString();
    p.country = m_country->currentData().toString();
    p.languages = m_languages->text();
    p.roles = checkedTerms(m_roles);
    p.womanDefender = m_womanDefender->isChecked();
    p.vulnerabilities = checkedTerms(m_vulnerabilities);
    const QVariant affiliation = m_affiliation->currentData();
    p.affiliationId =
        affiliation.isValid() ? std::optional<qint64>(affiliation.toLongLong()) : std::nullopt;
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->toPlainText();
    p.notes = m_notes->toPlainText();
    return p;
}

void PersonForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_name, m_externalId, m_birthYear, m_languages, m_phone, m_email})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : {m_address, m_notes})
        edit->setReadOnly(readOnly);
    for (QComboBox* combo : {m_sex, m_nationality, m_country, m_affiliation})
        combo->setEnabled(!readOnly);
    m_birthDateKnown->setEnabled(!readOnly);
    m_birthDate->setEnabled(!readOnly && m_birthDateKnown->isChecked());
    m_birthYear->setReadOnly(readOnly || m_birthDateKnown->isChecked());
    m_womanDefender->setEnabled(!readOnly);
    for (QCheckBox* box : m_roles)
        box->setEnabled(!readOnly);
    for (QCheckBox* box : m_vulnerabilities)
        box->setEnabled(!readOnly);
}

void PersonForm::focusName()
{
    setCurrentIndex(0);
    m_name->setFocus();
}

bool PersonForm::holdsPerson() const
{
    return m_person.id != 0 || !m_name->text().isEmpty();
}

void PersonForm::clear()
{
    setPerson(Person{});
    m_name->clear();
}

} // namespace ui
} // namespace amparo
