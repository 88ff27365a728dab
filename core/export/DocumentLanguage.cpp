#include "export/DocumentLanguage.h"

#include "i18n/Countries.h"
#include "i18n/Translations.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace amparo {
namespace {

struct LanguageText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::DocumentLanguage)
};

thread_local const DocumentLanguage* t_current = nullptr;

// The long date of the locale without its weekday: "MMMM d, yyyy", "d MMMM yyyy".
QString dateFormatOf(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("dddd[,\\x{060C}]?\\s*")));
    return format.trimmed();
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString& code) : m_code(code), m_locale(code)
{
    if (!Translations::supportedLanguages().contains(code))
        throw Error(ErrorKind::Invalid,
                    LanguageText::tr("Unknown document language \"%1\"; use one of: %2.")
                        .arg(code, Translations::supportedLanguages().join(QStringLiteral(", "))));
    // English too: its file holds the plural forms of the source strings.
    // Without a file the source strings are used, which is English.
    (void)m_translator.load(QStringLiteral(":/i18n/amparo_") + code);
    m_dateFormat = dateFormatOf(m_locale);
}

QString DocumentLanguage::translate(const char* context, const char* source,
                                    const char* disambiguation, int n) const
{
    QString text = m_translator.translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), number(n));
        text.replace(QLatin1String("%n"), number(n));
    }
    return text;
}

QString DocumentLanguage::term(Vocabulary vocabulary, const QString& name) const
{
    const char* source = termSourceLabel(vocabulary, name);
    return source ? translate("amparo::Vocabulary", source, nullptr, -1) : name;
}

QString DocumentLanguage::terms(Vocabulary vocabulary, const QStringList& names) const
{
    QStringList labels;
    for (const QString& name : names)
        labels << term(vocabulary, name);
    return m_locale.createSeparatedList(labels);
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentLanguage::year(int value) const
{
    QLocale plain = m_locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value);
}

QString DocumentLanguage::decimal(const QString& plain) const
{
    QString text = digits(plain);
    text.replace(QLatin1Char('.'), m_locale.decimalPoint());
    return text;
}

QString DocumentLanguage::date(const QDate& value) const
{
    return value.isValid() ? m_locale.toString(value, m_dateFormat) : QString();
}

QString DocumentLanguage::monthAndYear(const QDate& value) const
{
    const Use speaking(*this);
    return SummaryText::tr("%1 %2", "month and year")
        .arg(m_locale.standaloneMonthName(value.month()), year(value.year()));
}

QString DocumentLanguage::dateTime(const QDateTime& value) const
{
    const Use speaking(*this);
    const QDateTime local = value.toLocalTime();
    return SummaryText::tr("%1, %2", "date and time")
        .arg(date(local.date()), m_locale.toString(local.time(), QLocale::ShortFormat));
}

QString DocumentLanguage::digits(const QString& asciiDigits) const
{
    QString result;
    for (const QChar c : asciiDigits)
        result += c.isDigit() ? m_locale.toString(c.digitValue()) : QString(c);
    return result;
}

QString DocumentLanguage::amount(qint64 minor, const QString& currency) const
{
    const Use speaking(*this);
    const bool known = currencyMinorUnits(currency).has_value();
    // formatAmount() gives the exact digits ("-1500.50"); the locale dresses them.
    QString plain = formatAmount(minor, known ? currency : QStringLiteral("EUR"));
    const bool negative = plain.startsWith(QLatin1Char('-'));
    if (negative)
        plain.remove(0, 1);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QString text = m_locale.toString(plain.left(point < 0 ? plain.size() : point).toLongLong());
    if (point >= 0)
        text += m_locale.decimalPoint() + digits(plain.mid(point + 1));
    if (negative)
        text.prepend(m_locale.negativeSign());
    return SummaryText::tr("%1 %2", "amount and currency code").arg(text, currency);
}

QString DocumentLanguage::country(const QString& code) const
{
    const char* english = englishCountryName(code);
    if (!*english)
        return code;
    const Use speaking(*this);
    return SummaryText::tr("%1 (%2)", "country name and ISO code")
        .arg(translate("amparo::Countries", english, nullptr, -1), code.toUpper());
}

DocumentLanguage::Use::Use(const DocumentLanguage& language) : m_previous(t_current)
{
    t_current = &language;
}

DocumentLanguage::Use::~Use()
{
    t_current = m_previous;
}

const DocumentLanguage* DocumentLanguage::current()
{
    return t_current;
}

QString SummaryText::tr(const char* source, const char* disambiguation, int n)
{
    if (const DocumentLanguage* language = DocumentLanguage::current())
        return language->translate("amparo::CaseSummary", source, disambiguation, n);
    return QCoreApplication::translate("amparo::CaseSummary", source, disambiguation, n);
}

} // namespace amparo
