#pragma once

#include "TestSupport.h"
#include "auth/Role.h"
#include "cases/Case.h"
#include "people/Person.h"
#include "vault/Session.h"

#include <memory>

namespace amparo {
namespace test {

// A vault with an administrator (ana), two caseworkers (bea, carlos), two
// fund managers (dara, diego), an auditor (eli) and two finance officers
// (fatima, farid), for tests of the case and money sides.
struct DomainFixture
{
    DomainFixture();

    std::unique_ptr<Session> as(const QString& login);
    qint64 userId(const QString& login);

    VaultFixture vault;
};

// A minimal valid case and person, to change one field at a time in tests.
Case sampleCase(const QString& title = QStringLiteral("Arbitrary detention of a journalist"));
Person samplePerson(const QString& name = QStringLiteral("Zainab Al-Khawaja"));

} // namespace test
} // namespace amparo
