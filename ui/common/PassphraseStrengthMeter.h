#pragma once

#include "common/PassphraseStrength.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;

namespace amparo {
namespace ui {

// Shows PassphraseStrength::estimate() as a bar and a word.
class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget* parent = nullptr);

    void showStrengthOf(const QString& passphrase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showLevelText();
    QString levelText(PassphraseStrength::Level level) const;
    QColor levelColor(PassphraseStrength::Level level) const;

    QProgressBar* m_bar;
    QLabel* m_label;
    // The level shown, none while the field is empty; never the passphrase itself.
    std::optional<PassphraseStrength::Level> m_level;
};

} // namespace ui
} // namespace amparo
