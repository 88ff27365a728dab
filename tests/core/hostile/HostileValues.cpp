#include "HostileValues.h"

#include <QByteArray>

namespace amparo {
namespace test {
namespace {

QString withChar(const char* before, char16_t c, const char* after)
{
    return QString::fromUtf8(before) + QChar(c) + QString::fromUtf8(after);
}

} // namespace

const std::vector<HostileValue>& hostileValues()
{
    using enum Outcome;
    static const std::vector<HostileValue> values = {
        {"HTML", QStringLiteral("<script>alert('pwned')</script><b>Bold</b> & <i>Sons</i>"), Stored,
         Stored, ""},
        {"SQL", QStringLiteral("Robert'); DROP TABLE cases;--"), Stored, Stored, ""},
        {"spreadsheet formula", QStringLiteral("=cmd|' /C calc'!A0"), Stored, Stored, ""},
        // Bad bytes as they arrive through QString::fromUtf8: replacement characters.
        {"invalid UTF-8", QString::fromUtf8(QByteArray("Jos\xE9 Mart\xEDnez \xC0\xAF\xFF end")),
         Stored, Stored, ""},
        // Isolates and embeddings are stored: Arabic text legitimately carries them.
        {"bidi isolates and embeddings",
         QStringLiteral("Report ") + QChar(0x2067) +
             QStringLiteral("\u0645\u0631\u062D\u0628\u0627") + QChar(0x2069) +
             QStringLiteral(" and ") + QChar(0x202B) + QStringLiteral("embedded") + QChar(0x202C) +
             QStringLiteral(" text ") + QChar(0x2067) + QStringLiteral("open isolate"),
         Stored, Stored, ""},
        // Overrides make a name display as something else (a file "invoice<RLO>gpj.exe"
        // reads "invoiceexe.jpg").
        {"right-to-left override", withChar("invoice", 0x202E, "gpj.exe"), Refused, Refused,
         "control character (U+202e)"},
        {"left-to-right override", withChar("name ", 0x202D, "reversed"), Refused, Refused,
         "control character (U+202d)"},
        {"NUL", withChar("before", 0x0000, "after"), Refused, Refused,
         "control character (U+0000)"},
        {"terminal escape", withChar("", 0x001B, "[31mred alert"), Refused, Refused,
         "control character (U+001b)"},
        {"line breaks and tab", QStringLiteral("first line\r\nsecond\tline"), Refused, Stored,
         "control character (U+000d)"},
        {"1 MB", QStringLiteral("word ").repeated(210'000), Refused, Refused, "is too long"},
    };
    return values;
}

std::vector<HostileValue> valuesStoredEverywhere()
{
    std::vector<HostileValue> stored;
    for (const HostileValue& value : hostileValues()) {
        if (value.singleLine == Outcome::Stored && value.multiLine == Outcome::Stored)
            stored.push_back(value);
    }
    return stored;
}

} // namespace test
} // namespace amparo
