#include "common/DecryptedData.h"

#include <QObject>
#include <QPointer>
#include <utility>
#include <vector>

namespace amparo {
namespace ui {
namespace {

struct TrackedHolder
{
    QPointer<QObject> holder;
    std::function<int()> itemsHeld;
};

std::vector<TrackedHolder>& trackedHolders()
{
    static std::vector<TrackedHolder> holders;
    return holders;
}

} // namespace

void trackDecryptedData(QObject* holder, std::function<int()> itemsHeld)
{
    auto& holders = trackedHolders();
    std::erase_if(holders, [](const TrackedHolder& tracked) { return tracked.holder.isNull(); });
    holders.push_back({holder, std::move(itemsHeld)});
}

int decryptedItemsHeld()
{
    int total = 0;
    for (const TrackedHolder& tracked : trackedHolders()) {
        if (!tracked.holder.isNull())
            total += tracked.itemsHeld();
    }
    return total;
}

} // namespace ui
} // namespace amparo
