#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace amparo {
namespace ui {

class ErrorLabel;
class LanguageBox;
class SessionHolder;

// The vault-wide settings (auto-lock, case reference prefix, approval
// threshold), which administrators change and everyone else reads, and this
// computer's language.
class PreferencesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreferencesPanel(SessionHolder& holder, QWidget* parent = nullptr);

Q_SIGNALS:
    // The vault's auto-lock time after an administrator saved it.
    void autoLockMinutesChanged(int minutes);

private:
    QWidget* createVaultBox(bool canChange);
    QWidget* createLanguageBox();
    void load();
    void save();

    SessionHolder& m_holder;
    QSpinBox* m_autoLock;
    QLineEdit* m_prefix;
    QLineEdit* m_threshold;
    QPushButton* m_save = nullptr;
    ErrorLabel* m_error;
    QLabel* m_saved;
    LanguageBox* m_language;
    QLabel* m_languageNote;
};

} // namespace ui
} // namespace amparo
