#include "export/CaseSummary.h"

#include "auth/Permission.h"
#include "db/Transaction.h"
#include "export/DocumentLanguage.h"
#include "export/PagedPdf.h"
#include "export/SummaryData.h"
#include "export/SummaryHtml.h"
#include "export/SummaryRules.h"
#include "vault/Session.h"

namespace amparo {

QString redactionName(Redaction redaction)
{
    switch (redaction) {
    case Redaction::Internal:
        return QStringLiteral("internal");
    case Redaction::Partner:
        return QStringLiteral("partner");
    case Redaction::Public:
        return QStringLiteral("public");
    }
    return {};
}

std::optional<Redaction> parseRedaction(const QString& name)
{
    for (const Redaction level : {Redaction::Internal, Redaction::Partner, Redaction::Public}) {
        if (name.trimmed().compare(redactionName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QByteArray renderCaseSummaryPdf(Session& session, qint64 caseId, const SummaryOptions& options)
{
    auth::requirePermission(session.user(), auth::Permission::ExportCases);
    const DocumentLanguage language(options.language);
    const SummaryRules rules(options.redaction);

    // One snapshot of the case, and the audit entry in the same transaction.
    db::Transaction transaction(session.database());
    const SummaryData data = readSummaryData(session, caseId, rules);

    QByteArray pdf;
    {
        const DocumentLanguage::Use speaking(language);
        PageFurniture furniture;
        furniture.title = SummaryText::tr("Case summary %1").arg(data.caseRecord.reference);
        furniture.headerStart = data.caseRecord.reference;
        furniture.headerEnd = SummaryHtml::classification(options.redaction);
        furniture.headerEndColor = SummaryHtml::classificationColor(options.redaction);
        furniture.footerStart =
            SummaryText::tr("Generated %1").arg(language.dateTime(data.generatedAt));
        furniture.pageLabel = [&language](int page, int count) {
            const DocumentLanguage::Use pageSpeaking(language);
            return SummaryText::tr("Page %1 of %2")
                .arg(language.number(page), language.number(count));
        };
        furniture.rightToLeft = language.isRightToLeft();
        pdf = printPagedPdf(SummaryHtml(data, rules, language).document(), furniture);
    }

    session.audit().append(
        session.actor(), QStringLiteral("export.pdf"), QStringLiteral("case"),
        QString::number(caseId),
        {{QStringLiteral("reference"), std::nullopt, data.caseRecord.reference},
         {QStringLiteral("level"), std::nullopt, redactionName(options.redaction)},
         {QStringLiteral("language"), std::nullopt, language.code()}});
    transaction.commit();
    return pdf;
}

} // namespace amparo
