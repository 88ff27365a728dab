#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {

class Clock;

// Checks shared by every service. Each throws Error(Invalid) with a message
// that names the field (`label`, already translated) and what is wrong, so
// that "bad input gets a clear message" holds everywhere in the same words.
namespace validate {

inline constexpr qsizetype kShortText = 300;    // names, titles, places
inline constexpr qsizetype kLongText = 200'000; // narratives, notes

// Trimmed text; refuses control characters (other than line breaks and tabs
// when `multiline`), over-long text and, when `required`, empty text.
QString text(const QString& label, const QString& value, qsizetype maxLength, bool required,
             bool multiline = false);

// ISO 3166-1 alpha-2, upper-cased ("ar" → "AR"); empty allowed unless required.
QString country(const QString& label, const QString& code, bool required);

// A date written as yyyy-mm-dd or dd/mm/yyyy; empty gives nullopt.
std::optional<QDate> parseDate(const QString& label, const QString& text);

// A date of something that has happened: not before 1900 and not after today.
void pastDate(const QString& label, const QDate& date, const Clock& clock);
void notBefore(const QString& label, const QDate& date, const QString& otherLabel,
               const QDate& other);

QString email(const QString& label, const QString& value);
QString phone(const QString& label, const QString& value);

// One of `allowed` (stable names); the message lists them.
QString oneOf(const QString& label, const QString& value, const QStringList& allowed);

} // namespace validate

// Dates are stored as ISO text; empty when absent.
QString toStoredDate(const std::optional<QDate>& date);
std::optional<QDate> fromStoredDate(const QString& text);

} // namespace amparo
