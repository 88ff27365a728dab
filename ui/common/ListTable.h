#pragma once

#include <optional>

class QTableView;

namespace amparo {
namespace ui {

// A list of records shown as a table: whole rows chosen one at a time,
// alternate row colours, one line per row, columns as wide as their contents
// and `stretched` taking the room left (the last column when none is named).
// Call it after the table has its model: the header sizes its columns.
void setUpListTable(QTableView* table, std::optional<int> stretched = std::nullopt);

} // namespace ui
} // namespace amparo
