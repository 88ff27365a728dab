#include "DomainFixture.h"

#include "auth/UserRepository.h"
#include "vault/UserAdministration.h"

namespace amparo {
namespace test {

namespace {
QString passphraseOf(const QString& login)
{
    return login + QStringLiteral(" passphrase");
}
} // namespace

DomainFixture::DomainFixture()
{
    auto admin = vault.openAdmin();
    UserAdministration administration(*admin);
    const std::pair<const char*, auth::RoleSet> users[] = {
        {"bea", {auth::Role::Caseworker}},   {"carlos", {auth::Role::Caseworker}},
        {"dara", {auth::Role::FundManager}}, {"diego", {auth::Role::FundManager}},
        {"eli", {auth::Role::Auditor}},      {"fatima", {auth::Role::Finance}},
        {"farid", {auth::Role::Finance}},
    };
    for (const auto& [login, roles] : users)
        administration.addUser(QString::fromLatin1(login), QString(), roles,
                               secret(passphraseOf(QString::fromLatin1(login))), fastKdf());
}

std::unique_ptr<Session> DomainFixture::as(const QString& login)
{
    if (login == vault.admin)
        return vault.openAdmin();
    return vault.open(login, passphraseOf(login));
}

qint64 DomainFixture::userId(const QString& login)
{
    auto session = vault.openAdmin();
    return auth::UserRepository(session->database()).findByLogin(login)->id;
}

Case sampleCase(const QString& title)
{
    Case c;
    c.title = title;
    c.narrative = QStringLiteral("Detained without charge after covering protests.");
    c.programme = QStringLiteral("defenders");
    c.country = QStringLiteral("PH");
    c.priority = QStringLiteral("high");
    c.openedOn = QDate(2026, 3, 1);
    return c;
}

Person samplePerson(const QString& name)
{
    Person p;
    p.fullName = name;
    p.sex = QStringLiteral("female");
    p.birthYear = 1983;
    p.nationality = QStringLiteral("BH");
    p.country = QStringLiteral("BH");
    p.roles = {QStringLiteral("victim")};
    return p;
}

} // namespace test
} // namespace amparo
