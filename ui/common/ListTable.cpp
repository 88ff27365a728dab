#include "common/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace amparo {
namespace ui {

void setUpListTable(QTableView* table, std::optional<int> stretched)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretched)
        header->setSectionResizeMode(*stretched, QHeaderView::Stretch);
    else
        header->setStretchLastSection(true);
}

} // namespace ui
} // namespace amparo
