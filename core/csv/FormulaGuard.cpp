#include "csv/FormulaGuard.h"

namespace amparo {
namespace csv {
namespace {

const QChar kApostrophe = QLatin1Char('\'');

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// True when `cell` is some apostrophes (at least `minApostrophes`) and then a
// character that starts a formula.
bool looksLikeFormula(const QString& cell, qsizetype minApostrophes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == kApostrophe)
        ++i;
    return i >= minApostrophes && i < cell.size() && isFormulaStart(cell[i]);
}

} // namespace

QString neutraliseFormula(const QString& cell)
{
    return looksLikeFormula(cell, 0) ? kApostrophe + cell : cell;
}

QString restoreFormula(const QString& cell)
{
    return looksLikeFormula(cell, 1) ? cell.mid(1) : cell;
}

} // namespace csv
} // namespace amparo
