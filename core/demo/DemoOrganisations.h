#pragma once

#include <QString>
#include <map>
#include <vector>

namespace amparo {

class Session;

namespace demo {

class DemoRandom;

struct OrgRef
{
    qint64 id = 0;
    QString name;
};

// The organisations of one country that cases there refer to.
struct CountryOrganisations
{
    std::vector<OrgRef> members;
    std::vector<OrgRef> lawyers;
    std::vector<OrgRef> rehabilitation;
    std::vector<OrgRef> clinics;
    std::vector<OrgRef> shelters;
    std::vector<OrgRef> authorities;
};

struct DemoOrganisations
{
    std::map<QString, CountryOrganisations> byCountry; // ISO code → organisations
    std::vector<OrgRef> mechanisms;                    // UN and regional
    std::vector<OrgRef> partners;
    std::vector<OrgRef> donors;
    int count = 0;
};

// Creates the network: members, service providers and authorities in every
// demo country, UN and regional mechanisms, partners and donors. Every one
// is fictional except the mechanisms, which are the real addressees of
// communications; their notes say they are demo data.
DemoOrganisations createDemoOrganisations(Session& session, DemoRandom& random);

} // namespace demo
} // namespace amparo
