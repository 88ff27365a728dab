#include "cases/CasePeopleTab.h"

#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

CasePeopleTab::CasePeopleTab(SessionAccess session, qint64 caseId,
                             AddCasePersonDialog::NewPerson newPerson, QWidget* parent)
    : CaseTab(std::move(session), caseId, parent), m_newPerson(std::move(newPerson)),
      m_table(new QTableWidget(0, 4, this)), m_empty(new QLabel(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    connect(m_add, &QPushButton::clicked, this, &CasePeopleTab::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &CasePeopleTab::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    trackDecryptedData(this, [this] { return m_table->rowCount(); });
    retranslate();
}

void CasePeopleTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void CasePeopleTab::retranslate()
{
    m_table->setAccessibleName(tr("People of the case"));
    m_table->setHorizontalHeaderLabels(
        {tr("Pseudonym"), tr("Name"), tr("Role"), tr("Perpetrator type")});
    m_empty->setText(tr("Nobody is linked to this case yet. Add the victim first with "
                        "“Add a person…”."));
    m_add->setText(tr("&Add a person…"));
    m_remove->setText(tr("&Remove from the case…"));
    const int current = m_table->currentRow();
    fill();
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

void CasePeopleTab::reload()
{
    m_people = CaseService(session()).people(caseId());
    fill();
}

void CasePeopleTab::fill()
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_people.size()));
    int row = 0;
    for (const CasePerson& person : m_people) {
        const QStringList cells = {
            person.pseudonym, person.fullName, termLabel(Vocabulary::PersonRole, person.role),
            person.perpetratorType.isEmpty()
                ? QString()
                : termLabel(Vocabulary::PerpetratorType, person.perpetratorType)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, person.personId);
            item->setData(Qt::UserRole + 1, person.role);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->setVisible(row > 0);
    m_empty->setVisible(row == 0);
}

void CasePeopleTab::clear()
{
    m_people.clear();
    m_people.shrink_to_fit();
    m_table->setRowCount(0);
    if (m_addDialog)
        m_addDialog->close();
}

int CasePeopleTab::personCount() const
{
    return m_table->rowCount();
}

QString CasePeopleTab::rowText(int row) const
{
    return tr("%1 — %2").arg(m_table->item(row, 0)->text(), m_table->item(row, 2)->text());
}

void CasePeopleTab::openAddDialog()
{
    if (m_addDialog) {
        m_addDialog->raise();
        return;
    }
    m_addDialog = new AddCasePersonDialog([this]() -> Session& { return session(); }, caseId(),
                                          m_newPerson, this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addDialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT recordsChanged();
    });
    m_addDialog->open();
}

void CasePeopleTab::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 personId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString role = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
    askToConfirm(
        this,
        tr("Remove %1 from this case? The person stays in the People section.").arg(rowText(row)),
        tr("Remove"), [this, personId, role] {
            try {
                CaseService(session()).removePerson(caseId(), personId, role);
            } catch (const Error& error) {
                showWarning(this, error.message());
                return;
            }
            reload();
            Q_EMIT recordsChanged();
        });
}

} // namespace ui
} // namespace amparo
