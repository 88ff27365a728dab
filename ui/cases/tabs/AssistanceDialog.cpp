#include "cases/tabs/AssistanceDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString storedDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> draftDate(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<qint64> draftId(const QJsonValue& value)
{
    const qint64 id = value.toInteger();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> chosenId(const QComboBox* combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

AssistanceDialog::AssistanceDialog(const Assistance& assistance, const Choices& people,
                                   const Choices& providers, QWidget* parent)
    : QDialog(parent), m_original(assistance), m_type(new QComboBox(this)),
      m_person(new QComboBox(this)), m_provider(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_requestedOn(dateEdit(this, tr("Requested on"))),
      m_startedOn(dateEdit(this, tr("Started on"))),
      m_completedOn(dateEdit(this, tr("Completed on"))), m_outcome(new QPlainTextEdit(this)),
      m_error(new ErrorLabel(this)), m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(isNew() ? tr("Add assistance") : tr("Edit assistance"));

    addTerms(m_type, Vocabulary::AssistanceType);
    m_type->setCurrentIndex(std::max(0, m_type->findData(assistance.type)));
    m_type->setAccessibleName(tr("Type of assistance"));
    fillChoices(m_person, tr("No one in particular"), people, assistance.personId);
    m_person->setAccessibleName(tr("Beneficiary"));
    fillChoices(m_provider, tr("No provider yet"), providers, assistance.providerOrgId);
    m_provider->setAccessibleName(tr("Provider organisation"));

    m_description->setPlainText(assistance.description);
    m_description->setPlaceholderText(tr("What is done, e.g. lawyer's fees for the appeal"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_outcome->setPlainText(assistance.outcome);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setTabChangesFocus(true);
    for (QPlainTextEdit* edit : {m_description, m_outcome})
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_requestedOn->setDate(assistance.requestedOn.isValid() ? assistance.requestedOn
                                                            : QDate::currentDate());
    m_startedOn->setDate(assistance.startedOn.value_or(QDate()));
    m_completedOn->setDate(assistance.completedOn.value_or(QDate()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Beneficiary:"), m_person);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Requested on:"), m_requestedOn);
    // The core stamps these dates when the work starts and ends; once they
    // exist they can be corrected here.
    if (assistance.startedOn)
        form->addRow(tr("S&tarted on:"), m_startedOn);
    else
        m_startedOn->hide();
    if (assistance.completedOn)
        form->addRow(tr("&Completed on:"), m_completedOn);
    else
        m_completedOn->hide();
    form->addRow(tr("&Outcome:"), m_outcome);

    m_save->setDefault(true);
    m_save->setAccessibleName(tr("Save the assistance"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_save, &QPushButton::clicked, this, &AssistanceDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AssistanceDialog::fillChoices(QComboBox* combo, const QString& noneLabel,
                                   const Choices& choices, std::optional<qint64> current)
{
    combo->addItem(noneLabel, qint64(0));
    for (const auto& [id, label] : choices)
        combo->addItem(label, id);
    combo->setCurrentIndex(std::max(0, combo->findData(current.value_or(0))));
}

Assistance AssistanceDialog::assistance() const
{
    Assistance a = m_original;
    a.type = m_type->currentData().toString();
    a.personId = chosenId(m_person);
    a.providerOrgId = chosenId(m_provider);
    a.description = m_description->toPlainText();
    a.requestedOn = m_requestedOn->date();
    if (m_original.startedOn)
        a.startedOn = m_startedOn->date();
    if (m_original.completedOn)
        a.completedOn = m_completedOn->date();
    a.outcome = m_outcome->toPlainText();
    return a;
}

void AssistanceDialog::showError(const QString& message)
{
    m_error->showError(message);
}

QJsonObject AssistanceDialog::draft() const
{
    const Assistance a = assistance();
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("caseId"), a.caseId},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("personId"), a.personId.value_or(0)},
            {QStringLiteral("providerOrgId"), a.providerOrgId.value_or(0)},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("requestedOn"), a.requestedOn.toString(Qt::ISODate)},
            {QStringLiteral("startedOn"), storedDate(a.startedOn)},
            {QStringLiteral("completedOn"), storedDate(a.completedOn)},
            {QStringLiteral("outcome"), a.outcome}};
}

Assistance AssistanceDialog::fromDraft(const QJsonObject& draft)
{
    Assistance a;
    a.id = draft.value(QStringLiteral("id")).toInteger();
    a.caseId = draft.value(QStringLiteral("caseId")).toInteger();
    a.type = draft.value(QStringLiteral("type")).toString();
    a.status = draft.value(QStringLiteral("status")).toString(a.status);
    a.personId = draftId(draft.value(QStringLiteral("personId")));
    a.providerOrgId = draftId(draft.value(QStringLiteral("providerOrgId")));
    a.description = draft.value(QStringLiteral("description")).toString();
    a.requestedOn =
        QDate::fromString(draft.value(QStringLiteral("requestedOn")).toString(), Qt::ISODate);
    a.startedOn = draftDate(draft.value(QStringLiteral("startedOn")));
    a.completedOn = draftDate(draft.value(QStringLiteral("completedOn")));
    a.outcome = draft.value(QStringLiteral("outcome")).toString();
    return a;
}

} // namespace ui
} // namespace amparo
