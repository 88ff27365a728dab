#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
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

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createVaultBox(bool canChange);
    QWidget* createLanguageBox();
    void retranslate();
    void load();
    void save();

    SessionHolder& m_holder;
    QGroupBox* m_vaultBox;
    QLabel* m_autoLockLabel;
    QLabel* m_prefixLabel;
    QLabel* m_thresholdLabel;
    // Says that only an administrator changes the vault settings (others only).
    QLabel* m_readOnlyNote = nullptr;
    QGroupBox* m_languageBox;
    QLabel* m_languageLabel;
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
