#include "util/ChangeHub.h"

#include <algorithm>

namespace amparo {

int ChangeHub::subscribe(Listener listener)
{
    m_listeners.emplace_back(m_nextToken, std::move(listener));
    return m_nextToken++;
}

void ChangeHub::unsubscribe(int token)
{
    std::erase_if(m_listeners, [token](const auto& entry) { return entry.first == token; });
}

void ChangeHub::publish(const ChangeEvent& event) const
{
    // A copy: a listener may unsubscribe while being told.
    const auto listeners = m_listeners;
    for (const auto& [token, listener] : listeners)
        listener(event);
}

} // namespace amparo
