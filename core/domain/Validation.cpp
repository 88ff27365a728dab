#include "domain/Validation.h"

#include "i18n/Countries.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace amparo {
namespace {

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Validation)
};

[[noreturn]] void invalid(const QString& message)
{
    throw Error(ErrorKind::Invalid, message);
}

bool isForbiddenControl(QChar c, bool multiline)
{
    if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')))
        return false;
    const auto category = c.category();
    // Bidirectional overrides can make a name display as something else.
    const bool bidiOverride = c.unicode() == 0x202E || c.unicode() == 0x202D;
    return category == QChar::Other_Control || bidiOverride;
}

} // namespace

namespace validate {

QString text(const QString& label, const QString& value, qsizetype maxLength, bool required,
             bool multiline)
{
    const QString trimmed = value.trimmed();
    if (required && trimmed.isEmpty())
        invalid(ValidationText::tr("%1 is required.").arg(label));
    if (trimmed.size() > maxLength)
        invalid(ValidationText::tr("%1 is too long: %2 characters, at most %3 are allowed.")
                    .arg(label)
                    .arg(trimmed.size())
                    .arg(maxLength));
    for (const QChar c : trimmed) {
        if (isForbiddenControl(c, multiline))
            invalid(ValidationText::tr("%1 contains a control character (U+%2).")
                        .arg(label)
                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return trimmed;
}

QString country(const QString& label, const QString& code, bool required)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty()) {
        if (required)
            invalid(ValidationText::tr("%1 is required.").arg(label));
        return upper;
    }
    if (!isKnownCountry(upper))
        invalid(ValidationText::tr("%1: \"%2\" is not a known country code (use two letters, "
                                   "e.g. MX, PH, TN).")
                    .arg(label, code.left(20)));
    return upper;
}

std::optional<QDate> parseDate(const QString& label, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    // QDate also reads signed years ("14/03/-0900"), which no stored date can hold.
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        invalid(ValidationText::tr("%1: \"%2\" is not a date (write 2026-03-14 or 14/03/2026).")
                    .arg(label, trimmed.left(40)));
    return date;
}

void pastDate(const QString& label, const QDate& date, const Clock& clock)
{
    if (date < QDate(1900, 1, 1))
        invalid(
            ValidationText::tr("%1: %2 is before 1900.").arg(label, date.toString(Qt::ISODate)));
    if (date > clock.nowUtc().date().addDays(1)) // a day of grace for time zones
        invalid(
            ValidationText::tr("%1: %2 is in the future.").arg(label, date.toString(Qt::ISODate)));
}

void notBefore(const QString& label, const QDate& date, const QString& otherLabel,
               const QDate& other)
{
    if (date.isValid() && other.isValid() && date < other)
        invalid(
            ValidationText::tr("%1 (%2) is before %3 (%4).")
                .arg(label, date.toString(Qt::ISODate), otherLabel, other.toString(Qt::ISODate)));
}

QString email(const QString& label, const QString& value)
{
    const QString trimmed = text(label, value, 254, false);
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!trimmed.isEmpty() && !shape.match(trimmed).hasMatch())
        invalid(ValidationText::tr("%1: \"%2\" is not an e-mail address.")
                    .arg(label, trimmed.left(60)));
    return trimmed;
}

QString phone(const QString& label, const QString& value)
{
    const QString trimmed = text(label, value, 40, false);
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]{4,}$"));
    if (!trimmed.isEmpty() && !shape.match(trimmed).hasMatch())
        invalid(ValidationText::tr("%1: \"%2\" is not a telephone number.")
                    .arg(label, trimmed.left(40)));
    return trimmed;
}

QString oneOf(const QString& label, const QString& value, const QStringList& allowed)
{
    const QString normalized = value.trimmed().toLower();
    if (!allowed.contains(normalized))
        invalid(ValidationText::tr("%1: \"%2\" is not one of %3.")
                    .arg(label, value.left(40), allowed.join(QStringLiteral(", "))));
    return normalized;
}

} // namespace validate

QString toStoredDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> fromStoredDate(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace amparo
