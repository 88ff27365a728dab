#include "grants/GrantRequestDialog.h"

#include "assistance/AssistanceService.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantService.h"
#include "organisations/OrganisationService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

const QString kPerson = QStringLiteral("person:");
const QString kOrganisation = QStringLiteral("organisation:");

} // namespace

GrantRequestDialog::GrantRequestDialog(SessionAccess session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_caseId(caseId), m_intro(new QLabel(this)),
      m_form(new QFormLayout), m_fund(new QComboBox(this)), m_fundInfo(new QLabel(this)),
      m_currency(new QLabel(this)), m_assistance(new QComboBox(this)),
      m_beneficiary(new QComboBox(this)), m_purpose(new QLineEdit(this)),
      m_justification(new QPlainTextEdit(this)), m_linesHeading(new QLabel(this)),
      m_linesLayout(new QVBoxLayout), m_addLine(new QPushButton(this)), m_total(new QLabel(this)),
      m_amountError(new ErrorLabel(this)), m_error(new ErrorLabel(this)),
      m_draft(new QPushButton(this)), m_submit(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    // What it shows of the case (pseudonyms, organisations) and what was typed.
    trackDecryptedData(this, [this] { return m_beneficiary->count() + lineCount(); });

    m_intro->setWordWrap(true);
    m_fundInfo->setWordWrap(true);
    m_currency->setWordWrap(true);
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_total->setTextFormat(Qt::PlainText);
    m_draft->setAutoDefault(false);
    m_submit->setDefault(true);

    m_form->addRow(new QLabel(this), m_fund);
    m_form->addRow(QString(), m_fundInfo);
    m_form->addRow(new QLabel(this), m_currency);
    m_form->addRow(new QLabel(this), m_assistance);
    m_form->addRow(new QLabel(this), m_beneficiary);
    m_form->addRow(new QLabel(this), m_purpose);
    m_form->addRow(new QLabel(this), m_justification);

    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_addLine);
    totalRow->addStretch(1);
    totalRow->addWidget(m_total);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_draft, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_linesHeading);
    layout->addLayout(m_linesLayout);
    layout->addLayout(totalRow);
    layout->addWidget(m_amountError);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_fund, &QComboBox::currentIndexChanged, this, &GrantRequestDialog::fundChanged);
    connect(m_assistance, &QComboBox::currentIndexChanged, this,
            &GrantRequestDialog::assistanceChanged);
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        addLine();
        m_lines.back().description->setFocus();
    });
    connect(m_submit, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_draft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    loadChoices();
    addLine();
    retranslate();
    resize(620, sizeHint().height());
}

void GrantRequestDialog::loadChoices()
{
    try {
        Session& session = m_session();
        m_mayReadLedger = auth::rolesAllow(session.user().roles, auth::Permission::ReadLedger);
        for (const Fund& fund : FundService(session).list()) {
            if (!fund.active)
                continue;
            m_funds.push_back(fund);
            m_fund->addItem(QString(), fund.id);
        }
        m_assistance->addItem(QString(), 0);
        for (const Assistance& line : AssistanceService(session).listForCase(m_caseId)) {
            m_assistanceLines.push_back({line.id, line.type, line.description, line.personId});
            m_assistance->addItem(QString(), line.id);
        }
        m_beneficiary->addItem(QString(), QString());
        std::vector<qint64> seen;
        for (const CasePerson& person : CaseService(session).people(m_caseId)) {
            if (std::find(seen.begin(), seen.end(), person.personId) != seen.end())
                continue;
            seen.push_back(person.personId);
            m_beneficiary->addItem(person.pseudonym,
                                   QString(kPerson + QString::number(person.personId)));
        }
        for (const Organisation& org : OrganisationService(session).list()) {
            m_organisationNames.push_back(org.name);
            m_beneficiary->addItem(QString(), QString(kOrganisation + QString::number(org.id)));
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
}

void GrantRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GrantRequestDialog::retranslate()
{
    setWindowTitle(m_grantId == 0 ? tr("Request a grant") : tr("Edit the grant request"));
    m_intro->setText(tr("Ask a fund to pay for assistance in this case. A fund manager other "
                        "than you decides; until you submit it, a draft can still be changed."));
    const auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
    };
    setLabel(m_fund, tr("&Fund:"));
    setLabel(m_currency, tr("Currency:"));
    setLabel(m_assistance, tr("&Assistance line:"));
    setLabel(m_beneficiary, tr("&Beneficiary:"));
    setLabel(m_purpose, tr("&Purpose:"));
    setLabel(m_justification, tr("&Justification:"));
    m_fund->setAccessibleName(tr("Fund"));
    m_fund->setToolTip(tr("Only active funds can be asked."));
    for (std::size_t i = 0; i < m_funds.size(); ++i)
        //: A fund in a list: its code and its name, e.g. "UAF — Urgent Assistance Fund".
        m_fund->setItemText(static_cast<int>(i),
                            tr("%1 — %2").arg(m_funds[i].code, m_funds[i].name));
    m_fundInfo->setAccessibleName(tr("About the fund"));
    m_currency->setAccessibleName(tr("Currency of the request"));
    m_assistance->setAccessibleName(tr("Assistance line"));
    m_assistance->setItemText(0, tr("None: the grant is for the case as a whole"));
    for (std::size_t i = 0; i < m_assistanceLines.size(); ++i) {
        const AssistanceChoice& line = m_assistanceLines[i];
        const QString type = termLabel(Vocabulary::AssistanceType, line.type);
        m_assistance->setItemText(
            static_cast<int>(i) + 1,
            line.description.isEmpty()
                ? type
                //: An assistance line: its type and the start of its description.
                : tr("%1: %2").arg(type, line.description.simplified().left(60)));
    }
    m_beneficiary->setAccessibleName(tr("Beneficiary"));
    m_beneficiary->setItemText(0, tr("Not named"));
    const int firstOrganisation =
        m_beneficiary->count() - static_cast<int>(m_organisationNames.size());
    for (std::size_t i = 0; i < m_organisationNames.size(); ++i)
        //: A beneficiary that is an organisation, e.g. "Legal Aid Centre (organisation)".
        m_beneficiary->setItemText(firstOrganisation + static_cast<int>(i),
                                   tr("%1 (organisation)").arg(m_organisationNames[i]));
    m_beneficiary->setToolTip(
        tr("A person of this case, shown by pseudonym, or an organisation paid on their behalf."));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(tr("What the money pays for, in a few words"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(
        tr("Why this help is needed now and why this amount (quotes, scales, urgency)"));
    m_linesHeading->setText(tr("Budget lines"));
    m_addLine->setText(tr("Add a budget &line"));
    m_addLine->setAccessibleName(tr("Add a budget line"));
    m_amountError->setAccessibleName(tr("Problem with the budget lines"));
    m_error->setAccessibleName(tr("Problem with the request"));
    m_submit->setText(tr("&Submit"));
    m_submit->setAccessibleName(tr("Submit the request"));
    m_submit->setToolTip(tr("Send the request to the fund managers for a decision."));
    m_draft->setText(tr("Save as &draft"));
    m_draft->setAccessibleName(tr("Save the request as a draft"));
    m_draft->setToolTip(tr("Keep the request to finish later; nobody decides on a draft."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Close without saving"));
    retranslateLines();
    fundChanged();
}

void GrantRequestDialog::retranslateLines()
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        const LineRow& line = m_lines[i];
        line.description->setAccessibleName(tr("Description of budget line %1").arg(n));
        line.description->setPlaceholderText(tr("What this line pays for"));
        line.amount->setAccessibleName(tr("Amount of budget line %1").arg(n));
        line.amount->setPlaceholderText(tr("Amount, e.g. 1500.00"));
        line.remove->setText(tr("Remove"));
        line.remove->setAccessibleName(tr("Remove budget line %1").arg(n));
        line.remove->setEnabled(m_lines.size() > 1);
    }
    updateTotal();
}

const Fund* GrantRequestDialog::selectedFund() const
{
    const qint64 id = m_fund->currentData().toLongLong();
    for (const Fund& fund : m_funds)
        if (fund.id == id)
            return &fund;
    return nullptr;
}

QString GrantRequestDialog::currency() const
{
    const Fund* fund = selectedFund();
    return fund ? fund->currency : QString();
}

void GrantRequestDialog::fundChanged()
{
    const Fund* fund = selectedFund();
    if (!fund) {
        m_fundInfo->setText(tr("No fund is open for requests. An administrator sets up funds."));
        m_currency->clear();
        m_submit->setEnabled(false);
        m_draft->setEnabled(false);
        updateTotal();
        return;
    }
    m_submit->setEnabled(true);
    m_draft->setEnabled(true);
    QString available = tr("The amount available is known to fund managers and finance.");
    if (m_mayReadLedger) {
        try {
            const FundPosition position = FundService(m_session()).position(fund->id);
            available = tr("Available now: %1.")
                            .arg(displayAmount(position.availableMinor, position.currency));
        } catch (const Error& error) {
            available = error.message();
        }
    }
    //: About the chosen fund: its currency, then what it has available.
    m_fundInfo->setText(tr("Kept in %1. %2").arg(fund->currency, available));
    m_currency->setText(tr("%1 — the fund's currency. A grant is asked and approved in the "
                           "currency the fund keeps its accounts in; payments may still be made "
                           "in another currency at the rate of the day.")
                            .arg(fund->currency));
    updateTotal();
}

void GrantRequestDialog::assistanceChanged()
{
    const qint64 id = m_assistance->currentData().toLongLong();
    for (const AssistanceChoice& line : m_assistanceLines) {
        if (line.id != id || !line.personId)
            continue;
        const int index =
            m_beneficiary->findData(QString(kPerson + QString::number(*line.personId)));
        if (index >= 0)
            m_beneficiary->setCurrentIndex(index);
    }
}

void GrantRequestDialog::setAssistance(qint64 assistanceId)
{
    const int index = m_assistance->findData(assistanceId);
    if (index >= 0)
        m_assistance->setCurrentIndex(index);
}

void GrantRequestDialog::addLine(const QString& description, const QString& amount)
{
    auto* row = new QWidget(this);
    LineRow line{row, new QLineEdit(description, row), new QLineEdit(amount, row),
                 new QPushButton(row)};
    line.amount->setAlignment(Qt::AlignRight);
    line.amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    line.remove->setAutoDefault(false);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(line.description, 1);
    layout->addWidget(line.amount);
    layout->addWidget(line.remove);
    m_linesLayout->addWidget(row);
    connect(line.amount, &QLineEdit::textChanged, this, &GrantRequestDialog::updateTotal);
    connect(line.remove, &QPushButton::clicked, this, [this, row] {
        for (std::size_t i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].row == row)
                return removeLine(static_cast<int>(i));
    });
    m_lines.push_back(line);
    retranslateLines();
}

void GrantRequestDialog::removeLine(int index)
{
    if (index < 0 || index >= lineCount() || m_lines.size() == 1)
        return;
    const auto it = m_lines.begin() + index;
    it->row->hide();
    it->row->deleteLater();
    m_lines.erase(it);
    retranslateLines();
}

std::optional<std::vector<GrantLine>> GrantRequestDialog::parsedLines(bool forSaving)
{
    std::vector<GrantLine> lines;
    const QString code = currency();
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const LineRow& row = m_lines[i];
        const QString text = row.amount->text();
        if (text.trimmed().isEmpty() && row.description->text().trimmed().isEmpty())
            continue; // An empty row is not a line.
        if (code.isEmpty())
            return std::nullopt;
        if (text.trimmed().isEmpty() && !forSaving)
            continue; // Still being typed.
        try {
            const qint64 minor = parseAmount(
                tr("The amount of budget line %1").arg(static_cast<int>(i) + 1), text, code);
            lines.push_back({row.description->text(), minor});
        } catch (const Error& error) {
            m_amountError->showError(error.message());
            return std::nullopt;
        }
    }
    m_amountError->clearError();
    return lines;
}

void GrantRequestDialog::updateTotal()
{
    const std::optional<std::vector<GrantLine>> lines = parsedLines(false);
    if (!lines) {
        m_total->setText(tr("Total: —"));
        m_total->setAccessibleName(tr("Total requested"));
        return;
    }
    qint64 total = 0;
    for (const GrantLine& line : *lines)
        total += line.amountMinor;
    m_total->setText(tr("Total: %1").arg(displayAmount(total, currency())));
    m_total->setAccessibleName(tr("Total requested"));
}

void GrantRequestDialog::editGrant(const Grant& grant)
{
    m_grantId = grant.id;
    const int fund = m_fund->findData(grant.fundId);
    if (fund >= 0)
        m_fund->setCurrentIndex(fund);
    setAssistance(grant.assistanceId.value_or(0));
    QString beneficiary;
    if (grant.beneficiaryPersonId)
        beneficiary = kPerson + QString::number(*grant.beneficiaryPersonId);
    else if (grant.beneficiaryOrgId)
        beneficiary = kOrganisation + QString::number(*grant.beneficiaryOrgId);
    m_beneficiary->setCurrentIndex(std::max(0, m_beneficiary->findData(beneficiary)));
    m_purpose->setText(grant.purpose);
    m_justification->setPlainText(grant.justification);
    while (m_lines.size() > 1)
        removeLine(lineCount() - 1);
    for (const GrantLine& line : grant.lines)
        addLine(line.description, formatAmount(line.amountMinor, grant.currency));
    if (!grant.lines.empty())
        removeLine(0);
    retranslate();
}

void GrantRequestDialog::save(bool submit)
{
    m_error->clearError();
    const std::optional<std::vector<GrantLine>> lines = parsedLines(true);
    if (!lines)
        return;
    GrantRequest request;
    request.caseId = m_caseId;
    request.fundId = m_fund->currentData().toLongLong();
    request.currency = currency();
    if (const qint64 assistance = m_assistance->currentData().toLongLong(); assistance != 0)
        request.assistanceId = assistance;
    const QString beneficiary = m_beneficiary->currentData().toString();
    if (beneficiary.startsWith(kPerson))
        request.beneficiaryPersonId = beneficiary.mid(kPerson.size()).toLongLong();
    else if (beneficiary.startsWith(kOrganisation))
        request.beneficiaryOrgId = beneficiary.mid(kOrganisation.size()).toLongLong();
    request.purpose = m_purpose->text();
    request.justification = m_justification->toPlainText();
    request.lines = *lines;
    request.submit = submit;
    try {
        GrantService grants(m_session());
        if (m_grantId == 0) {
            m_grantId = grants.request(request).id;
        } else {
            grants.updateRequest(m_grantId, request);
            if (submit)
                grants.submit(m_grantId);
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    Q_EMIT grantSaved(m_grantId);
    accept();
}

} // namespace ui
} // namespace amparo
