#include "cases/tabs/ViolationDialog.h"

#include "cases/CaseService.h"
#include "common/DateFormat.h"
#include "domain/Vocabulary.h"
#include "vault/Session.h"
#include "violations/ViolationService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace amparo {
namespace ui {
namespace {

// What the victim combo's items hold besides the person's id (Qt::UserRole).
constexpr int kPseudonymRole = Qt::UserRole + 1;
constexpr int kRolesRole = Qt::UserRole + 2;

} // namespace

ViolationDialog::ViolationDialog(CaseTab::SessionAccess session, qint64 caseId,
                                 const std::optional<Violation>& existing, QWidget* parent)
    : RecordDialog(std::move(session), parent), m_caseId(caseId), m_isNew(!existing),
      m_type(termCombo(Vocabulary::ViolationType)), m_medicalNote(new QLabel(this)),
      m_precision(termCombo(Vocabulary::DatePrecision)), m_date(dateEdit()),
      m_victim(new QComboBox(this)), m_place(new QLineEdit(this)), m_perpetrators(longText()),
      m_consequences(longText())
{
    m_medicalNote->setWordWrap(true);
    fillVictims();

    addRow(m_type);
    form()->addRow(QString(), m_medicalNote);
    addRow(m_precision);
    addRow(m_date);
    addRow(m_victim);
    addRow(m_place);
    addRow(m_perpetrators);
    addRow(m_consequences);
    setMinimumWidth(560);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ViolationDialog::updateForType);
    connect(m_precision, &QComboBox::currentIndexChanged, this,
            &ViolationDialog::updateForPrecision);
    if (existing)
        fill(*existing);
    retranslate();
}

void ViolationDialog::retranslate()
{
    setWindowTitle(m_isNew ? tr("Add a violation") : tr("Edit the violation"));
    m_type->setAccessibleName(tr("Type of violation"));
    m_medicalNote->setAccessibleName(tr("Medical record note"));
    m_precision->setAccessibleName(tr("How precise the date is"));
    m_date->setAccessibleName(tr("Date of the violation"));
    m_victim->setAccessibleName(tr("Victim"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Where it happened: a police station, a town, a road"));
    m_perpetrators->setAccessibleName(tr("Perpetrators"));
    m_perpetrators->setPlaceholderText(tr("Who did it, as far as it is known"));
    m_consequences->setAccessibleName(tr("Consequences"));
    m_consequences->setPlaceholderText(tr("Injuries, detention, loss of work or home"));
    setRowLabel(m_type, tr("&Type:"));
    setRowLabel(m_precision, tr("Date &known:"));
    setRowLabel(m_date, tr("&Date:"));
    setRowLabel(m_victim, tr("&Victim:"));
    setRowLabel(m_place, tr("&Place:"));
    setRowLabel(m_perpetrators, tr("Pe&rpetrators:"));
    setRowLabel(m_consequences, tr("&Consequences:"));
    setSaveText(m_isNew ? tr("&Add violation") : tr("&Save"));
    showVictims();
    updateForType();
    updateForPrecision();
}

void ViolationDialog::fillVictims()
{
    m_victim->addItem(QString(), qint64(0));
    // A person may have several roles in the case; list them once, with all of them.
    for (const CasePerson& p : CaseService(session()).people(m_caseId)) {
        int item = m_victim->findData(p.personId);
        if (item < 0) {
            item = m_victim->count();
            m_victim->addItem(QString(), p.personId);
            m_victim->setItemData(item, p.pseudonym, kPseudonymRole);
        }
        const QStringList roles = m_victim->itemData(item, kRolesRole).toStringList() << p.role;
        m_victim->setItemData(item, roles, kRolesRole);
    }
}

// The victims' items in the current language; their texts are built from
// what the items hold, so wiping the combo leaves no pseudonym behind.
void ViolationDialog::showVictims()
{
    m_victim->setItemText(0, tr("Not named"));
    for (int item = 1; item < m_victim->count(); ++item) {
        QStringList roles;
        for (const QString& role : m_victim->itemData(item, kRolesRole).toStringList())
            roles << termLabel(Vocabulary::PersonRole, role);
        //: Between the roles of one person in a list of people, e.g. "Victim, Witness".
        const QString separator = tr(", ");
        m_victim->setItemText(item, tr("%1 (%2)", "pseudonym and roles in the case")
                                        .arg(m_victim->itemData(item, kPseudonymRole).toString(),
                                             roles.join(separator)));
    }
}

void ViolationDialog::fill(const Violation& violation)
{
    m_id = violation.id;
    selectData(m_type, violation.type);
    selectData(m_precision, violation.datePrecision);
    if (violation.occurredOn)
        m_date->setDate(*violation.occurredOn);
    selectData(m_victim, violation.victimId.value_or(0));
    m_place->setText(violation.place);
    m_perpetrators->setPlainText(violation.perpetrators);
    m_consequences->setPlainText(violation.consequences);
}

void ViolationDialog::updateForType()
{
    m_medicalNote->setText(
        mayCarryMedicalRecord(m_type->currentData().toString())
            ? tr("Its Istanbul-Protocol medical record is kept with Medical record… once the "
                 "violation is saved.")
            : tr("No medical record: only torture, ill-treatment and sexual violence carry one."));
}

void ViolationDialog::updateForPrecision()
{
    const QString precision = m_precision->currentData().toString();
    m_date->setEnabled(precision != QLatin1String("unknown"));
    // Show only the part of the date that is known.
    if (precision == QLatin1String("year"))
        m_date->setDisplayFormat(QStringLiteral("yyyy"));
    else if (precision == QLatin1String("month"))
        m_date->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    else
        m_date->setDisplayFormat(fullYearDateFormat());
}

void ViolationDialog::save()
{
    Violation v;
    v.id = m_id;
    v.caseId = m_caseId;
    v.type = m_type->currentData().toString();
    v.datePrecision = m_precision->currentData().toString();
    if (m_date->isEnabled())
        v.occurredOn = m_date->date();
    if (const qint64 victim = m_victim->currentData().toLongLong(); victim != 0)
        v.victimId = victim;
    v.place = m_place->text();
    v.perpetrators = m_perpetrators->toPlainText();
    v.consequences = m_consequences->toPlainText();
    ViolationService violations(session());
    if (m_id == 0)
        m_id = violations.create(v).id;
    else
        violations.update(v);
}

QJsonObject ViolationDialog::draft() const
{
    return {{QStringLiteral("kind"), QLatin1String(kDraftKind)},
            {QStringLiteral("id"), QString::number(m_id)},
            {QStringLiteral("type"), m_type->currentData().toString()},
            {QStringLiteral("datePrecision"), m_precision->currentData().toString()},
            {QStringLiteral("occurredOn"), m_date->date().toString(Qt::ISODate)},
            {QStringLiteral("victimId"), QString::number(m_victim->currentData().toLongLong())},
            {QStringLiteral("place"), m_place->text()},
            {QStringLiteral("perpetrators"), m_perpetrators->toPlainText()},
            {QStringLiteral("consequences"), m_consequences->toPlainText()}};
}

void ViolationDialog::restoreDraft(const QJsonObject& draft)
{
    Violation v;
    v.id = draft.value(QStringLiteral("id")).toString().toLongLong();
    v.type = draft.value(QStringLiteral("type")).toString();
    v.datePrecision = draft.value(QStringLiteral("datePrecision")).toString();
    const QDate on =
        QDate::fromString(draft.value(QStringLiteral("occurredOn")).toString(), Qt::ISODate);
    if (on.isValid())
        v.occurredOn = on;
    if (const qint64 victim = draft.value(QStringLiteral("victimId")).toString().toLongLong())
        v.victimId = victim;
    v.place = draft.value(QStringLiteral("place")).toString();
    v.perpetrators = draft.value(QStringLiteral("perpetrators")).toString();
    v.consequences = draft.value(QStringLiteral("consequences")).toString();
    fill(v);
}

} // namespace ui
} // namespace amparo
