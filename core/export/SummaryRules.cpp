#include "export/SummaryRules.h"

namespace amparo {

SummaryRules::SummaryRules(Redaction redactionLevel) : level(redactionLevel)
{
    switch (level) {
    case Redaction::Internal:
        break;
    case Redaction::Partner:
        consentPurpose = QStringLiteral("partner_sharing");
        names = contacts = birthDates = medical = fileNames = sensitive = false;
        break;
    case Redaction::Public:
        // An urgent appeal is how a case becomes public; "media" consent is
        // about talking to the press, not about a written summary.
        consentPurpose = QStringLiteral("urgent_appeal");
        names = contacts = birthDates = medical = fileNames = sensitive = false;
        narrative = staff = organisations = false;
        break;
    }
}

} // namespace amparo
