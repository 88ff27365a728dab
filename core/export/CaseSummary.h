#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace amparo {

class Session;

// How much of a case a summary shows (PRODUCT §5):
//   Internal — everything, for the organisation itself;
//   Partner  — people under pseudonyms, only those who consented to sharing
//              with a partner organisation; no contact details, addresses,
//              dates of birth (age bands instead) or medical findings;
//   Public   — only people who consented to publication in an urgent appeal,
//              under pseudonyms, and none of the narrative: no free text,
//              places, staff, organisations or file names.
// What is left out is said in the document, never dropped silently.
enum class Redaction
{
    Internal,
    Partner,
    Public
};

QString redactionName(Redaction redaction); // "internal", "partner", "public"
std::optional<Redaction> parseRedaction(const QString& name);

struct SummaryOptions
{
    Redaction redaction = Redaction::Internal;
    QString language = QStringLiteral("en"); // en, fr, es, ru, ar: independent of the interface's
};

// The PDF bytes of a case summary: A4, fonts embedded, right-to-left for
// Arabic, a running header with the case reference and the classification,
// a footer with the generation time and "Page n of m". Requires
// Permission::ExportCases and the case visible to the user (Error(NotFound)
// otherwise); audited ("export.pdf": case reference, level, language) once
// the document exists. Needs a QGuiApplication (fonts); it installs no
// translator and changes no application state, so it may run on a worker
// thread, as long as that thread alone uses the session meanwhile.
QByteArray renderCaseSummaryPdf(Session& session, qint64 caseId, const SummaryOptions& options);

} // namespace amparo
