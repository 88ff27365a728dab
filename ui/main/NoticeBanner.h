#pragma once

#include <QFrame>

namespace amparo {
namespace ui {

// A notice across the top of the window that stays until dismissed, for
// what the person must not miss (failed attempts on their account, a
// damaged key-slot file).
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(const QString& text, QWidget* parent = nullptr);
};

} // namespace ui
} // namespace amparo
