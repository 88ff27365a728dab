#pragma once

#include <QString>

namespace amparo {
namespace csv {

// Spreadsheets run a cell that begins with = + - or @ (and some a tab or a
// carriage return) as a formula; a hostile name such as =HYPERLINK(...) in an
// exported file would then run on a colleague's machine. On export such a cell
// gets a leading apostrophe, which spreadsheets show as text. The import
// removes exactly that apostrophe again.
//
// To make the two exact inverses, a cell that already begins with apostrophes
// followed by one of those characters gets one more: "'=x" is written "''=x"
// and read back as "'=x". Any other apostrophe is left alone.
QString neutraliseFormula(const QString& cell);
QString restoreFormula(const QString& cell);

} // namespace csv
} // namespace amparo
