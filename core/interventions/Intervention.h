#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {

// Something the organisation sent about a case — an urgent appeal, a letter,
// a communication to a UN or regional mechanism — and what came back.
struct Intervention
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // Vocabulary::InterventionKind
    QDate sentOn;
    QString addressee;                    // as written on the letter
    std::optional<qint64> addresseeOrgId; // the authority or mechanism, when known
    QString reference;                    // the mechanism's or authority's reference
    std::optional<QDate> responseOn;
    QString response;
    QString outcome;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace amparo
