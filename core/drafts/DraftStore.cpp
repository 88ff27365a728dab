#include "drafts/DraftStore.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct DraftText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::DraftStore)
};

} // namespace

qint64 DraftStore::save(const QString& kind, const QString& subject, const QByteArray& content)
{
    if (kind.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, DraftText::tr("A draft needs to say what was edited."));
    if (content.size() > kMaxContentBytes)
        throw Error(ErrorKind::Invalid,
                    DraftText::tr("This draft is too large to keep (%1 KiB; at most %2 KiB).")
                        .arg(content.size() / 1024)
                        .arg(kMaxContentBytes / 1024));
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    const QString savedAt = toStoredTimestamp(m_session.clock().nowUtc());
    // SQLite 3.15 has no UPSERT: update the older draft, or add one.
    db::Statement update = database.prepare(
        "UPDATE drafts SET content = ?4, saved_at = ?5 WHERE user_id = ?1 AND kind = ?2 "
        "AND subject = ?3");
    update.bind(1, m_session.user().id)
        .bind(2, kind)
        .bind(3, subject)
        .bind(4, QString::fromUtf8(content))
        .bind(5, savedAt)
        .run();
    if (database.changes() == 0) {
        db::Statement insert =
            database.prepare("INSERT INTO drafts (user_id, kind, subject, content, saved_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, m_session.user().id)
            .bind(2, kind)
            .bind(3, subject)
            .bind(4, QString::fromUtf8(content))
            .bind(5, savedAt)
            .run();
    }
    db::Statement id =
        database.prepare("SELECT id FROM drafts WHERE user_id = ?1 AND kind = ?2 AND subject = ?3");
    id.bind(1, m_session.user().id).bind(2, kind).bind(3, subject);
    id.step();
    const qint64 draftId = id.int64(0);
    transaction.commit();
    return draftId;
}

std::vector<Draft> DraftStore::mine() const
{
    db::Statement rows = m_session.database().prepare(
        "SELECT id, kind, subject, content, saved_at FROM drafts WHERE user_id = ?1 ORDER BY id");
    rows.bind(1, m_session.user().id);
    std::vector<Draft> drafts;
    while (rows.step()) {
        Draft draft;
        draft.id = rows.int64(0);
        draft.kind = rows.text(1);
        draft.subject = rows.text(2);
        draft.content = rows.text(3).toUtf8();
        draft.savedAt = QDateTime::fromString(rows.text(4), Qt::ISODateWithMs);
        drafts.push_back(std::move(draft));
    }
    return drafts;
}

void DraftStore::discard(qint64 draftId)
{
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    db::Statement remove = database.prepare("DELETE FROM drafts WHERE id = ?1 AND user_id = ?2");
    remove.bind(1, draftId).bind(2, m_session.user().id).run();
    if (database.changes() == 0)
        throw Error(ErrorKind::NotFound, DraftText::tr("This draft no longer exists."));
    transaction.commit();
}

} // namespace amparo
