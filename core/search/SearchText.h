#pragma once

#include <QString>

namespace amparo {
namespace search {

// The form in which text is indexed and queried: case-folded, without
// diacritics (José → jose), with Arabic letter variants unified (أ إ آ → ا,
// ى → ي, ة → ه) and tashkeel removed, so that people find names the way
// they type them.
QString normalize(const QString& text);

// A user's search box text as an FTS4 MATCH expression: every word must
// match (of a longer text, the first 64), the last one as a prefix
// (search-as-you-type). Empty when there is nothing to search for. Quotes
// and operators typed by the user are taken literally, never as query syntax.
QString matchExpression(const QString& userText);

} // namespace search
} // namespace amparo
