#include "search/SearchText.h"

#include <QStringList>

namespace amparo {
namespace search {
namespace {

QChar unifyArabic(QChar c)
{
    switch (c.unicode()) {
    case 0x0622:              // آ
    case 0x0623:              // أ
    case 0x0625:              // إ
    case 0x0671:              // ٱ
        return QChar(0x0627); // ا
    case 0x0649:              // ى
        return QChar(0x064A); // ي
    case 0x0629:              // ة
        return QChar(0x0647); // ه
    default:
        return c;
    }
}

} // namespace

QString normalize(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // Combining marks: Latin accents, Cyrillic breves, Arabic harakat.
        if (c.category() == QChar::Mark_NonSpacing || c.unicode() == 0x0640 /* tatweel */)
            continue;
        // Invisible format characters (bidi isolates, soft hyphens): FTS4's
        // unicode61 predates the isolates and would make them part of a word.
        if (c.category() == QChar::Other_Format)
            continue;
        result.append(unifyArabic(c));
    }
    return result.toCaseFolded();
}

QString matchExpression(const QString& userText)
{
    const QString normalized = normalize(userText);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    if (words.isEmpty())
        return {};
    // FTS4 refuses expressions deeper than 12 levels (a pasted page of text):
    // the first words narrow the search enough.
    constexpr qsizetype kMaxWords = 64;
    words = words.mid(0, kMaxWords);
    // Each word quoted, so that AND, OR, NEAR or a stray quote are plain text.
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool last = i + 1 == words.size();
        terms << QLatin1Char('"') + words[i] +
                     (last ? QStringLiteral("*\"") : QStringLiteral("\""));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace search
} // namespace amparo
