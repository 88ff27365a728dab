#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// What every fuzz target shares: Qt set up as in the application, the fuzz
// bytes as Qt types, and a way to report a broken invariant as a crash so
// that libFuzzer keeps the input that caused it.
namespace amparo {
namespace fuzz {

// Creates the QCoreApplication (tr(), QLocale and Qt's file classes behave
// as in amparo-cli) and pins the locale, so that a run replays anywhere.
void startQt(int* argc, char*** argv);

QByteArray bytes(const std::uint8_t* data, std::size_t size);

// Prints what broke and aborts: libFuzzer saves the input as a crash file.
[[noreturn]] void invariantBroken(const char* what, const QString& details);

} // namespace fuzz
} // namespace amparo

// Checks `condition` in every build type, unlike assert().
#define AMPARO_FUZZ_CHECK(condition, details)                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::amparo::fuzz::invariantBroken(#condition, details);                                  \
    } while (false)
