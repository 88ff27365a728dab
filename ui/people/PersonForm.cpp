#include "people/PersonForm.h"

#include "common/CountryNames.h"
#include "common/DateFormat.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "organisations/Organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
    setAccessibleName(tr("Person's details"));
    addTab(createIdentityTab(), tr("&Identity"));
    addTab(createRolesTab(), tr("&Roles and affiliation"));
    addTab(createContactTab(), tr("Con&tact and notes"));

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

QWidget* PersonForm::createIdentityTab()
{
    auto* tab = new QWidget(this);
    m_pseudonym = new QLabel(tab);
    m_pseudonym->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pseudonym->setAccessibleName(tr("Pseudonym"));
    m_name = new QLineEdit(tab);
    m_name->setAccessibleName(tr("Full name"));
    m_externalId = new QLineEdit(tab);
    m_externalId->setAccessibleName(tr("External id"));
    m_externalId->setToolTip(tr("The person's id in your organisation's spreadsheet, if any."));
    m_sex = new QComboBox(tab);
    m_sex->setAccessibleName(tr("Sex or gender"));
    addTerms(m_sex, Vocabulary::Sex);
    m_birthDateKnown = new QCheckBox(tr("Exact dat&e:"), tab);
    m_birthDateKnown->setAccessibleName(tr("Exact date of birth known"));
    m_birthDate = new QDateEdit(tab);
    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(fullYearDateFormat());
    m_birthDate->setDate(QDate(1980, 1, 1));
    m_birthDate->setEnabled(false);
    m_birthYear = new QLineEdit(tab);
    m_birthYear->setAccessibleName(tr("Year of birth"));
    m_birthYear->setPlaceholderText(tr("e.g. 1983, when only the age is known"));
    m_birthYear->setValidator(new QIntValidator(0, 9999, m_birthYear));
    m_nationality = new QComboBox(tab);
    m_nationality->setAccessibleName(tr("Nationality"));
    addCountries(m_nationality, tr("Not known"));
    m_country = new QComboBox(tab);
    m_country->setAccessibleName(tr("Country of residence"));
    addCountries(m_country, tr("Not known"));
    m_languages = new QLineEdit(tab);
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setPlaceholderText(tr("e.g. Arabic, French"));

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
    form->addRow(tr("Pseudonym:"), m_pseudonym);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Sex / gender:"), m_sex);
    auto* birthLabel = new QLabel(tr("&Year of birth:"), tab);
    birthLabel->setBuddy(m_birthYear);
    form->addRow(birthLabel, birth);
    form->addRow(tr("&Nationality:"), m_nationality);
    form->addRow(tr("Country of &residence:"), m_country);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("E&xternal id:"), m_externalId);
    return tab;
}

QCheckBox* PersonForm::termBox(QWidget* parent, const QString& label, const QString& accessibleName)
{
    auto* box = new QCheckBox(label, parent);
    box->setAccessibleName(accessibleName);
    return box;
}

QWidget* PersonForm::createRolesTab()
{
    auto* tab = new QWidget(this);
    auto* rolesBox = new QGroupBox(tr("Roles (at least one)"), tab);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    for (const QString& name : termNames(Vocabulary::PersonRole)) {
        const QString label = termLabel(Vocabulary::PersonRole, name);
        QCheckBox* box = termBox(rolesBox, label, tr("Role: %1").arg(label));
        box->setProperty("term", name);
        rolesLayout->addWidget(box);
        m_roles.push_back(box);
    }
    m_womanDefender =
        termBox(rolesBox, tr("&Woman human rights defender"), tr("Woman human rights defender"));
    rolesLayout->addWidget(m_womanDefender);

    auto* risksBox = new QGroupBox(tr("Vulnerabilities"), tab);
    auto* risksLayout = new QVBoxLayout(risksBox);
    for (const QString& name : termNames(Vocabulary::Vulnerability)) {
        const QString label = termLabel(Vocabulary::Vulnerability, name);
        QCheckBox* box = termBox(risksBox, label, tr("Vulnerability: %1").arg(label));
        box->setProperty("term", name);
        risksLayout->addWidget(box);
        m_vulnerabilities.push_back(box);
    }
    risksLayout->addStretch(1);

    m_affiliation = new QComboBox(tab);
    m_affiliation->setAccessibleName(tr("Affiliation"));
    m_affiliation->addItem(tr("None"), QVariant());
    auto* affiliation = new QFormLayout;
    affiliation->addRow(tr("&Affiliation:"), m_affiliation);

    auto* boxes = new QHBoxLayout;
    boxes->addWidget(rolesBox, 1);
    boxes->addWidget(risksBox, 1);
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
    m_phone->setAccessibleName(tr("Telephone"));
    m_phone->setPlaceholderText(tr("with the country code, e.g. +52 55 1234 5678"));
    m_email = new QLineEdit(tab);
    m_email->setAccessibleName(tr("E-mail"));
    m_address = new QPlainTextEdit(tab);
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_notes = new QPlainTextEdit(tab);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("N&otes:"), m_notes);
    return tab;
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
    //: The pseudonym of a person not saved yet.
    m_pseudonym->setText(person.pseudonym.isEmpty() ? tr("Given when the person is saved")
                                                    : person.pseudonym);
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
