#pragma once

#include <QString>

class QWidget;

namespace amparo {
namespace ui {

// Shows a core error (or any problem) as a warning box without a nested
// event loop, so that an auto-lock firing meanwhile can safely close it.
void showWarning(QWidget* parent, const QString& text);

} // namespace ui
} // namespace amparo
