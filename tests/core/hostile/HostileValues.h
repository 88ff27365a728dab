#pragma once

#include <QString>
#include <vector>

namespace amparo {
namespace test {

// What the core does with a value in a free-text field.
enum class Outcome
{
    Stored,  // kept exactly (after trimming), read back unchanged
    Refused, // Error(Invalid) naming the field; nothing written
};

// Hostile text as people paste it or as a hostile file delivers it, with
// what the core's validation (domain/Validation.cpp) does with it in a
// single-line field (names, titles, places) and in a multi-line one
// (narratives, notes, comments).
struct HostileValue
{
    const char* name;
    QString text;
    Outcome singleLine;
    Outcome multiLine;
    const char* refusal; // part of the message when refused

    Outcome in(bool multiLineField) const { return multiLineField ? multiLine : singleLine; }
};

const std::vector<HostileValue>& hostileValues();

// Text that is stored as given in every kind of field.
std::vector<HostileValue> valuesStoredEverywhere();

} // namespace test
} // namespace amparo
