#include "violations/ViolationAudit.h"

#include "domain/Validation.h"

#include <QStringList>
#include <utility>

namespace amparo {
namespace {

using Fields = std::vector<std::pair<QString, QString>>;

Fields fieldsOf(const Violation& v)
{
    return {
        {QStringLiteral("case_id"), QString::number(v.caseId)},
        {QStringLiteral("victim_id"), v.victimId ? QString::number(*v.victimId) : QString()},
        {QStringLiteral("type"), v.type},
        {QStringLiteral("occurred_on"), toStoredDate(v.occurredOn)},
        {QStringLiteral("date_precision"), v.datePrecision},
        {QStringLiteral("place"), v.place},
        {QStringLiteral("perpetrators"), v.perpetrators},
        {QStringLiteral("consequences"), v.consequences},
    };
}

Fields fieldsOf(const MedicalExamination& m)
{
    QStringList findings;
    for (const MedicalFinding& f : m.findings)
        findings << f.kind + QLatin1Char('\x1f') + f.description + QLatin1Char('\x1f') +
                        f.consistency;
    return {
        {QStringLiteral("medical_examined_on"), toStoredDate(m.examinedOn)},
        {QStringLiteral("medical_examiner"), m.examiner},
        {QStringLiteral("medical_findings"), findings.join(QLatin1Char('\x1e'))},
    };
}

// Before/after of two field lists in the same order; `hide` replaces every
// value by a marker that only says a value was there.
std::vector<audit::FieldChange> diff(const std::optional<Fields>& before,
                                     const std::optional<Fields>& after, bool hide)
{
    if (!before && !after)
        return {};
    const Fields& reference = after ? *after : *before;
    std::vector<audit::FieldChange> changes;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const QString was = before ? (*before)[i].second : QString();
        const QString now = after ? (*after)[i].second : QString();
        if (before && after && was == now)
            continue;
        if (was.isEmpty() && now.isEmpty())
            continue;
        auto shown = [&](const QString& value, bool present) -> std::optional<QString> {
            if (!present || (hide && value.isEmpty()))
                return std::nullopt;
            return hide ? QStringLiteral("(sensitive)") : value;
        };
        changes.push_back(
            {reference[i].first, shown(was, before.has_value()), shown(now, after.has_value())});
    }
    return changes;
}

template <typename T> std::optional<Fields> fieldsOf(const std::optional<T>& value)
{
    return value ? std::optional<Fields>(fieldsOf(*value)) : std::nullopt;
}

} // namespace

std::vector<audit::FieldChange> violationChanges(const std::optional<Violation>& before,
                                                 const std::optional<Violation>& after)
{
    return diff(fieldsOf(before), fieldsOf(after), false);
}

std::vector<audit::FieldChange>
medicalRecordChanges(const std::optional<MedicalExamination>& before,
                     const std::optional<MedicalExamination>& after)
{
    return diff(fieldsOf(before), fieldsOf(after), true);
}

} // namespace amparo
