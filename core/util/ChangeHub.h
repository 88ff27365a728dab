#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace amparo {

// What changed, sent once the transaction that changed it has committed
// (KMyMoney's one front door, Tiled's typed change events). Models listen
// and refresh; nothing is announced that could still roll back.
struct ChangeEvent
{
    enum class Kind
    {
        Created,
        Updated,
        Deleted,
    };

    QString entityType; // "case", "person", "organisation", "task", …
    qint64 entityId = 0;
    Kind kind = Kind::Updated;
};

class ChangeHub
{
public:
    using Listener = std::function<void(const ChangeEvent&)>;

    // Returns a token for unsubscribe().
    int subscribe(Listener listener);
    void unsubscribe(int token);
    void publish(const ChangeEvent& event) const;

private:
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextToken = 1;
};

} // namespace amparo
