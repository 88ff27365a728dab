#include "settings/Settings.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace amparo {
namespace settings {
namespace {

struct SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Settings)
};

QString checked(const QString& key, const QString& value)
{
    const QString trimmed = value.trimmed();
    auto number = [&](qint64 minimum, qint64 maximum) {
        bool ok = false;
        const qint64 n = trimmed.toLongLong(&ok);
        if (!ok || n < minimum || n > maximum)
            throw Error(ErrorKind::Invalid,
                        SettingsText::tr("The setting %1 must be a whole number from %2 to %3.")
                            .arg(key)
                            .arg(minimum)
                            .arg(maximum));
        return QString::number(n);
    };
    if (key == QLatin1String(kCaseReferencePrefix)) {
        static const QRegularExpression shape(QStringLiteral("^[A-Z][A-Z0-9]{0,7}$"));
        if (!shape.match(trimmed).hasMatch())
            throw Error(ErrorKind::Invalid,
                        SettingsText::tr(
                            "The case reference prefix must be 1 to 8 capital letters or digits, "
                            "starting with a letter."));
        return trimmed;
    }
    if (key == QLatin1String(kAutoLockMinutes))
        return number(1, 24 * 60);
    if (key == QLatin1String(kApprovalThresholdMinor))
        return number(0, 1'000'000'000'00);
    if (key == QLatin1String(kJustificationDays))
        return number(1, 3650);
    if (key == QLatin1String(kBackupReminderDays))
        return number(1, 365);
    if (key == QLatin1String(kAttachmentMaxBytes))
        return number(1024, 512LL * 1024 * 1024);
    throw Error(ErrorKind::Invalid, SettingsText::tr("Unknown setting %1.").arg(key));
}

} // namespace

QString value(db::Database& database, const char* key)
{
    db::Statement statement = database.prepare("SELECT value FROM settings WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(key));
    return statement.step() ? statement.text(0) : QString();
}

qint64 integer(db::Database& database, const char* key)
{
    return value(database, key).toLongLong();
}

void set(Session& session, const char* key, const QString& newValue)
{
    auth::requirePermission(session.user(), auth::Permission::ManageSettings);
    const QString name = QString::fromLatin1(key);
    const QString stored = checked(name, newValue);
    db::Database& database = session.database();
    const QString before = value(database, key);
    db::Transaction transaction(database);
    database.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)")
        .bind(1, name)
        .bind(2, stored)
        .run();
    session.audit().append(session.actor(), QStringLiteral("settings.update"),
                           QStringLiteral("settings"), name, {{name, before, stored}});
    transaction.commit();
}

QString approvalThresholdText(db::Database& database)
{
    const qint64 hundredths = integer(database, kApprovalThresholdMinor);
    return QStringLiteral("%1.%2")
        .arg(hundredths / 100)
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString approvalThresholdFromText(const QString& amount)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,12})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = shape.match(amount.trimmed());
    if (!match.hasMatch())
        throw Error(ErrorKind::Invalid,
                    SettingsText::tr("The approval threshold must be an amount such as 1500 or "
                                     "1500.50, without grouping."));
    const QString cents = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return QString::number(match.captured(1).toLongLong() * 100 + cents.toLongLong());
}

void setApprovalThreshold(Session& session, const QString& amount)
{
    set(session, kApprovalThresholdMinor, approvalThresholdFromText(amount));
}

void setAll(Session& session, const std::vector<std::pair<const char*, QString>>& values)
{
    auth::requirePermission(session.user(), auth::Permission::ManageSettings);
    db::Transaction transaction(session.database());
    // Unchanged values are left alone, so the audit trail records only changes.
    for (const auto& [key, newValue] : values) {
        if (value(session.database(), key) != newValue.trimmed())
            set(session, key, newValue);
    }
    transaction.commit();
}

} // namespace settings
} // namespace amparo
