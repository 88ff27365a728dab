#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace amparo {
namespace test {

// A generated PDF read back with Qt Pdf, as a reader's PDF viewer sees it.
class PdfText
{
public:
    explicit PdfText(const QByteArray& pdf);

    int pageCount() const { return int(m_pages.size()); }
    // The text of a page, NFKC-normalised so that shaped Arabic letters
    // (presentation forms) compare equal to the letters typed, and with
    // every run of white space (line breaks in table cells) made one space.
    const QString& page(int index) const { return m_pages.at(index); }
    QString all() const { return m_pages.join(QLatin1Char(' ')); }
    bool contains(const QString& text) const { return all().contains(text); }
    // Where the first occurrence of `text` on page `index` is drawn, in
    // points from the page's top left; null when it is not there.
    QRectF whereOnPage(int index, const QString& text) const;
    QSizeF pageSize(int index) const;

private:
    TempFolder m_folder;
    QString m_path;
    QStringList m_pages;
};

} // namespace test
} // namespace amparo
