#pragma once

#include <QWidget>

namespace amparo {
namespace ui {

class SessionHolder;

// Settings (PRODUCT §4), always in the sidebar: this vault and your account,
// the users (administrators only) and the preferences.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(SessionHolder& holder, QWidget* parent = nullptr);

Q_SIGNALS:
    void changePassphraseRequested();
    void autoLockMinutesChanged(int minutes);
};

} // namespace ui
} // namespace amparo
