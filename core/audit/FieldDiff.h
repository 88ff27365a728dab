#pragma once

#include "audit/AuditEntry.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace amparo {
namespace audit {

// Collects the field-level changes of one record for the audit trail. On a
// creation every non-empty field is recorded (with no "before"); on an
// update only the fields whose value changed, with both values.
class FieldDiff
{
public:
    explicit FieldDiff(bool creation) : m_creation(creation) {}

    void field(const char* name, const QString& before, const QString& after)
    {
        if ((!m_creation && before == after) || (m_creation && after.isEmpty()))
            return;
        m_changes.push_back({QString::fromLatin1(name),
                             m_creation ? std::nullopt : std::optional<QString>(before), after});
    }
    // A change recorded in some other way (masked values, for instance).
    void add(FieldChange change) { m_changes.push_back(std::move(change)); }

    bool isCreation() const { return m_creation; }
    std::vector<FieldChange> take() { return std::move(m_changes); }

    static QString id(const std::optional<qint64>& value)
    {
        return value ? QString::number(*value) : QString();
    }

private:
    bool m_creation;
    std::vector<FieldChange> m_changes;
};

} // namespace audit
} // namespace amparo
