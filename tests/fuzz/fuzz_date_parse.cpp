// Dates as people type them (the CLI's --date options and the date columns
// of CSV imports go through validate::parseDate) and dates and timestamps as
// they are stored. The input is text of up to three lines:
//
//   14/03/2026                 typed, as parseDate() reads it
//   2026-03-14                 stored, as fromStoredDate() reads it
//   2026-03-14T09:30:00.000Z   a stored timestamp
//
// A typed date is either refused with Error(Invalid) or a valid date that is
// stored as text which reads back as the same date; nothing is lost between
// typing, storing and reading.
#include "FuzzInput.h"
#include "domain/Validation.h"
#include "util/Clock.h"
#include "util/Error.h"

using namespace amparo;

namespace {

const QString kLabel = QStringLiteral("The date");

void checkTypedDate(const QString& text)
{
    std::optional<QDate> date;
    try {
        date = validate::parseDate(kLabel, text);
    } catch (const Error& error) {
        AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Invalid, error.message());
        return;
    }
    AMPARO_FUZZ_CHECK(date.has_value() == !text.trimmed().isEmpty(), text);
    if (!date)
        return;
    AMPARO_FUZZ_CHECK(date->isValid(), text);
    const QString stored = toStoredDate(date);
    AMPARO_FUZZ_CHECK(fromStoredDate(stored) == date, text + QStringLiteral(" → ") + stored);
    AMPARO_FUZZ_CHECK(validate::parseDate(kLabel, stored) == date,
                      text + QStringLiteral(" → ") + stored);
}

void checkStoredDate(const QString& text)
{
    const std::optional<QDate> date = fromStoredDate(text);
    if (!date)
        return;
    AMPARO_FUZZ_CHECK(date->isValid(), text);
    AMPARO_FUZZ_CHECK(fromStoredDate(toStoredDate(date)) == date, text);
}

void checkTimestamp(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return;
    const QString stored = toStoredTimestamp(time);
    const QDateTime back = QDateTime::fromString(stored, Qt::ISODateWithMs);
    AMPARO_FUZZ_CHECK(back.isValid() && back.toMSecsSinceEpoch() == time.toMSecsSinceEpoch(),
                      text + QStringLiteral(" → ") + stored);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1024)
        return 0; // a date is short; longer text adds nothing
    const QStringList lines = QString::fromUtf8(fuzz::bytes(data, size)).split(QLatin1Char('\n'));
    checkTypedDate(lines.value(0));
    checkStoredDate(lines.value(1));
    checkTimestamp(lines.value(2));
    return 0;
}
