#pragma once

#include <QString>
#include <QStringList>

namespace amparo {

// The closed lists of the domain (PRODUCT §2). Each term has a stable name —
// stored in the database, written in CSV files, typed on the command line —
// and a label shown to people in their language.
enum class Vocabulary
{
    PersonRole,
    Sex,
    Vulnerability,
    ConsentPurpose,
    ConsentStatus,
    OrganisationKind,
    Programme,
    Priority,
    CaseStatus,
    ViolationType,
    PerpetratorType,
    DatePrecision,
    InterventionKind,
    AssistanceType,
    AssistanceStatus,
    GrantStatus,
    FindingKind,
    Consistency,
};

QStringList termNames(Vocabulary vocabulary);
bool isTerm(Vocabulary vocabulary, const QString& name);
// The translated label of `name`, or `name` itself when it is not a term.
QString termLabel(Vocabulary vocabulary, const QString& name);
// The English label of `name` exactly as marked for translation in the
// context "amparo::Vocabulary", or nullptr when `name` is not a term: for
// documents that are written in another language than the interface's and
// translate with their own QTranslator.
const char* termSourceLabel(Vocabulary vocabulary, const QString& name);
// Translated labels of `names` as a list in the language's own style
// ("Assessment, Referred and Rejected").
QString termLabels(Vocabulary vocabulary, const QStringList& names);

// Checks `value` (case-insensitive) and returns its stable name; throws
// Error(Invalid) naming `fieldLabel` and listing the allowed names.
QString requireTerm(Vocabulary vocabulary, const QString& fieldLabel, const QString& value);
// The same for a comma- or semicolon-separated list; returns names joined by ','.
QString requireTerms(Vocabulary vocabulary, const QString& fieldLabel, const QString& values);

} // namespace amparo
