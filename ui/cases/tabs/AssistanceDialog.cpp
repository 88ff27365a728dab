#include "cases/tabs/AssistanceDialog.h"

#include "cases/tabs/FormRowLabel.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
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
    : QDialog(parent), m_original(assistance), m_form(new QFormLayout), m_type(new QComboBox(this)),
      m_person(new QComboBox(this)), m_provider(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_requestedOn(dateEdit(this)),
      m_startedOn(dateEdit(this)), m_completedOn(dateEdit(this)),
      m_outcome(new QPlainTextEdit(this)), m_error(new ErrorLabel(this)),
      m_save(new QPushButton(this))
{
    addTerms(m_type, Vocabulary::AssistanceType);
    m_type->setCurrentIndex(std::max(0, m_type->findData(assistance.type)));
    fillChoices(m_person, people, assistance.personId);
    fillChoices(m_provider, providers, assistance.providerOrgId);

    m_description->setPlainText(assistance.description);
    m_description->setTabChangesFocus(true);
    m_outcome->setPlainText(assistance.outcome);
    m_outcome->setTabChangesFocus(true);
    for (QPlainTextEdit* edit : {m_description, m_outcome})
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_requestedOn->setDate(assistance.requestedOn.isValid() ? assistance.requestedOn
                                                            : QDate::currentDate());
    m_startedOn->setDate(assistance.startedOn.value_or(QDate()));
    m_completedOn->setDate(assistance.completedOn.value_or(QDate()));

    addFormRow(*m_form, m_type);
    addFormRow(*m_form, m_person);
    addFormRow(*m_form, m_provider);
    addFormRow(*m_form, m_description);
    addFormRow(*m_form, m_requestedOn);
    // The core stamps these dates when the work starts and ends; once they
    // exist they can be corrected here.
    if (assistance.startedOn)
        addFormRow(*m_form, m_startedOn);
    else
        m_startedOn->hide();
    if (assistance.completedOn)
        addFormRow(*m_form, m_completedOn);
    else
        m_completedOn->hide();
    addFormRow(*m_form, m_outcome);

    m_save->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    retranslate();
    resize(560, sizeHint().height());

    connect(m_save, &QPushButton::clicked, this, &AssistanceDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AssistanceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AssistanceDialog::retranslate()
{
    setWindowTitle(isNew() ? tr("Add assistance") : tr("Edit assistance"));
    retranslateTerms(m_type, Vocabulary::AssistanceType);
    m_type->setAccessibleName(tr("Type of assistance"));
    m_person->setItemText(0, tr("No one in particular"));
    m_person->setAccessibleName(tr("Beneficiary"));
    m_provider->setItemText(0, tr("No provider yet"));
    m_provider->setAccessibleName(tr("Provider organisation"));
    m_description->setPlaceholderText(tr("What is done, e.g. lawyer's fees for the appeal"));
    m_description->setAccessibleName(tr("Description"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_requestedOn->setAccessibleName(tr("Requested on"));
    m_startedOn->setAccessibleName(tr("Started on"));
    m_completedOn->setAccessibleName(tr("Completed on"));
    for (QDateEdit* edit : {m_requestedOn, m_startedOn, m_completedOn})
        edit->setDisplayFormat(fullYearDateFormat());

    setRowLabel(*m_form, m_type, tr("&Type:"));
    setRowLabel(*m_form, m_person, tr("&Beneficiary:"));
    setRowLabel(*m_form, m_provider, tr("&Provider:"));
    setRowLabel(*m_form, m_description, tr("&Description:"));
    setRowLabel(*m_form, m_requestedOn, tr("&Requested on:"));
    setRowLabel(*m_form, m_startedOn, tr("S&tarted on:"));
    setRowLabel(*m_form, m_completedOn, tr("&Completed on:"));
    setRowLabel(*m_form, m_outcome, tr("&Outcome:"));

    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save the assistance"));
}

// The first item ("no one", "no provider") gets its text in retranslate().
void AssistanceDialog::fillChoices(QComboBox* combo, const Choices& choices,
                                   std::optional<qint64> current)
{
    combo->addItem(QString(), qint64(0));
    for (const auto& [id, label] : choices)
        combo->addItem(label, id);
    combo->setCurrentIndex(std::max(0, combo->findData(current.value_or(0))));
}

void AssistanceDialog::relabelPeople(const Choices& people)
{
    for (const auto& [id, label] : people) {
        if (const int item = m_person->findData(id); item > 0)
            m_person->setItemText(item, label);
    }
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
