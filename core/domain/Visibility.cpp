#include "domain/Visibility.h"

#include "auth/Permission.h"
#include "auth/User.h"

namespace amparo {

bool seesAllCases(const auth::User& user)
{
    return auth::rolesAllow(user.roles, auth::Permission::ReadAllCases);
}

// The user id is an integer from the database, written into the SQL as a
// number: there is no text from outside in these fragments.
std::string visibleCaseCondition(const auth::User& user, const char* caseAlias)
{
    if (seesAllCases(user))
        return "1";
    const std::string alias(caseAlias);
    // A correlated lookup in the (case_id, user_id) primary key, evaluated
    // only for restricted rows.
    return "(" + alias +
           ".restricted = 0 OR EXISTS (SELECT 1 FROM case_assignments va WHERE va.case_id = " +
           alias + ".id AND va.user_id = " + std::to_string(user.id) + "))";
}

std::string visiblePersonCondition(const auth::User& user, const char* personAlias)
{
    if (seesAllCases(user))
        return "1";
    const std::string alias(personAlias);
    return "(NOT EXISTS (SELECT 1 FROM case_people vcp WHERE vcp.person_id = " + alias +
           ".id) OR EXISTS (SELECT 1 FROM case_people vcp JOIN cases vc ON vc.id = vcp.case_id "
           "WHERE "
           "vcp.person_id = " +
           alias + ".id AND " + visibleCaseCondition(user, "vc") + "))";
}

} // namespace amparo
