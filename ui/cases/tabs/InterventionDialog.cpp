#include "cases/tabs/InterventionDialog.h"

#include "domain/Vocabulary.h"
#include "interventions/InterventionService.h"
#include "organisations/OrganisationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace amparo {
namespace ui {
namespace {

// The name and kind of an organisation, held by its item besides its id.
constexpr int kOrganisationRole = Qt::UserRole + 1;

} // namespace

InterventionDialog::InterventionDialog(CaseTab::SessionAccess session, qint64 caseId,
                                       const std::optional<Intervention>& existing, QWidget* parent)
    : RecordDialog(std::move(session), parent), m_caseId(caseId), m_isNew(!existing),
      m_kind(termCombo(Vocabulary::InterventionKind)), m_sentOn(dateEdit()),
      m_organisation(new QComboBox(this)), m_addressee(new QLineEdit(this)),
      m_reference(new QLineEdit(this)), m_responseLabel(new QLabel(this)),
      m_responded(new QCheckBox(this)), m_responseOn(dateEdit()), m_response(longText()),
      m_outcome(longText())
{
    m_organisation->addItem(QString(), qint64(0));
    for (const Organisation& organisation : OrganisationService(this->session()).list()) {
        m_organisation->addItem(QString(), organisation.id);
        m_organisation->setItemData(m_organisation->count() - 1,
                                    QStringList{organisation.name, organisation.kind},
                                    kOrganisationRole);
    }
    m_responseOn->setEnabled(false);

    auto* responseRow = new QHBoxLayout;
    responseRow->addWidget(m_responded);
    responseRow->addWidget(m_responseOn, 1);
    addRow(m_kind);
    addRow(m_sentOn);
    addRow(m_organisation);
    addRow(m_addressee);
    addRow(m_reference);
    form()->addRow(m_responseLabel, responseRow);
    addRow(m_response);
    addRow(m_outcome);
    setMinimumWidth(580);

    connect(m_responded, &QCheckBox::toggled, m_responseOn, &QWidget::setEnabled);
    if (existing)
        fill(*existing);
    retranslate();
}

void InterventionDialog::retranslate()
{
    setWindowTitle(m_isNew ? tr("Add an intervention") : tr("Edit the intervention"));
    m_kind->setAccessibleName(tr("Kind of intervention"));
    m_sentOn->setAccessibleName(tr("Sent on"));
    m_organisation->setAccessibleName(tr("Addressee organisation"));
    m_organisation->setItemText(0, tr("None of the known organisations"));
    for (int item = 1; item < m_organisation->count(); ++item) {
        const QStringList nameAndKind =
            m_organisation->itemData(item, kOrganisationRole).toStringList();
        m_organisation->setItemText(
            item, tr("%1 (%2)", "organisation and its kind")
                      .arg(nameAndKind.value(0),
                           termLabel(Vocabulary::OrganisationKind, nameAndKind.value(1))));
    }
    m_addressee->setAccessibleName(tr("Addressee"));
    m_addressee->setPlaceholderText(
        tr("As written on the letter; the organisation's name when left empty"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(
        tr("The mechanism's or authority's reference, e.g. UA PHL 3/2026"));
    m_responded->setText(tr("Re&ceived on"));
    m_responded->setAccessibleName(tr("Response received"));
    m_responseOn->setAccessibleName(tr("Date of the response"));
    m_response->setAccessibleName(tr("Response"));
    m_response->setPlaceholderText(tr("What the authority or mechanism answered"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("What changed for the person: released, charges dropped…"));
    setRowLabel(m_kind, tr("&Kind:"));
    setRowLabel(m_sentOn, tr("&Sent on:"));
    setRowLabel(m_organisation, tr("&Organisation:"));
    setRowLabel(m_addressee, tr("&Addressee:"));
    setRowLabel(m_reference, tr("&Reference:"));
    m_responseLabel->setText(tr("Response:"));
    setRowLabel(m_response, tr("Res&ponse text:"));
    setRowLabel(m_outcome, tr("O&utcome:"));
    setSaveText(m_isNew ? tr("Add &intervention") : tr("Sa&ve"));
}

void InterventionDialog::fill(const Intervention& intervention)
{
    m_id = intervention.id;
    selectData(m_kind, intervention.kind);
    if (intervention.sentOn.isValid())
        m_sentOn->setDate(intervention.sentOn);
    selectData(m_organisation, intervention.addresseeOrgId.value_or(0));
    m_addressee->setText(intervention.addressee);
    m_reference->setText(intervention.reference);
    m_responded->setChecked(intervention.responseOn.has_value());
    if (intervention.responseOn)
        m_responseOn->setDate(*intervention.responseOn);
    m_response->setPlainText(intervention.response);
    m_outcome->setPlainText(intervention.outcome);
}

Intervention InterventionDialog::typed() const
{
    Intervention i;
    i.id = m_id;
    i.caseId = m_caseId;
    i.kind = m_kind->currentData().toString();
    i.sentOn = m_sentOn->date();
    if (const qint64 organisation = m_organisation->currentData().toLongLong())
        i.addresseeOrgId = organisation;
    i.addressee = m_addressee->text();
    i.reference = m_reference->text();
    if (m_responded->isChecked())
        i.responseOn = m_responseOn->date();
    i.response = m_response->toPlainText();
    i.outcome = m_outcome->toPlainText();
    return i;
}

void InterventionDialog::save()
{
    InterventionService interventions(session());
    if (m_id == 0)
        m_id = interventions.create(typed()).id;
    else
        interventions.update(typed());
}

QJsonObject InterventionDialog::draft() const
{
    const Intervention i = typed();
    return {{QStringLiteral("kind"), QLatin1String(kDraftKind)},
            {QStringLiteral("id"), QString::number(i.id)},
            {QStringLiteral("interventionKind"), i.kind},
            {QStringLiteral("sentOn"), i.sentOn.toString(Qt::ISODate)},
            {QStringLiteral("organisationId"), QString::number(i.addresseeOrgId.value_or(0))},
            {QStringLiteral("addressee"), i.addressee},
            {QStringLiteral("reference"), i.reference},
            {QStringLiteral("responseOn"),
             i.responseOn ? i.responseOn->toString(Qt::ISODate) : QString()},
            {QStringLiteral("response"), i.response},
            {QStringLiteral("outcome"), i.outcome}};
}

void InterventionDialog::restoreDraft(const QJsonObject& draft)
{
    const auto text = [&draft](const char* key) {
        return draft.value(QLatin1String(key)).toString();
    };
    Intervention i;
    i.id = text("id").toLongLong();
    i.kind = text("interventionKind");
    i.sentOn = QDate::fromString(text("sentOn"), Qt::ISODate);
    if (const qint64 organisation = text("organisationId").toLongLong())
        i.addresseeOrgId = organisation;
    i.addressee = text("addressee");
    i.reference = text("reference");
    if (const QDate on = QDate::fromString(text("responseOn"), Qt::ISODate); on.isValid())
        i.responseOn = on;
    i.response = text("response");
    i.outcome = text("outcome");
    fill(i);
}

} // namespace ui
} // namespace amparo
