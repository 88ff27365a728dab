#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

// One act against a victim in a case. The date may be known only to the
// month or the year, or not at all: `occurredOn` then holds the first day of
// that month or year (absent when unknown) and `datePrecision` says how much
// of it is true, so a chronology sorts approximate dates among exact ones.
struct Violation
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> victimId; // a person of the case
    QString type;                   // Vocabulary::ViolationType
    std::optional<QDate> occurredOn;
    QString datePrecision = QStringLiteral("day"); // Vocabulary::DatePrecision
    QString place;
    QString perpetrators;
    QString consequences;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One finding of an Istanbul-Protocol examination and how consistent it is
// with the account of the victim.
struct MedicalFinding
{
    QString kind; // Vocabulary::FindingKind
    QString description;
    QString consistency; // Vocabulary::Consistency
};

// The medical record of a torture-like violation (at most one per violation).
struct MedicalExamination
{
    qint64 violationId = 0;
    QDate examinedOn;
    QString examiner;
    std::vector<MedicalFinding> findings;
};

// Only torture, ill-treatment and sexual violence are documented with an
// Istanbul-Protocol medical record.
bool mayCarryMedicalRecord(const QString& violationType);

} // namespace amparo
