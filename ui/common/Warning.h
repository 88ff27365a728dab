#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace amparo {
namespace ui {

// Shows a core error (or any problem) as a warning box without a nested
// event loop, so that an auto-lock firing meanwhile can safely close it.
void showWarning(QWidget* parent, const QString& text);

// Asks a yes/no question the same way; `onConfirm` runs only if the person
// confirms with `confirmLabel` (the box's default is to cancel). Returns the box.
QMessageBox* askToConfirm(QWidget* parent, const QString& text, const QString& confirmLabel,
                          std::function<void()> onConfirm);

} // namespace ui
} // namespace amparo
