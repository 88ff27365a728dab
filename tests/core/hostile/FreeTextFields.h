#pragma once

#include "../ledger/MoneyWorld.h"

#include <QString>
#include <functional>
#include <vector>

namespace amparo {
namespace test {

// MoneyWorld (bea's case, fund UAF) with a victim in the case.
struct HostileWorld : MoneyWorld
{
    HostileWorld();

    qint64 victimId = 0;
};

// One free-text field of one kind of record, written through its service's
// create (or the one act that records it, for comments) and read back
// through the service.
struct FreeTextField
{
    const char* name;
    const char* label; // how the refusal message names the field
    bool multiLine;
    const char* table; // where a refused value must not have left a row
    // Creates what the record needs first (a case, a violation, a grant);
    // rows it writes are not the field's.
    std::function<qint64(HostileWorld&)> prepare;
    std::function<QString(HostileWorld&, qint64 prepared, const QString& value)> storeAndReadBack;
};

const std::vector<FreeTextField>& freeTextFields();

} // namespace test
} // namespace amparo
