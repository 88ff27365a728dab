#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <functional>

namespace amparo {

// What every page repeats around the flowing text.
struct PageFurniture
{
    QString title;       // the PDF's metadata title
    QString headerStart; // at the start of the header (left, or right in RTL)
    QString headerEnd;   // at its end
    QColor headerEndColor;
    QString footerStart;
    std::function<QString(int page, int pageCount)> pageLabel; // "Page 1 of 3"
    bool rightToLeft = false;
};

// Lays `html` out on A4 pages with generous margins and paints it page by
// page on a QPdfWriter (which embeds the fonts), with the running header and
// footer drawn on each. A section heading never ends a page: it moves to the
// next one with what it introduces.
QByteArray printPagedPdf(const QString& html, const PageFurniture& furniture);

} // namespace amparo
