#include "cases/tabs/RecordListView.h"

#include "cases/tabs/RowIds.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

RecordListView::RecordListView(QAbstractItemModel* model, QWidget* parent)
    : QStackedWidget(parent), m_table(new QTableView(this)), m_emptyText(new QLabel(this))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);
    addWidget(m_table);
    addWidget(empty);

    connect(model, &QAbstractItemModel::modelReset, this, &RecordListView::showTableOrEmptyText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentRowChanged(current.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT rowActivated(index.row()); });
    showTableOrEmptyText();
}

void RecordListView::setEmptyText(const QString& text)
{
    m_emptyText->setText(text);
}

int RecordListView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RecordListView::selectRow(int row)
{
    if (row >= 0 && row < m_table->model()->rowCount())
        selectTableRow(m_table, row);
}

void RecordListView::showTableOrEmptyText()
{
    setCurrentIndex(m_table->model()->rowCount() > 0 ? 0 : 1);
    Q_EMIT currentRowChanged(currentRow());
}

} // namespace ui
} // namespace amparo
