#include "export/PagedPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

namespace amparo {
namespace {

// Dots per inch of the layout. Rich-text lengths (margins, padding, borders)
// are in device pixels, meant as 1/96 inch as on a screen, so the layout uses
// that unit; the PDF keeps text and lines as vectors whatever the unit.
constexpr int kResolution = 96;
constexpr qreal kSideMargin = 20; // millimetres
constexpr qreal kHeaderTop = 11;
constexpr qreal kHeaderRule = 16.5;
constexpr qreal kBodyTop = 25;
constexpr qreal kBodyBottom = 24; // from the bottom edge
constexpr qreal kFooterRule = 19;
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kRule(0xc4, 0xcb, 0xd3);

qreal millimetres(qreal mm)
{
    return mm * kResolution / 25.4;
}

// Noto Sans for Latin, Greek and Cyrillic, Noto Sans Arabic for Arabic
// (fonts-noto-core); Qt falls back on whatever else is installed.
QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
    font.setPointSizeF(pointSize);
    return font;
}

// Moves each section heading that would sit at the foot of a page, with too
// little room for what it introduces (a table's header and first row), to
// the top of the next one. A move only pushes later text down, so the
// passes end.
void keepHeadingsWithNext(QTextDocument& document, qreal pageHeight)
{
    const qreal roomNeeded = millimetres(40);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() < 2 ||
                format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const qreal pageBottom = (std::floor(top / pageHeight) + 1) * pageHeight;
            if (pageBottom - top < roomNeeded) {
                QTextBlockFormat breaking = format;
                breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(breaking);
                // Qt 6.4 lays out again only part of what follows a changed
                // format, and can lose the end of the document: all of it again.
                document.markContentsDirty(0, document.characterCount());
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

void drawRunningText(QPainter& painter, const QRectF& box, const QString& text,
                     Qt::Alignment alignment, bool rightToLeft)
{
    QTextOption option(alignment | Qt::AlignVCenter);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter.drawText(box, text, option);
}

void drawFurniture(QPainter& painter, const PageFurniture& furniture, const QRectF& body,
                   qreal pageHeight, int page, int pageCount)
{
    // Absolute: a right-to-left text option would otherwise mirror them again.
    const Qt::Alignment start =
        Qt::AlignAbsolute | (furniture.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment end =
        Qt::AlignAbsolute | (furniture.rightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    const QRectF header(body.left(), millimetres(kHeaderTop), body.width(), millimetres(4.5));
    const QRectF footer(body.left(), pageHeight - millimetres(kFooterRule) + millimetres(1.5),
                        body.width(), millimetres(4.5));

    QFont bold = documentFont(7.5);
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(kInk);
    drawRunningText(painter, header, furniture.headerStart, start, furniture.rightToLeft);
    bold.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    painter.setFont(bold);
    painter.setPen(furniture.headerEndColor);
    drawRunningText(painter, header, furniture.headerEnd, end, furniture.rightToLeft);

    painter.setPen(QPen(kRule, millimetres(0.2)));
    painter.drawLine(QPointF(body.left(), millimetres(kHeaderRule)),
                     QPointF(body.right(), millimetres(kHeaderRule)));
    painter.drawLine(QPointF(body.left(), pageHeight - millimetres(kFooterRule)),
                     QPointF(body.right(), pageHeight - millimetres(kFooterRule)));

    painter.setFont(documentFont(7.5));
    painter.setPen(kMuted);
    drawRunningText(painter, footer, furniture.footerStart, start, furniture.rightToLeft);
    drawRunningText(painter, footer, furniture.pageLabel(page, pageCount), end,
                    furniture.rightToLeft);
}

} // namespace

QByteArray printPagedPdf(const QString& html, const PageFurniture& furniture)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(furniture.title);
    writer.setCreator(QStringLiteral("Amparo"));

    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(kResolution).size());
    const QRectF body(millimetres(kSideMargin), millimetres(kBodyTop),
                      page.width() - 2 * millimetres(kSideMargin),
                      page.height() - millimetres(kBodyTop) - millimetres(kBodyBottom));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(documentFont(9.5));
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(furniture.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    document.setHtml(html);
    keepHeadingsWithNext(document, body.height());

    const int pageCount = document.pageCount();
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kInk);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        context.clip = QRectF(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFurniture(painter, furniture, body, page.height(), index + 1, pageCount);
    }
    painter.end();
    return bytes;
}

} // namespace amparo
