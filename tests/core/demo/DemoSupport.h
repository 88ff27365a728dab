#pragma once

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "vault/Session.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace amparo {
namespace test {

inline const QString kDemoPassphrase = QStringLiteral("demo passphrase for tests");

// A new vault (admin ana, the tests' manual clock) filled by the generator.
struct DemoVault
{
    explicit DemoVault(int cases, std::uint64_t seed = 1, const demo::DemoProgress& progress = {},
                       int casesPerBatch = 500);

    std::unique_ptr<Session> as(const QString& login);

    VaultFixture vault;
    demo::DemoSummary summary;
};

// Every row of the case, people and status-history tables, in id order,
// hashed: equal digests mean the same data record for record.
QByteArray contentDigest(Session& session);

// The values of one column of one query, for checks over the whole vault.
QStringList column(Session& session, const char* sql);

} // namespace test
} // namespace amparo
