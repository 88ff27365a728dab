#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {

// What a case list shows: every field optional, all given ones must hold.
struct CaseFilter
{
    QString search;       // search-as-you-type text
    QStringList statuses; // any of
    QString programme;
    QString country;
    QString priority;
    std::optional<qint64> assigneeId;
    std::optional<bool> restricted;
    QString assistanceType; // cases with at least one assistance line of this type
};

enum class CaseSort
{
    OpenedNewestFirst,
    OpenedOldestFirst,
    Reference,
    Title,
    Status,
    Priority,
    Country,
};

} // namespace amparo
