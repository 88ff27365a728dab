#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace amparo {

// The language a document is written in, which need not be the interface's:
// its own translator — never installed in the application, so the interface
// keeps its language and documents can be written on any thread — and its
// locale for dates, numbers and amounts.
class DocumentLanguage
{
public:
    // "en", "fr", "es", "ru" or "ar"; throws Error(Invalid) for anything else.
    explicit DocumentLanguage(const QString& code);
    DocumentLanguage(const DocumentLanguage&) = delete;
    DocumentLanguage& operator=(const DocumentLanguage&) = delete;

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }
    bool isRightToLeft() const { return m_locale.textDirection() == Qt::RightToLeft; }

    // What QCoreApplication::translate() would answer if this language were installed.
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const;
    QString term(Vocabulary vocabulary, const QString& name) const;
    QString terms(Vocabulary vocabulary, const QStringList& names) const;

    QString number(qint64 value) const;
    QString year(int year) const;                // without a group separator
    QString decimal(const QString& plain) const; // "20.1234" with the language's digits and mark
    QString date(const QDate& date) const;       // "14 March 2026", the weekday left out
    QString monthAndYear(const QDate& date) const;
    QString dateTime(const QDateTime& time) const; // in local time
    // "1,500.00 EUR" with the language's digits, separators and order.
    QString amount(qint64 minor, const QString& currency) const;
    // The country's name in this language, always with its ISO code.
    QString country(const QString& code) const;

    // While it lives, SummaryText::tr() on this thread speaks `language`.
    class Use
    {
    public:
        explicit Use(const DocumentLanguage& language);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;

    private:
        const DocumentLanguage* m_previous;
    };
    // The language in use on this thread, or nullptr (then the interface's).
    static const DocumentLanguage* current();

private:
    QString digits(const QString& asciiDigits) const;

    QString m_code;
    QLocale m_locale;
    QTranslator m_translator;
    QString m_dateFormat;
};

// The strings of documents, in the context amparo::CaseSummary, translated
// into the DocumentLanguage in use on the calling thread.
class SummaryText
{
#if 0 // lupdate does not evaluate the preprocessor: this line names the context for
      // it, while the compiler takes the tr() below instead of the interface's.
    Q_DECLARE_TR_FUNCTIONS(amparo::CaseSummary)
#endif
public:
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1);
};

} // namespace amparo
