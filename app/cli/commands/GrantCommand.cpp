#include "CliContext.h"
#include "MoneyOptions.h"
#include "TableWriter.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "commands/Commands.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <functional>
#include <map>

namespace amparo {
namespace cli {
namespace {

struct GrantCliText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Grant)
};

// A sub-command working on one grant: parses its options, opens the vault,
// finds the grant by id or reference and acts on it.
using GrantAction = std::function<void(CliContext&, Session&, const Grant&, const CliArguments&)>;

int onGrant(CliContext& context, const QStringList& options, const GrantAction& action,
            const QStringList& flags = {})
{
    const CliArguments arguments(context.arguments, vaultOptions() + options, flags);
    const QString directory = arguments.positional(0, GrantCliText::tr("the vault folder"));
    const QString grantName = arguments.positional(1, GrantCliText::tr("the grant"));
    arguments.requirePositionalCount(2);
    auto session = context.openVault(directory, arguments);
    const Grant grant = GrantService(*session).find(grantName);
    action(context, *session, grant, arguments);
    context.out.flush();
    return 0;
}

int request(CliContext& context)
{
    const CliArguments arguments(
        context.arguments,
        vaultOptions() + QStringList{QStringLiteral("case"), QStringLiteral("fund"),
                                     QStringLiteral("amount"), QStringLiteral("currency"),
                                     QStringLiteral("purpose"), QStringLiteral("assistance"),
                                     QStringLiteral("justification")},
        {QStringLiteral("draft")});
    const QString directory = arguments.positional(0, GrantCliText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const QString caseReference = arguments.required(QStringLiteral("case"));
    const QString fundCode = arguments.required(QStringLiteral("fund"));
    const QString currency = arguments.required(QStringLiteral("currency")).trimmed().toUpper();
    const QString purpose = arguments.required(QStringLiteral("purpose"));
    std::optional<qint64> assistanceId;
    if (arguments.has(QStringLiteral("assistance"))) {
        bool ok = false;
        assistanceId = arguments.value(QStringLiteral("assistance")).toLongLong(&ok);
        if (!ok)
            throw UsageError(GrantCliText::tr("--assistance needs the number of an assistance "
                                              "line."));
    }
    auto session = context.openVault(directory, arguments);
    GrantRequest input;
    input.caseId = CaseService(*session).getByReference(caseReference).id;
    input.fundId = FundService(*session).byCode(fundCode).id;
    input.currency = currency;
    input.purpose = purpose;
    input.justification = arguments.value(QStringLiteral("justification"));
    input.assistanceId = assistanceId;
    input.lines.push_back({purpose.left(300).simplified(),
                           amountOption(arguments, QStringLiteral("amount"), input.currency)});
    input.submit = !arguments.flag(QStringLiteral("draft"));
    const Grant grant = GrantService(*session).request(input);
    context.out << grant.reference << '\n';
    context.out.flush();
    return 0;
}

void pay(CliContext& context, Session& session, const Grant& grant, const CliArguments& arguments,
         bool refund)
{
    PaymentInput input;
    input.grantId = grant.id;
    input.currency = arguments.required(QStringLiteral("currency")).trimmed().toUpper();
    input.amountMinor = amountOption(arguments, QStringLiteral("amount"), input.currency);
    input.rate = rateOption(arguments);
    input.date = dateOption(arguments, QStringLiteral("date"));
    input.note = arguments.value(QStringLiteral("note"));
    DisbursementService disbursements(session);
    const Disbursement d = refund ? disbursements.refund(input) : disbursements.pay(input);
    const Grant after = GrantService(session).get(grant.id);
    context.out << d.id << '\n';
    context.err << GrantCliText::tr("%1: %2 (%3); grant %4 is now %5.")
                       .arg(refund ? GrantCliText::tr("Refund recorded")
                                   : GrantCliText::tr("Payment recorded"),
                            displayAmount(d.amountMinor, d.currency),
                            displayAmount(d.fundAmountMinor, d.fundCurrency), after.reference,
                            termLabel(Vocabulary::GrantStatus, after.status))
                << '\n';
}

void showGrant(CliContext& context, Session& session, const Grant& g)
{
    QTextStream& out = context.out;
    out << GrantCliText::tr("Grant %1 — %2")
               .arg(g.reference, termLabel(Vocabulary::GrantStatus, g.status))
        << '\n';
    out << GrantCliText::tr("  case %1, fund %2, requested by %3")
               .arg(g.caseReference, g.fundCode, g.requestedByLogin)
        << '\n';
    out << GrantCliText::tr("  purpose: %1").arg(g.purpose) << '\n';
    out << GrantCliText::tr("  requested %1, approved %2")
               .arg(displayAmount(g.requestedMinor, g.currency),
                    g.approvedMinor ? displayAmount(*g.approvedMinor, g.currency)
                                    : GrantCliText::tr("not yet"))
        << '\n';
    out << GrantCliText::tr("  paid %1, refunded %2, still committed %3")
               .arg(displayAmount(g.paidMinor, g.currency),
                    displayAmount(g.refundedMinor, g.currency),
                    displayAmount(g.outstandingMinor, g.currency))
        << '\n';
    for (const GrantApproval& a : g.approvals)
        out << GrantCliText::tr("  approved by %1: %2")
                   .arg(a.approver, displayAmount(a.amountMinor, g.currency))
            << (a.comment.isEmpty() ? QString() : QStringLiteral("  — ") + a.comment) << '\n';
    for (const GrantEvent& e : GrantService(session).history(g.id))
        out << "  " << e.at.toString(Qt::ISODate) << "  " << e.login << "  "
            << termLabel(Vocabulary::GrantStatus, e.toStatus)
            << (e.comment.isEmpty() ? QString() : QStringLiteral("  — ") + e.comment) << '\n';
    if (auth::rolesAllow(session.user().roles, auth::Permission::ReadLedger)) {
        for (const Disbursement& d : DisbursementService(session).list(g.id))
            out << "  #" << d.id << ' ' << d.paidOn.toString(Qt::ISODate) << ' ' << d.kind << ' '
                << displayAmount(d.amountMinor, d.currency)
                << (d.reversed ? GrantCliText::tr(" (reversed)") : QString())
                << GrantCliText::tr(", %n receipt(s)", nullptr, d.receiptCount) << '\n';
    }
}

const QString kComment = QStringLiteral("comment");

} // namespace

int runGrant(CliContext& context)
{
    if (context.arguments.isEmpty())
        throw UsageError(GrantCliText::tr("grant needs an action: request, submit, approve, "
                                          "reject, return, cancel, close, disburse, refund, "
                                          "finish, justify, receipt, authorise-overcommit or "
                                          "show."));
    const QString action = context.arguments.takeFirst();
    const QStringList payment = {QStringLiteral("amount"), QStringLiteral("currency"),
                                 QStringLiteral("rate"), QStringLiteral("date"),
                                 QStringLiteral("note")};
    const std::map<QString, std::function<int()>> actions = {
        {QStringLiteral("request"),
         [&] {
             return request(context);
         }},
        {QStringLiteral("submit"),
         [&] {
             return onGrant(context, {},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments&) {
                                GrantService(s).submit(g.id);
                            });
         }},
        {QStringLiteral("approve"),
         [&] {
             return onGrant(
                 context, {QStringLiteral("amount"), kComment},
                 [](CliContext& c, Session& s, const Grant& g, const CliArguments& a) {
                     std::optional<qint64> amount;
                     if (a.has(QStringLiteral("amount")))
                         amount = amountOption(a, QStringLiteral("amount"), g.currency);
                     GrantService grants(s);
                     grants.approve(g.id, amount, a.value(kComment));
                     const Grant after = grants.get(g.id);
                     c.out << (after.status == QLatin1String("approved")
                                   ? GrantCliText::tr("Grant %1 approved: %2.")
                                         .arg(after.reference,
                                              displayAmount(*after.approvedMinor, after.currency))
                                   : GrantCliText::tr("First approval of grant %1 "
                                                      "recorded; above the threshold "
                                                      "a second fund manager must "
                                                      "approve it too.")
                                         .arg(after.reference))
                           << '\n';
                 });
         }},
        {QStringLiteral("reject"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                GrantService(s).reject(g.id, a.required(kComment));
                            });
         }},
        {QStringLiteral("return"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                GrantService(s).returnForChanges(g.id, a.required(kComment));
                            });
         }},
        {QStringLiteral("cancel"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                GrantService(s).cancel(g.id, a.required(kComment));
                            });
         }},
        {QStringLiteral("close"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                GrantService(s).close(g.id, a.value(kComment));
                            });
         }},
        {QStringLiteral("authorise-overcommit"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                GrantService(s).authoriseOvercommit(g.id, a.required(kComment));
                            });
         }},
        {QStringLiteral("disburse"),
         [&] {
             return onGrant(context, payment,
                            [](CliContext& c, Session& s, const Grant& g, const CliArguments& a) {
                                pay(c, s, g, a, false);
                            });
         }},
        {QStringLiteral("refund"),
         [&] {
             return onGrant(context, payment,
                            [](CliContext& c, Session& s, const Grant& g, const CliArguments& a) {
                                pay(c, s, g, a, true);
                            });
         }},
        {QStringLiteral("finish"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                DisbursementService(s).finishPayments(g.id, a.value(kComment));
                            });
         }},
        {QStringLiteral("justify"),
         [&] {
             return onGrant(context, {kComment},
                            [](CliContext&, Session& s, const Grant& g, const CliArguments& a) {
                                DisbursementService(s).markJustified(g.id, a.value(kComment));
                            });
         }},
        {QStringLiteral("receipt"),
         [&] {
             return onGrant(
                 context, {QStringLiteral("disbursement"), QStringLiteral("file")},
                 [](CliContext& c, Session& s, const Grant& g, const CliArguments& a) {
                     bool ok = false;
                     const qint64 id = a.required(QStringLiteral("disbursement")).toLongLong(&ok);
                     DisbursementService disbursements(s);
                     if (!ok || disbursements.get(id).grantId != g.id)
                         throw Error(ErrorKind::Invalid,
                                     GrantCliText::tr("--disbursement must be the "
                                                      "number of a payment of grant "
                                                      "%1.")
                                         .arg(g.reference));
                     const QString path = a.required(QStringLiteral("file"));
                     QFile file(path);
                     if (!file.open(QIODevice::ReadOnly))
                         throw Error(
                             ErrorKind::Invalid,
                             GrantCliText::tr("Cannot read %1: %2").arg(path, file.errorString()));
                     const QByteArray content = file.readAll();
                     const QString type =
                         QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
                     const Attachment added =
                         disbursements.addReceipt(id, QFileInfo(path).fileName(), type, content);
                     c.out << added.id << '\n';
                 });
         }},
        {QStringLiteral("show"),
         [&] {
             return onGrant(context, {},
                            [](CliContext& c, Session& s, const Grant& g, const CliArguments&) {
                                showGrant(c, s, g);
                            });
         }},
    };
    const auto found = actions.find(action);
    if (found == actions.end())
        throw UsageError(GrantCliText::tr("Unknown grant action \"%1\".").arg(action));
    return found->second();
}

} // namespace cli
} // namespace amparo
