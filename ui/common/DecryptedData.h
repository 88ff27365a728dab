#pragma once

#include <functional>

class QObject;

namespace amparo {
namespace ui {

// Every object that holds data read from the vault (a model's rows, a PDF
// in memory) registers here with a way to count what it holds. Locking must
// leave nothing behind (PRODUCT §3): a test locks and then checks that
// decryptedItemsHeld() is zero. The registry forgets an object when it is
// destroyed. Used on the GUI thread only.
void trackDecryptedData(QObject* holder, std::function<int()> itemsHeld);

// The items held by every live tracked object, added up.
int decryptedItemsHeld();

} // namespace ui
} // namespace amparo
