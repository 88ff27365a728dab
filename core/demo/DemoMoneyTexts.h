#pragma once

#include "demo/DemoCorpus.h"

namespace amparo {
namespace demo {

// The words of the money side: budget lines, the comments of fund managers
// and the notes of finance. Data, like the rest of the corpus: never
// translated. Keyed by Vocabulary::AssistanceType where it says `type`; an
// unknown or empty type gets general words.
Words grantJustifications(const char* type);
Words budgetLines(const char* type); // the first one is the main cost
Words approvalComments();            // some empty
Words reductionComments();           // when less than asked is approved
Words rejectionReasons();
Words returnReasons();
Words withdrawalReasons();   // a caseworker cancels a request
Words cancellationReasons(); // a fund manager cancels an approved grant
Words justificationComments();
Words closingComments(); // some empty
Words paymentNotes();    // with {payee}
Words mobilePaymentNotes();
Words refundNotes();
Words underspendNotes(); // payments finished below the approved amount

} // namespace demo
} // namespace amparo
