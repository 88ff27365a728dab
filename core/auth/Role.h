#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace amparo {
namespace auth {

// The roles of PRODUCT §1. A person may hold several.
enum class Role : std::uint8_t
{
    Admin = 1 << 0,
    Caseworker = 1 << 1,
    FundManager = 1 << 2,
    Finance = 1 << 3,
    Auditor = 1 << 4,
};

inline constexpr Role kAllRoles[] = {Role::Admin, Role::Caseworker, Role::FundManager,
                                     Role::Finance, Role::Auditor};

// The stable name used in the database, on the command line and in scripts.
QString roleName(Role role);
std::optional<Role> parseRole(const QString& name);
// The name shown to people, translated.
QString roleLabel(Role role);

class RoleSet
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    bool has(Role role) const { return (m_bits & static_cast<std::uint8_t>(role)) != 0; }
    void add(Role role) { m_bits |= static_cast<std::uint8_t>(role); }
    bool isEmpty() const { return m_bits == 0; }
    friend bool operator==(RoleSet, RoleSet) = default;

    QStringList names() const;
    // "admin,caseworker" → roles; throws Error(Invalid) naming an unknown role.
    static RoleSet parse(const QString& commaSeparated);

private:
    std::uint8_t m_bits = 0;
};

} // namespace auth
} // namespace amparo
