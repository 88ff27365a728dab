#include "attachments/AttachmentFile.h"

#include <QStringDecoder>
#include <sodium.h>

namespace amparo {
namespace {

constexpr qsizetype kMaxFileNameLength = 200;
constexpr qsizetype kMaxExtensionLength = 16;

const QString kOctetStream = QStringLiteral("application/octet-stream");
const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");
const QString kPdf = QStringLiteral("application/pdf");
const QString kText = QStringLiteral("text/plain");
const QString kOdt = QStringLiteral("application/vnd.oasis.opendocument.text");
const QString kDocx =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

bool startsWith(const QByteArray& content, const char* magic, qsizetype length)
{
    return content.size() >= length && content.first(length) == QByteArrayView(magic, length);
}

bool isJpeg(const QByteArray& c)
{
    return startsWith(c, "\xFF\xD8\xFF", 3);
}
bool isPng(const QByteArray& c)
{
    return startsWith(c, "\x89PNG\r\n\x1A\n", 8);
}
bool isPdf(const QByteArray& c)
{
    return startsWith(c, "%PDF-", 5);
}
bool isZip(const QByteArray& c)
{
    return startsWith(c, "PK\x03\x04", 4);
}

// An OpenDocument file starts with an uncompressed member "mimetype" holding
// its media type (ODF 1.2 part 3, §3.3), right after the 30-byte local header.
bool isOdt(const QByteArray& c)
{
    return isZip(c) && c.mid(30, 8) == "mimetype" && c.mid(38).startsWith(kOdt.toLatin1());
}

bool isText(const QByteArray& c)
{
    if (c.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString decoded = decoder.decode(c); // decoding sets hasError()
    return !decoder.hasError();
}

bool contentAgrees(const QString& type, const QByteArray& c)
{
    if (type == kJpeg)
        return isJpeg(c);
    if (type == kPng)
        return isPng(c);
    if (type == kPdf)
        return isPdf(c);
    if (type == kText)
        return isText(c);
    if (type == kOdt)
        return isOdt(c);
    if (type == kDocx) // a ZIP package; its parts are not inspected here
        return isZip(c);
    return false;
}

bool isInvisibleOrControl(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

bool isForbiddenElsewhere(QChar c)
{
    static const QString forbidden = QStringLiteral("<>:\"|?*");
    return forbidden.contains(c);
}

} // namespace

QString sanitizeFileName(const QString& fileName)
{
    const qsizetype slash =
        std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const QString last = fileName.mid(slash + 1);
    QString clean;
    clean.reserve(last.size());
    for (const QChar c : last) {
        if (isInvisibleOrControl(c))
            continue;
        clean.append(isForbiddenElsewhere(c) ? QLatin1Char('_') : c);
    }
    // Leading dots would hide the file or name a folder (".."); trailing dots
    // and spaces are dropped by Windows.
    while (!clean.isEmpty() && (clean.front() == QLatin1Char('.') || clean.front().isSpace()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('.') || clean.back().isSpace()))
        clean.chop(1);
    if (clean.size() > kMaxFileNameLength) {
        const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
        const QString extension =
            dot > 0 && clean.size() - dot <= kMaxExtensionLength ? clean.mid(dot) : QString();
        qsizetype keep = kMaxFileNameLength - extension.size();
        if (clean.at(keep - 1).isHighSurrogate())
            --keep;
        clean = clean.left(keep) + extension;
    }
    return clean.isEmpty() ? QStringLiteral("attachment") : clean;
}

QString acceptedMediaType(const QString& declared, const QByteArray& content)
{
    const QString type = declared.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (contentAgrees(type, content))
        return type;
    if (isJpeg(content))
        return kJpeg;
    if (isPng(content))
        return kPng;
    if (isPdf(content))
        return kPdf;
    if (isOdt(content))
        return kOdt;
    return kOctetStream;
}

QByteArray sha256Of(const QByteArray& content)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()));
    return digest;
}

} // namespace amparo
