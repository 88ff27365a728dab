#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace amparo {

class Session;

// Work typed but not saved when the vault locked (PRODUCT §3: no typed work
// is lost to an auto-lock). A draft is the user's own: nobody else lists,
// restores or discards it, whatever their role. It is not a record of the
// organisation, so it is not audited; it lives in the encrypted database
// and nowhere else.
struct Draft
{
    qint64 id = 0;
    QString kind;       // what was being edited, e.g. "case"
    QString subject;    // which one, e.g. a case reference; empty for a new record
    QByteArray content; // the editor's fields, as the editor wrote them (JSON)
    QDateTime savedAt;
};

class DraftStore
{
public:
    explicit DraftStore(Session& session) : m_session(session) {}

    // Keeps `content` as the user's draft of `kind`/`subject`, replacing an
    // older one. Throws Error(Invalid) for an empty kind or oversized content.
    qint64 save(const QString& kind, const QString& subject, const QByteArray& content);
    // The user's drafts, oldest first.
    std::vector<Draft> mine() const;
    // Forgets one of the user's drafts (after it was restored or refused).
    // Throws Error(NotFound) for another user's draft or an unknown id.
    void discard(qint64 draftId);

    // A draft larger than this is refused: no editor produces one.
    static constexpr int kMaxContentBytes = 1024 * 1024;

private:
    Session& m_session;
};

} // namespace amparo
