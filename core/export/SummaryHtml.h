#pragma once

#include "export/DocumentLanguage.h"
#include "export/SummaryData.h"
#include "export/SummaryRules.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

namespace amparo {

// The body of a case summary as rich text for QTextDocument: the title
// block and one section per part of the case. Every piece of user text is
// escaped (a name written "<b>x</b>" prints literally), passes through the
// redaction rules and, in right-to-left documents, is isolated so that a
// Latin name keeps its own direction inside Arabic text. Uses
// SummaryText::tr(): call it with the document's language in use.
class SummaryHtml
{
public:
    SummaryHtml(const SummaryData& data, const SummaryRules& rules,
                const DocumentLanguage& language);

    QString document() const;
    // For the running header: "CONFIDENTIAL — INTERNAL", "PARTNER", "PUBLIC".
    static QString classification(Redaction level);
    // Its colour, in the header and beside the note on the first page.
    static QColor classificationColor(Redaction level);

private:
    struct Column
    {
        QString title;
        int widthPercent = 0; // 0: whatever is left
        bool number = false;  // aligned to the end, like amounts
    };
    using Row = QStringList; // cells, already HTML

    QString styleSheet() const;
    QString titleBlock() const;
    QString caseSection() const;
    QString historySection() const;
    QString peopleSection() const;
    QString violationsSection() const;
    QString interventionsSection() const;
    QString assistanceSection() const;
    QString grantsSection() const;
    QString disbursementsPart() const;
    QString attachmentsSection() const;

    QString personCell(const SummaryPerson& person) const;
    QString personAge(const Person& person) const;
    QString contactCell(const Person& person) const;
    QString personName(const std::optional<qint64>& personId) const;
    QString violationDate(const Violation& violation) const;
    QString medicalLines(const MedicalExamination& examination) const;

    // User text: names replaced by pseudonyms when the level hides names,
    // escaped, isolated, line breaks kept.
    QString text(const QString& userText) const;
    // A value Amparo formatted (a date, an amount): escaped and isolated.
    QString value(const QString& formatted) const;
    QString date(const std::optional<QDate>& date) const;
    QString labelled(const QString& label, const QString& html) const; // "Label: value" line
    QString table(const std::vector<Column>& columns, const std::vector<Row>& rows,
                  const std::vector<Row>& totals = {}) const;
    static QString heading(const QString& title);
    static QString note(const QString& text);
    static QString nothingRecorded();
    QString start() const; // "left", or "right" in right-to-left documents
    QString end() const;

    const SummaryData& m_data;
    const SummaryRules& m_rules;
    const DocumentLanguage& m_language;
};

} // namespace amparo
