#include "csv/ImportRow.h"

namespace amparo {
namespace csv {

void ImportRow::problem(const QString& column, const QString& message)
{
    m_report.problems.push_back({m_number, column, message});
    ++m_problems;
}

void ImportRow::note(const QString& column, const QString& message)
{
    m_report.notes.push_back({m_number, column, message});
}

} // namespace csv
} // namespace amparo
