#include "PdfText.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <algorithm>
#include <catch2/catch.hpp>

namespace amparo {
namespace test {

PdfText::PdfText(const QByteArray& pdf) : m_path(m_folder.path(QStringLiteral("summary.pdf")))
{
    // QPdfDocument reads files synchronously; from a device it loads later.
    writeAll(m_path, pdf);
    QPdfDocument document;
    REQUIRE(document.load(m_path) == QPdfDocument::Error::None);
    for (int i = 0; i < document.pageCount(); ++i)
        m_pages
            << document.getAllText(i).text().normalized(QString::NormalizationForm_KC).simplified();
}

QRectF PdfText::whereOnPage(int index, const QString& text) const
{
    QPdfDocument document;
    REQUIRE(document.load(m_path) == QPdfDocument::Error::None);
    const QString raw = document.getAllText(index).text();
    qsizetype at = raw.indexOf(text);
    if (at < 0) {
        // pdfium hands back a left-to-right run set in right-to-left text
        // ("AMP-2026-0001" in an Arabic line) with its parts in visual
        // order: "0001-2026-AMP". The page shows it the right way round.
        QStringList parts = text.split(QLatin1Char('-'));
        std::reverse(parts.begin(), parts.end());
        at = raw.indexOf(parts.join(QLatin1Char('-')));
    }
    if (at < 0)
        return {};
    return document.getSelectionAtIndex(index, int(at), int(text.size())).boundingRectangle();
}

QSizeF PdfText::pageSize(int index) const
{
    QPdfDocument document;
    REQUIRE(document.load(m_path) == QPdfDocument::Error::None);
    return document.pagePointSize(index);
}

} // namespace test
} // namespace amparo
