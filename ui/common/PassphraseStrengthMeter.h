#pragma once

#include "common/PassphraseStrength.h"

#include <QWidget>

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

private:
    QString levelText(PassphraseStrength::Level level) const;
    QColor levelColor(PassphraseStrength::Level level) const;

    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace ui
} // namespace amparo
