#pragma once

#include "people/Person.h"

#include <QTabWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amparo {
struct Organisation;

namespace ui {

// The fields of a person (core/people/Person.h) on three tabs: identity,
// roles and affiliation, contact and notes. It only collects what was typed;
// the core validates it on save.
class PersonForm : public QTabWidget
{
    Q_OBJECT

public:
    explicit PersonForm(QWidget* parent = nullptr);

    void setOrganisations(const std::vector<Organisation>& organisations);
    void setPerson(const Person& person);
    // What the fields say, on top of the person last set (id, pseudonym…).
    Person person() const;
    void setReadOnly(bool readOnly);
    // Shows the first tab with the cursor in the name.
    void focusName();
    // Forgets every value, as at lock.
    void clear();
    // Whether a person's data is shown (for trackDecryptedData).
    bool holdsPerson() const;

Q_SIGNALS:
    // The name, birth date or year, telephone or e-mail changed: what the
    // core compares to find a person recorded twice.
    void identityEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createIdentityTab();
    QWidget* createRolesTab();
    QWidget* createContactTab();
    QCheckBox* termBox(QGroupBox* group, const QString& term);
    void retranslate();
    void showPseudonym();

    Person m_person;
    QLabel* m_pseudonymLabel;
    QLabel* m_nameLabel;
    QLabel* m_sexLabel;
    QLabel* m_birthLabel;
    QLabel* m_nationalityLabel;
    QLabel* m_countryLabel;
    QLabel* m_languagesLabel;
    QLabel* m_externalIdLabel;
    QLabel* m_affiliationLabel;
    QLabel* m_phoneLabel;
    QLabel* m_emailLabel;
    QLabel* m_addressLabel;
    QLabel* m_notesLabel;
    QGroupBox* m_rolesBox;
    QGroupBox* m_risksBox;
    QLabel* m_pseudonym;
    QLineEdit* m_name;
    QLineEdit* m_externalId;
    QComboBox* m_sex;
    QCheckBox* m_birthDateKnown;
    QDateEdit* m_birthDate;
    QLineEdit* m_birthYear;
    QComboBox* m_nationality;
    QComboBox* m_country;
    QLineEdit* m_languages;
    std::vector<QCheckBox*> m_roles;
    QCheckBox* m_womanDefender;
    std::vector<QCheckBox*> m_vulnerabilities;
    QComboBox* m_affiliation;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QPlainTextEdit* m_notes;
};

} // namespace ui
} // namespace amparo
