#pragma once

#include <QString>

namespace amparo {

class Session;

namespace bench {

// How many pages a PDF has (counts its page objects).
int pdfPageCount(const QByteArray& pdf);

// Writes, as `caseworker`, one case with enough violations for its internal
// summary to run to at least `pages` pages, and returns its reference.
// Renders the summary to check, so it needs a QGuiApplication.
QString writeBigCase(Session& caseworker, int pages);

} // namespace bench
} // namespace amparo
