#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QTabWidget* m_tabs;
    QWidget* m_vaultTab;
    QWidget* m_usersTab = nullptr; // administrators only
    QWidget* m_preferencesTab;
};

} // namespace ui
} // namespace amparo
