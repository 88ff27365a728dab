#include "csv/CsvReader.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace amparo {
namespace csv {
namespace {

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::csv::CsvReader)
};

const QChar kQuote = QLatin1Char('"');

[[noreturn]] void invalid(const QString& message)
{
    throw Error(ErrorKind::Invalid, message);
}

QString tooLarge(const QString& sourceName, qsizetype maxBytes)
{
    return ReaderText::tr("%1 is larger than %2 MB; split it into smaller files.")
        .arg(sourceName)
        .arg(maxBytes / (1024 * 1024));
}

// The RFC 4180 state machine over decoded text.
class Parser
{
public:
    Parser(const QString& text, QChar separator, const QString& sourceName, const CsvLimits& limits)
        : m_text(text), m_separator(separator), m_sourceName(sourceName), m_limits(limits)
    {}

    std::vector<CsvRow> records()
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text[i];
            const QChar next = i + 1 < size ? m_text[i + 1] : QChar();
            if (m_inQuotes) {
                if (c == kQuote && next == kQuote) {
                    append(c);
                    ++i;
                } else if (c == kQuote) {
                    m_inQuotes = false;
                    m_afterQuote = true;
                } else {
                    append(c);
                }
            } else if (c == m_separator) {
                endCell();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && next == QLatin1Char('\n'))
                    ++i;
                endRecord();
            } else if (m_afterQuote) {
                // Spaces after a closing quote are harmless; anything else means
                // the quoting is broken and the cell would be guessed at.
                if (c != QLatin1Char(' '))
                    invalid(ReaderText::tr("%1, row %2: unexpected text after a closing quote in "
                                           "cell %3.")
                                .arg(m_sourceName)
                                .arg(m_row)
                                .arg(m_cells.size() + 1));
            } else if (c == kQuote && m_cell.isEmpty()) {
                m_inQuotes = true;
                m_quoteRow = m_row;
            } else {
                append(c);
            }
        }
        if (m_inQuotes)
            invalid(ReaderText::tr("%1, row %2: a quoted cell is never closed (is the file "
                                   "truncated?).")
                        .arg(m_sourceName)
                        .arg(m_quoteRow));
        if (!m_cell.isEmpty() || !m_cells.isEmpty() || m_afterQuote)
            endRecord();
        return std::move(m_records);
    }

private:
    void append(QChar c)
    {
        if (m_cell.size() >= m_limits.maxCellChars)
            invalid(ReaderText::tr("%1, row %2: a cell is longer than %3 characters (is a quote "
                                   "never closed?).")
                        .arg(m_sourceName)
                        .arg(m_inQuotes ? m_quoteRow : m_row)
                        .arg(m_limits.maxCellChars));
        m_cell.append(c);
    }

    void endCell()
    {
        m_cells << m_cell;
        m_cell.clear();
        m_afterQuote = false;
    }

    void endRecord()
    {
        const bool blankLine = m_cells.isEmpty() && m_cell.isEmpty() && !m_afterQuote;
        endCell();
        if (!blankLine)
            m_records.push_back({m_row, m_cells});
        m_cells.clear();
        ++m_row;
    }

    const QString& m_text;
    const QChar m_separator;
    const QString& m_sourceName;
    const CsvLimits& m_limits;
    std::vector<CsvRow> m_records;
    QStringList m_cells;
    QString m_cell;
    int m_row = 1;
    int m_quoteRow = 0;
    bool m_inQuotes = false;
    bool m_afterQuote = false;
};

} // namespace

QChar CsvReader::detectSeparator(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == kQuote)
            inQuotes = !inQuotes; // a doubled quote toggles twice
        else if (inQuotes)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

CsvTable CsvReader::parse(const QByteArray& bytes, const QString& sourceName,
                          const CsvLimits& limits)
{
    if (bytes.size() > limits.maxBytes)
        invalid(tooLarge(sourceName, limits.maxBytes));
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    // Stateless: a multi-byte sequence cut off at the end is an error too.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        invalid(ReaderText::tr("%1 is not UTF-8 text; in your spreadsheet choose 'CSV UTF-8' "
                               "when saving it.")
                    .arg(sourceName));

    CsvTable table;
    table.separator = detectSeparator(text);
    std::vector<CsvRow> records = Parser(text, table.separator, sourceName, limits).records();
    if (records.empty())
        invalid(ReaderText::tr("%1 is empty: it has no header row.").arg(sourceName));
    table.header = std::move(records.front());
    table.rows.assign(std::make_move_iterator(records.begin() + 1),
                      std::make_move_iterator(records.end()));
    return table;
}

CsvTable CsvReader::readFile(const QString& path, const CsvLimits& limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        throw Error(ErrorKind::NotFound, ReaderText::tr("There is no file %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Storage,
                    ReaderText::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > limits.maxBytes)
        invalid(tooLarge(name, limits.maxBytes));
    return parse(file.readAll(), name, limits);
}

} // namespace csv
} // namespace amparo
