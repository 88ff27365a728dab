#pragma once

#include "export/CaseSummary.h"

#include <QString>

namespace amparo {

// What one redaction level shows, decided in one place so that every
// section of the summary asks the same question the same way.
struct SummaryRules
{
    explicit SummaryRules(Redaction level);

    Redaction level;
    // The consent a person must have given to appear; empty: everyone appears.
    QString consentPurpose;
    bool names = true;         // legal names (else pseudonyms; names in text become pseudonyms)
    bool contacts = true;      // phone, e-mail, address, notes
    bool birthDates = true;    // else age bands
    bool medical = true;       // Istanbul-Protocol findings
    bool narrative = true;     // free text: summaries, places, reasons, descriptions, notes
    bool staff = true;         // caseworkers and who changed what
    bool organisations = true; // referring organisation, providers
    bool fileNames = true;     // names of attached files
    bool sensitive = true;     // risk assessment, vulnerabilities, need-to-know flag
};

} // namespace amparo
