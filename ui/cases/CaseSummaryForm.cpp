#include "cases/CaseSummaryForm.h"

#include "common/CountryBox.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/OptionalDateEdit.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "organisations/Organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace amparo {
namespace ui {
namespace {

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QString dateText(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> dateFrom(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QPlainTextEdit* longText(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel* labelFor(QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

} // namespace

CaseSummaryForm::CaseSummaryForm(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)),
      m_programme(termBox(Vocabulary::Programme, QString(), this)),
      m_priority(termBox(Vocabulary::Priority, QString(), this)), m_country(new CountryBox(this)),
      m_place(new QLineEdit(this)), m_incidentOn(new OptionalDateEdit(QString(), this)),
      m_reportedOn(new OptionalDateEdit(QString(), this)), m_openedOn(new QDateEdit(this)),
      m_referringOrg(new QComboBox(this)), m_externalId(new QLineEdit(this)),
      m_restricted(new QCheckBox(this)), m_narrative(longText(this)), m_risk(longText(this)),
      m_problem(new ErrorLabel(this)), m_openedLabel(labelFor(m_openedOn, this)),
      m_narrativeLabel(labelFor(m_narrative, this)), m_riskLabel(labelFor(m_risk, this))
{
    m_openedOn->setCalendarPopup(true);

    // Two columns of short fields above the two long texts.
    auto* left = new QFormLayout;
    m_titleLabel = addFormRow(*left, m_title);
    m_programmeLabel = addFormRow(*left, m_programme);
    m_priorityLabel = addFormRow(*left, m_priority);
    m_countryLabel = addFormRow(*left, m_country);
    m_placeLabel = addFormRow(*left, m_place);
    auto* right = new QFormLayout;
    m_incidentLabel = addFormRow(*right, m_incidentOn);
    m_reportedLabel = addFormRow(*right, m_reportedOn);
    auto* opened = new QHBoxLayout;
    opened->addWidget(m_openedOn);
    opened->addStretch(1);
    right->addRow(m_openedLabel, opened);
    m_referringLabel = addFormRow(*right, m_referringOrg);
    m_externalIdLabel = addFormRow(*right, m_externalId);
    auto* grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(m_restricted, 1, 0, 1, 2);
    grid->addWidget(m_narrativeLabel, 2, 0);
    grid->addWidget(m_riskLabel, 2, 1);
    grid->addWidget(m_narrative, 3, 0);
    grid->addWidget(m_risk, 3, 1);
    grid->addWidget(m_problem, 4, 0, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const QList<QWidget*> order = {m_title,        m_programme,  m_priority,   m_country,
                                   m_place,        m_incidentOn, m_reportedOn, m_openedOn,
                                   m_referringOrg, m_externalId, m_restricted, m_narrative,
                                   m_risk};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setOrganisations({});
    connectEdits();
    retranslate();
}

void CaseSummaryForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseSummaryForm::retranslate()
{
    m_titleLabel->setText(tr("&Title:"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_programmeLabel->setText(tr("&Programme:"));
    m_programme->setAccessibleName(tr("Programme"));
    retranslateTerms(m_programme, Vocabulary::Programme);
    m_priorityLabel->setText(tr("P&riority:"));
    m_priority->setAccessibleName(tr("Priority"));
    retranslateTerms(m_priority, Vocabulary::Priority);
    m_countryLabel->setText(tr("&Country:"));
    m_country->setAccessibleName(tr("Country"));
    m_placeLabel->setText(tr("Pl&ace:"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Town, region or facility"));
    //: The date of the incident (torture, detention …) the case is about.
    m_incidentLabel->setText(tr("&Incident:"));
    m_incidentOn->setDateName(tr("Incident date"));
    m_reportedLabel->setText(tr("R&eported:"));
    m_reportedOn->setDateName(tr("Reporting date"));
    //: The date the case was opened.
    m_openedLabel->setText(tr("&Opened:"));
    m_openedOn->setAccessibleName(tr("Opening date"));
    m_openedOn->setDisplayFormat(fullYearDateFormat());
    m_referringLabel->setText(tr("Referred &by:"));
    m_referringOrg->setAccessibleName(tr("Referred by"));
    m_referringOrg->setItemText(0, tr("(nobody: the organisation's own case)"));
    m_externalIdLabel->setText(tr("E&xternal id:"));
    m_externalId->setAccessibleName(tr("External id"));
    m_externalId->setPlaceholderText(tr("The case's number in another system, if any"));
    m_restricted->setText(tr("Only the people assigned to this case may see it"));
    m_restricted->setAccessibleName(tr("Restricted case"));
    m_narrativeLabel->setText(tr("&Narrative:"));
    m_narrative->setAccessibleName(tr("Narrative"));
    m_narrative->setPlaceholderText(tr("The account of what happened, as told and as documented."));
    m_riskLabel->setText(tr("Ris&k assessment:"));
    m_risk->setAccessibleName(tr("Risk assessment"));
    m_risk->setPlaceholderText(tr("Threats, their sources and the measures taken."));
}

void CaseSummaryForm::connectEdits()
{
    const auto changed = [this] {
        Q_EMIT edited();
    };
    for (QLineEdit* line : {m_title, m_place, m_externalId})
        connect(line, &QLineEdit::textEdited, this, changed);
    for (QComboBox* box :
         {m_programme, m_priority, static_cast<QComboBox*>(m_country), m_referringOrg})
        connect(box, &QComboBox::activated, this, changed);
    for (OptionalDateEdit* date : {m_incidentOn, m_reportedOn})
        connect(date, &OptionalDateEdit::dateChanged, this, changed);
    connect(m_openedOn, &QDateEdit::userDateChanged, this, changed);
    connect(m_restricted, &QCheckBox::toggled, this, changed);
    for (QPlainTextEdit* text : {m_narrative, m_risk})
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

void CaseSummaryForm::setOrganisations(const std::vector<Organisation>& organisations)
{
    m_referringOrg->clear();
    m_referringOrg->addItem(tr("(nobody: the organisation's own case)"), QVariant());
    for (const Organisation& organisation : organisations)
        m_referringOrg->addItem(organisation.name, organisation.id);
}

void CaseSummaryForm::setCase(const Case& c)
{
    m_case = c;
    const QSignalBlocker blocker(this);
    m_title->setText(c.title);
    m_title->setCursorPosition(0);
    selectData(m_programme, c.programme);
    selectData(m_priority, c.priority);
    m_country->setCode(c.country);
    m_place->setText(c.place);
    m_incidentOn->setDate(c.incidentOn);
    m_reportedOn->setDate(c.reportedOn);
    m_openedOn->setDate(c.openedOn.isValid() ? c.openedOn : QDate::currentDate());
    selectData(m_referringOrg, c.referringOrgId ? QVariant(*c.referringOrgId) : QVariant());
    m_externalId->setText(c.externalId);
    m_restricted->setChecked(c.restricted);
    m_narrative->setPlainText(c.narrative);
    m_risk->setPlainText(c.risk);
    m_saved = fields();
    clearProblem();
}

Case CaseSummaryForm::editedCase() const
{
    Case c = m_case;
    c.title = m_title->text();
    c.programme = m_programme->currentData().toString();
    c.priority = m_priority->currentData().toString();
    c.country = m_country->code();
    c.place = m_place->text();
    c.incidentOn = m_incidentOn->date();
    c.reportedOn = m_reportedOn->date();
    c.openedOn = m_openedOn->date();
    const QVariant org = m_referringOrg->currentData();
    c.referringOrgId = org.isValid() ? std::optional<qint64>(org.toLongLong()) : std::nullopt;
    c.externalId = m_externalId->text();
    c.restricted = m_restricted->isChecked();
    c.narrative = m_narrative->toPlainText();
    c.risk = m_risk->toPlainText();
    return c;
}

QJsonObject CaseSummaryForm::fields() const
{
    const Case c = editedCase();
    return {{QStringLiteral("title"), c.title},
            {QStringLiteral("programme"), c.programme},
            {QStringLiteral("priority"), c.priority},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("place"), c.place},
            {QStringLiteral("incidentOn"), dateText(c.incidentOn)},
            {QStringLiteral("reportedOn"), dateText(c.reportedOn)},
            {QStringLiteral("openedOn"), c.openedOn.toString(Qt::ISODate)},
            {QStringLiteral("referringOrgId"),
             c.referringOrgId ? QJsonValue(*c.referringOrgId) : QJsonValue()},
            {QStringLiteral("externalId"), c.externalId},
            {QStringLiteral("restricted"), c.restricted},
            {QStringLiteral("narrative"), c.narrative},
            {QStringLiteral("risk"), c.risk}};
}

void CaseSummaryForm::setFields(const QJsonObject& fields)
{
    {
        const QSignalBlocker blocker(this);
        m_title->setText(fields.value(QStringLiteral("title")).toString());
        selectData(m_programme, fields.value(QStringLiteral("programme")).toString());
        selectData(m_priority, fields.value(QStringLiteral("priority")).toString());
        m_country->setCode(fields.value(QStringLiteral("country")).toString());
        m_place->setText(fields.value(QStringLiteral("place")).toString());
        m_incidentOn->setDate(dateFrom(fields.value(QStringLiteral("incidentOn"))));
        m_reportedOn->setDate(dateFrom(fields.value(QStringLiteral("reportedOn"))));
        if (const auto opened = dateFrom(fields.value(QStringLiteral("openedOn"))))
            m_openedOn->setDate(*opened);
        const QJsonValue org = fields.value(QStringLiteral("referringOrgId"));
        selectData(m_referringOrg,
                   org.isDouble() ? QVariant(static_cast<qint64>(org.toDouble())) : QVariant());
        m_externalId->setText(fields.value(QStringLiteral("externalId")).toString());
        m_restricted->setChecked(fields.value(QStringLiteral("restricted")).toBool());
        m_narrative->setPlainText(fields.value(QStringLiteral("narrative")).toString());
        m_risk->setPlainText(fields.value(QStringLiteral("risk")).toString());
    }
    Q_EMIT edited();
}

void CaseSummaryForm::showProblem(const QString& problem)
{
    m_problem->showError(problem);
}

void CaseSummaryForm::clearProblem()
{
    m_problem->clearError();
}

QString CaseSummaryForm::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace ui
} // namespace amparo
