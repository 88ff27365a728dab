#include "people/PersonAudit.h"

#include "domain/Validation.h"

namespace amparo {
namespace {

const QString kSensitiveMarker = QStringLiteral("(sensitive)");

struct Differ
{
    const std::optional<Person>& before;
    std::vector<audit::FieldChange> changes;

    void plain(const char* field, const QString& old, const QString& now)
    {
        if (!before || old != now)
            changes.push_back({QString::fromLatin1(field),
                               before ? std::optional<QString>(old) : std::nullopt, now});
    }
    void sensitive(const char* field, const QString& old, const QString& now)
    {
        if (before && old == now)
            return;
        if (!before && now.isEmpty())
            return;
        changes.push_back(
            {QString::fromLatin1(field),
             before && !old.isEmpty() ? std::optional<QString>(kSensitiveMarker) : std::nullopt,
             now.isEmpty() ? std::optional<QString>() : std::optional<QString>(kSensitiveMarker)});
    }
};

} // namespace

std::vector<audit::FieldChange> personChanges(const std::optional<Person>& before,
                                              const Person& after)
{
    const Person empty;
    const Person& old = before ? *before : empty;
    Differ d{before, {}};
    d.sensitive("full_name", old.fullName, after.fullName);
    d.sensitive("birth_date", toStoredDate(old.birthDate), toStoredDate(after.birthDate));
    d.sensitive("phone", old.phone, after.phone);
    d.sensitive("email", old.email, after.email);
    d.sensitive("address", old.address, after.address);
    d.sensitive("notes", old.notes, after.notes);
    d.plain("external_id", old.externalId, after.externalId);
    d.plain("sex", old.sex, after.sex);
    d.sensitive("birth_year",
                old.effectiveBirthYear() ? QString::number(*old.effectiveBirthYear()) : QString(),
                after.effectiveBirthYear() ? QString::number(*after.effectiveBirthYear())
                                           : QString());
    d.plain("nationality", old.nationality, after.nationality);
    d.plain("country", old.country, after.country);
    d.plain("languages", old.languages, after.languages);
    d.plain("roles", old.roles.join(QLatin1Char(',')), after.roles.join(QLatin1Char(',')));
    d.plain("woman_defender", old.womanDefender ? QStringLiteral("yes") : QStringLiteral("no"),
            after.womanDefender ? QStringLiteral("yes") : QStringLiteral("no"));
    d.plain("vulnerabilities", old.vulnerabilities.join(QLatin1Char(',')),
            after.vulnerabilities.join(QLatin1Char(',')));
    d.plain("affiliation_id", old.affiliationId ? QString::number(*old.affiliationId) : QString(),
            after.affiliationId ? QString::number(*after.affiliationId) : QString());
    return d.changes;
}

} // namespace amparo
