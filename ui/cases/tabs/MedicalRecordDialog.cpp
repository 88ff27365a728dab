#include "cases/tabs/MedicalRecordDialog.h"

#include "cases/tabs/ViolationTableModel.h"
#include "domain/Vocabulary.h"
#include "vault/Session.h"
#include "violations/MedicalRecordService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace amparo {
namespace ui {
namespace {

enum FindingColumn
{
    KindColumn,
    DescriptionColumn,
    ConsistencyColumn,
};

} // namespace

MedicalRecordDialog::MedicalRecordDialog(CaseTab::SessionAccess session, const Violation& violation,
                                         QWidget* parent)
    : RecordDialog(std::move(session), parent), m_violationId(violation.id),
      m_about(new QLabel(this)), m_examinedOn(dateEdit()), m_examiner(new QLineEdit(this)),
      m_findings(new QTableWidget(0, 3, this)), m_kind(termCombo(Vocabulary::FindingKind)),
      m_description(new QLineEdit(this)), m_consistency(termCombo(Vocabulary::Consistency)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_findingsBox(new QGroupBox(this)), m_newFinding(new QLabel(m_findingsBox))
{
    m_violation.id = violation.id;
    m_violation.type = violation.type;
    m_violation.occurredOn = violation.occurredOn;
    m_violation.datePrecision = violation.datePrecision;

    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);

    auto* grid = new QGridLayout(m_findingsBox);
    grid->addWidget(m_findings, 0, 0, 1, 4);
    grid->addWidget(m_remove, 1, 3);
    grid->addWidget(m_newFinding, 2, 0, 1, 4);
    grid->addWidget(m_kind, 3, 0);
    grid->addWidget(m_description, 3, 1);
    grid->addWidget(m_consistency, 3, 2);
    grid->addWidget(m_add, 3, 3);
    grid->setColumnStretch(1, 1);

    m_about->setWordWrap(true);
    form()->addRow(m_about);
    addRow(m_examinedOn);
    addRow(m_examiner);
    addBelowForm(m_findingsBox);
    setMinimumSize(640, 460);

    connect(m_add, &QPushButton::clicked, this, &MedicalRecordDialog::addTypedFinding);
    // Return in the description adds the finding rather than saving the record.
    m_description->installEventFilter(this);
    connect(m_description, &QLineEdit::textChanged, this, &MedicalRecordDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &MedicalRecordDialog::removeFinding);
    connect(m_findings, &QTableWidget::itemSelectionChanged, this,
            &MedicalRecordDialog::updateButtons);

    setTabOrder(m_examinedOn, m_examiner);
    setTabOrder(m_examiner, m_findings);
    setTabOrder(m_findings, m_remove);
    setTabOrder(m_remove, m_kind);
    setTabOrder(m_kind, m_description);
    setTabOrder(m_description, m_consistency);
    setTabOrder(m_consistency, m_add);

    if (const auto record = MedicalRecordService(this->session()).get(m_violationId))
        fill(*record);
    updateButtons();
    retranslate();
}

void MedicalRecordDialog::retranslate()
{
    setWindowTitle(tr("Medical record of the violation"));
    m_about->setText(tr("Violation: %1, %2", "type and date of the violation")
                         .arg(termLabel(Vocabulary::ViolationType, m_violation.type),
                              ViolationTableModel::dateText(m_violation)));
    m_examinedOn->setAccessibleName(tr("Examined on"));
    m_examiner->setAccessibleName(tr("Examiner"));
    m_examiner->setPlaceholderText(tr("The doctor or psychologist who examined the victim"));
    setRowLabel(m_examinedOn, tr("E&xamined on:"));
    setRowLabel(m_examiner, tr("&Examiner:"));
    setSaveText(tr("&Save medical record"));

    m_findingsBox->setTitle(tr("Findings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHorizontalHeaderLabels({tr("Kind"), tr("Description"), tr("Consistency")});
    for (int row = 0; row < m_findings->rowCount(); ++row) {
        QTableWidgetItem* kind = m_findings->item(row, KindColumn);
        kind->setText(termLabel(Vocabulary::FindingKind, kind->data(Qt::UserRole).toString()));
        QTableWidgetItem* consistency = m_findings->item(row, ConsistencyColumn);
        consistency->setText(
            termLabel(Vocabulary::Consistency, consistency->data(Qt::UserRole).toString()));
    }
    m_remove->setText(tr("Re&move finding"));
    m_remove->setAccessibleName(tr("Remove finding"));
    m_newFinding->setText(tr("New finding:"));
    m_kind->setAccessibleName(tr("Kind of the new finding"));
    m_description->setAccessibleName(tr("Description of the new finding"));
    m_description->setPlaceholderText(tr("What was found, e.g. scars on both wrists"));
    m_consistency->setAccessibleName(tr("Consistency of the new finding"));
    m_add->setText(tr("Add &finding"));
    m_add->setAccessibleName(tr("Add finding"));
}

bool MedicalRecordDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedFinding();
            return true;
        }
    }
    return RecordDialog::eventFilter(watched, event);
}

void MedicalRecordDialog::fill(const MedicalExamination& record)
{
    if (record.examinedOn.isValid())
        m_examinedOn->setDate(record.examinedOn);
    m_examiner->setText(record.examiner);
    m_findings->setRowCount(0);
    for (const MedicalFinding& finding : record.findings)
        addFinding(finding);
}

void MedicalRecordDialog::addFinding(const MedicalFinding& finding)
{
    const int row = m_findings->rowCount();
    m_findings->insertRow(row);
    auto* kind = new QTableWidgetItem(termLabel(Vocabulary::FindingKind, finding.kind));
    kind->setData(Qt::UserRole, finding.kind);
    auto* description = new QTableWidgetItem(finding.description);
    description->setToolTip(finding.description);
    auto* consistency =
        new QTableWidgetItem(termLabel(Vocabulary::Consistency, finding.consistency));
    consistency->setData(Qt::UserRole, finding.consistency);
    m_findings->setItem(row, KindColumn, kind);
    m_findings->setItem(row, DescriptionColumn, description);
    m_findings->setItem(row, ConsistencyColumn, consistency);
}

void MedicalRecordDialog::addTypedFinding()
{
    // An empty description is refused by the core when the record is saved;
    // here it would only add an empty line.
    if (m_description->text().trimmed().isEmpty())
        return;
    addFinding({m_kind->currentData().toString(), m_description->text(),
                m_consistency->currentData().toString()});
    m_description->clear();
    m_findings->selectRow(m_findings->rowCount() - 1);
    m_description->setFocus();
}

void MedicalRecordDialog::removeFinding()
{
    if (const int row = m_findings->currentRow(); row >= 0)
        m_findings->removeRow(row);
    updateButtons();
}

void MedicalRecordDialog::updateButtons()
{
    m_add->setEnabled(!m_description->text().trimmed().isEmpty());
    m_remove->setEnabled(m_findings->currentRow() >= 0 && !m_findings->selectedItems().isEmpty());
}

std::vector<MedicalFinding> MedicalRecordDialog::findings() const
{
    std::vector<MedicalFinding> result;
    for (int row = 0; row < m_findings->rowCount(); ++row)
        result.push_back({m_findings->item(row, KindColumn)->data(Qt::UserRole).toString(),
                          m_findings->item(row, DescriptionColumn)->text(),
                          m_findings->item(row, ConsistencyColumn)->data(Qt::UserRole).toString()});
    return result;
}

void MedicalRecordDialog::save()
{
    MedicalExamination record;
    record.violationId = m_violationId;
    record.examinedOn = m_examinedOn->date();
    record.examiner = m_examiner->text();
    record.findings = findings();
    MedicalRecordService(session()).set(record);
}

QJsonObject MedicalRecordDialog::draft() const
{
    QJsonArray findingsJson;
    for (const MedicalFinding& f : findings())
        findingsJson.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                        {QStringLiteral("description"), f.description},
                                        {QStringLiteral("consistency"), f.consistency}});
    return {{QStringLiteral("kind"), QLatin1String(kDraftKind)},
            {QStringLiteral("violationId"), QString::number(m_violationId)},
            {QStringLiteral("examinedOn"), m_examinedOn->date().toString(Qt::ISODate)},
            {QStringLiteral("examiner"), m_examiner->text()},
            {QStringLiteral("findings"), findingsJson}};
}

void MedicalRecordDialog::restoreDraft(const QJsonObject& draft)
{
    MedicalExamination record;
    record.examinedOn =
        QDate::fromString(draft.value(QStringLiteral("examinedOn")).toString(), Qt::ISODate);
    record.examiner = draft.value(QStringLiteral("examiner")).toString();
    for (const QJsonValue& value : draft.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        record.findings.push_back({f.value(QStringLiteral("kind")).toString(),
                                   f.value(QStringLiteral("description")).toString(),
                                   f.value(QStringLiteral("consistency")).toString()});
    }
    fill(record);
}

} // namespace ui
} // namespace amparo
