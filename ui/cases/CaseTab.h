#pragma once

#include <QJsonObject>
#include <QWidget>
#include <functional>

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

// One tab of the case editor: a part of the case (its people, violations,
// interventions, assistance, documents, tasks, history) read from and
// written through the core. Tabs edit their records in dialogs and save
// each one at once, so a tab has no unsaved state of its own except an
// editing dialog left open.
class CaseTab : public QWidget
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;

    CaseTab(SessionAccess session, qint64 caseId, QWidget* parent = nullptr)
        : QWidget(parent), m_session(std::move(session)), m_caseId(caseId)
    {}

    // Reads the tab's records again from the vault.
    virtual void reload() = 0;
    // Drops every decrypted row (the vault is locking).
    virtual void clear() = 0;

    // The editing dialog left open, as a draft kept in the vault when it
    // locks; empty when nothing is being edited. restoreDraft() reopens the
    // dialog with what was typed.
    virtual QJsonObject draft() const { return {}; }
    virtual void restoreDraft(const QJsonObject& draft) { Q_UNUSED(draft); }

Q_SIGNALS:
    // A record of the case was saved here: other tabs (history) may refresh.
    void recordsChanged();

protected:
    Session& session() const { return m_session(); }
    qint64 caseId() const { return m_caseId; }

private:
    SessionAccess m_session;
    qint64 m_caseId;
};

} // namespace ui
} // namespace amparo
