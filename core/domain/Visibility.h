#pragma once

#include <string>

namespace amparo {
namespace auth {
struct User;
} // namespace auth
} // namespace amparo

namespace amparo {

// Need-to-know, as SQL conditions every query of cases and people includes:
// a restricted case exists only for its assigned caseworkers, administrators
// and auditors — in lists, counts, search and direct fetches alike. A person
// is hidden when every case they appear in is hidden.
bool seesAllCases(const auth::User& user);
std::string visibleCaseCondition(const auth::User& user, const char* caseAlias);
std::string visiblePersonCondition(const auth::User& user, const char* personAlias);

} // namespace amparo
