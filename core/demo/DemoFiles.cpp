#include "demo/DemoFiles.h"

#include <vector>

namespace amparo {
namespace demo {
namespace {

// Made once with zlib: IHDR 8×8 RGB, one IDAT, IEND, with their CRCs.
constexpr char kPng[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
                        "\x00\x00\x00\x08\x00\x00\x00\x08\x08\x02\x00\x00\x00\x4b\x6d\x29"
                        "\xdc\x00\x00\x00\x18\x49\x44\x41\x54\x78\xda\x63\x38\xb1\x65\x01"
                        "\x56\xc4\xb0\x6a\x5a\x13\x56\xc4\x30\x28\x75\x00\x00\xf1\x38\x7b"
                        "\xc1\xf2\xf8\xb5\x15\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
                        "\x82";

// A PDF string literal: ASCII only, with its three special characters escaped.
QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += (u >= 0x20 && u < 0x7f) ? static_cast<char>(u) : '?';
    }
    return out + ')';
}

} // namespace

QByteArray tinyPng()
{
    return QByteArray(kPng, sizeof(kPng) - 1);
}

QByteArray tinyPdf(const QString& title, const QStringList& lines)
{
    QByteArray content = "BT /F1 14 Tf 56 780 Td " + pdfString(title) + " Tj /F1 10 Tf";
    for (const QString& line : lines)
        content += " 0 -18 Td " + pdfString(line) + " Tj";
    content += " ET";

    const std::vector<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(static_cast<qulonglong>(i + 1)) + " 0 obj\n" + objects[i] +
               "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(static_cast<qulonglong>(objects.size() + 1)) +
           "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(static_cast<qulonglong>(objects.size() + 1)) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace demo
} // namespace amparo
