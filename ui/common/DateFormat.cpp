#include "common/DateFormat.h"

#include <QLocale>

namespace amparo {
namespace ui {

QString fullYearDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace ui
} // namespace amparo
