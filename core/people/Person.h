#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {

// A person known to the organisation: victim, defender, relative, witness,
// lawyer or alleged perpetrator. The legal name and contact details are
// sensitive; the pseudonym (P-2026-00042) is used wherever identity is not
// needed, and survives anonymisation.
struct Person
{
    qint64 id = 0;
    QString pseudonym;
    QString externalId; // the id in the organisation's spreadsheet, for imports
    QString fullName;
    QString sex = QStringLiteral("unknown");
    std::optional<QDate> birthDate;
    std::optional<int> birthYear; // approximate age when the date is not known
    QString nationality;          // ISO 3166 alpha-2
    QString country;              // of residence
    QString languages;
    QStringList roles; // Vocabulary::PersonRole
    bool womanDefender = false;
    QStringList vulnerabilities; // Vocabulary::Vulnerability
    std::optional<qint64> affiliationId;
    QString phone;
    QString email;
    QString address;
    QString notes;
    bool anonymised = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The birth year, from the date when it is known.
    std::optional<int> effectiveBirthYear() const
    {
        return birthDate ? std::optional<int>(birthDate->year()) : birthYear;
    }
};

// Another person who may be the same one, and why.
struct PossibleDuplicate
{
    qint64 id = 0;
    QString pseudonym;
    QString reason;
};

} // namespace amparo
