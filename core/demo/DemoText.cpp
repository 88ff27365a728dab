#include "demo/DemoText.h"

#include <QLocale>
#include <QRegularExpression>

namespace amparo {
namespace demo {

QString filled(QString text, const TextValues& values)
{
    for (const auto& [placeholder, value] : values)
        text.replace(QLatin1String(placeholder), value);
    return text;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString withArticles(QString text)
{
    static const QRegularExpression beforeVowel(
        QStringLiteral("\\b([Aa]) (?=[aeioAEIO]|LGBTI|8|11-|18-)"));
    return text.replace(beforeVowel, QStringLiteral("\\1n "));
}

QString longDate(const QDate& date)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return english.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString consentFormText(const QString& caseReference, const QDate& date)
{
    return QStringLiteral("Consent form (demo data)\n"
                          "Case: %1\n"
                          "Date: %2\n\n"
                          "I agree that the organisation keeps the information I gave about my "
                          "situation in order to assist me, and that it shares it only for the "
                          "purposes I ticked below.\n\n"
                          "[x] Case management\n[ ] Media\n\n"
                          "Signed in the presence of the caseworker.\n")
        .arg(caseReference, date.toString(Qt::ISODate));
}

} // namespace demo
} // namespace amparo
