#pragma once

#include <QDate>
#include <QString>
#include <utility>
#include <vector>

namespace amparo {
namespace demo {

// Placeholder → value, applied in order.
using TextValues = std::vector<std::pair<const char*, QString>>;

QString filled(QString text, const TextValues& values);
QString capitalized(QString text);
// "a indigenous leader" → "an indigenous leader", "a 18-year-old" → "an 18-year-old".
QString withArticles(QString text);
// "14 March 2023", in English like the rest of the demo narratives.
QString longDate(const QDate& date);
// What a consent form scanned into the vault says.
QString consentFormText(const QString& caseReference, const QDate& date);

} // namespace demo
} // namespace amparo
