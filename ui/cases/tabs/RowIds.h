#pragma once

#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTableView>
#include <optional>

namespace amparo {
namespace ui {

// Selects and makes current the whole `row` of `table`. Unlike
// QTableView::selectRow(), which starts from the column at the view's
// leading edge, this does not depend on the view's geometry: right to left,
// a view not laid out yet has no column there and selected nothing.
inline void selectTableRow(QTableView* table, int row)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

// Tables of records keep each record's id in Qt::UserRole of one column's
// items: these find a row by its record and a selected row's record.

inline void selectRowWithId(QTableView* table, const QStandardItemModel* model, int idColumn,
                            qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, idColumn)->data(Qt::UserRole).toLongLong() == id) {
            selectTableRow(table, row);
            return;
        }
    }
    table->clearSelection();
}

inline std::optional<qint64> selectedRowId(const QTableView* table, const QStandardItemModel* model,
                                           int idColumn)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return model->item(rows.first().row(), idColumn)->data(Qt::UserRole).toLongLong();
}

} // namespace ui
} // namespace amparo
