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
#include <algorithm>

namespace amparo {
namespace ui {
ViolationDialog::ViolationDialog(CaseTab::SessionAccess session, qint64 caseId,
                                 const std::optional<Violation>& existing, QWidget* parent)
    : RecordDialog(std::move(session), parent), m_caseId(caseId),
      m_type(termCombo(Vocabulary::ViolationType, tr("Type of violation"))),
      m_medicalNote(new QLabel(this)),
      m_precision(termCombo(Vocabulary::DatePrecision, tr("How precise the date is"))),
      m_date(dateEdit(tr("Date of the violation"))), m_victim(new QComboBox(this)),
      m_place(new QLineEdit(this)), m_perpetrators(longText(tr("Perpetrators"))),
      m_consequences(longText(tr("Consequences")))
{
    setWindowTitle(existing ? tr("Edit the violation") : tr("Add a violation"));
    m_medicalNote->setWordWrap(true);
    m_medicalNote->setAccessibleName(tr("Medical record note"));
    m_victim->setAccessibleName(tr("Victim"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Where it happened: a police station, a town, a road"));
    m_perpetrators->setPlaceholderText(tr("Who did it, as far as it is known"));
    m_consequences->setPlaceholderText(tr("Injuries, detention, loss of work or home"));
    fillVictims();

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_medicalNote);
    form->addRow(tr("Date &known:"), m_precision);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Victim:"), m_victim);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Pe&rpetrators:"), m_perpetrators);
    form->addRow(tr("&Consequences:"), m_consequences);
    setForm(form, existing ? tr("&Save") : tr("&Add violation"));
    setMinimumWidth(560);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ViolationDialog::updateForType);
    connect(m_precision, &QComboBox::currentIndexChanged, this,
            &ViolationDialog::updateForPrecision);
    if (existing)
        fill(*existing);
    updateForType();
    updateForPrecision();
}

void ViolationDialog::fillVictims()
{
    m_victim->addItem(tr("Not named"), qint64(0));
    // A person may have several roles in the case; list them once, with all of them.
    std::vector<std::pair<qint64, QStringList>> people;
    QHash<qint64, QString> pseudonyms;
    for (const CasePerson& p : CaseService(session()).people(m_caseId)) {
        auto it = std::find_if(people.begin(), people.end(),
                               [&](const auto& entry) { return entry.first == p.personId; });
        if (it == people.end()) {
            people.push_back({p.personId, {}});
            it = people.end() - 1;
        }
        it->second << termLabel(Vocabulary::PersonRole, p.role);
        pseudonyms.insert(p.personId, p.pseudonym);
    }
    for (const auto& [personId, roles] : people)
        m_victim->addItem(tr("%1 (%2)", "pseudonym and roles in the case")
                              .arg(pseudonyms.value(personId), roles.join(tr(", "))),
                          personId);
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
