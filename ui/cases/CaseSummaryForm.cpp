#include "cases/CaseSummaryForm.h"

#include "common/CountryBox.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/OptionalDateEdit.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "organisations/Organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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

QPlainTextEdit* longText(const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

CaseSummaryForm::CaseSummaryForm(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)),
      m_programme(termBox(Vocabulary::Programme, tr("Programme"), this)),
      m_priority(termBox(Vocabulary::Priority, tr("Priority"), this)),
      m_country(new CountryBox(this)), m_place(new QLineEdit(this)),
      m_incidentOn(new OptionalDateEdit(tr("Incident date"), this)),
      m_reportedOn(new OptionalDateEdit(tr("Reporting date"), this)),
      m_openedOn(new QDateEdit(this)), m_referringOrg(new QComboBox(this)),
      m_externalId(new QLineEdit(this)),
      m_restricted(new QCheckBox(tr("Only the people assigned to this case may see it"), this)),
      m_narrative(longText(tr("Narrative"), this)), m_risk(longText(tr("Risk assessment"), this)),
      m_problem(new ErrorLabel(this))
{
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_country->setAccessibleName(tr("Country"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Town, region or facility"));
    m_openedOn->setAccessibleName(tr("Opening date"));
    m_openedOn->setCalendarPopup(true);
    m_openedOn->setDisplayFormat(fullYearDateFormat());
    m_referringOrg->setAccessibleName(tr("Referred by"));
    m_externalId->setAccessibleName(tr("External id"));
    m_externalId->setPlaceholderText(tr("The case's number in another system, if any"));
    m_restricted->setAccessibleName(tr("Restricted case"));
    m_narrative->setPlaceholderText(tr("The account of what happened, as told and as documented."));
    m_risk->setPlaceholderText(tr("Threats, their sources and the measures taken."));

    // Two columns of short fields above the two long texts.
    auto* left = new QFormLayout;
    left->addRow(tr("&Title:"), m_title);
    left->addRow(tr("&Programme:"), m_programme);
    left->addRow(tr("P&riority:"), m_priority);
    left->addRow(tr("&Country:"), m_country);
    left->addRow(tr("Pl&ace:"), m_place);
    auto* right = new QFormLayout;
    right->addRow(tr("&Incident:"), m_incidentOn);
    right->addRow(tr("R&eported:"), m_reportedOn);
    auto* opened = new QHBoxLayout;
    opened->addWidget(m_openedOn);
    opened->addStretch(1);
    auto* openedLabel = new QLabel(tr("&Opened:"), this);
    openedLabel->setBuddy(m_openedOn);
    right->addRow(openedLabel, opened);
    right->addRow(tr("Referred &by:"), m_referringOrg);
    right->addRow(tr("E&xternal id:"), m_externalId);
    auto* grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(m_restricted, 1, 0, 1, 2);
    auto* narrativeLabel = new QLabel(tr("&Narrative:"), this);
    narrativeLabel->setBuddy(m_narrative);
    auto* riskLabel = new QLabel(tr("Ris&k assessment:"), this);
    riskLabel->setBuddy(m_risk);
    grid->addWidget(narrativeLabel, 2, 0);
    grid->addWidget(riskLabel, 2, 1);
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
