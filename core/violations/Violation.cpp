#include "violations/Violation.h"

namespace amparo {

bool mayCarryMedicalRecord(const QString& violationType)
{
    return violationType == QLatin1String("torture") ||
           violationType == QLatin1String("ill_treatment") ||
           violationType == QLatin1String("sexual_violence");
}

} // namespace amparo
