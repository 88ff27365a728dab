#include "common/PassphraseStrengthMeter.h"

#include "vault/Kdf.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <algorithm>
#include <cmath>

namespace amparo {
namespace ui {
namespace {

constexpr int kFullBarBits = 100;

} // namespace

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this))
{
    m_bar->setRange(0, kFullBarBits);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() * 2 / 3);
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 16);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    retranslate();
    showStrengthOf(QString());
}

void PassphraseStrengthMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PassphraseStrengthMeter::retranslate()
{
    m_bar->setAccessibleName(tr("Passphrase strength"));
    setToolTip(tr("An estimate from the length and the kinds of characters used. It cannot see "
                  "common words or personal details, which make any passphrase weaker."));
    showLevelText();
}

void PassphraseStrengthMeter::showStrengthOf(const QString& passphrase)
{
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    m_bar->setValue(std::min(kFullBarBits, static_cast<int>(std::lround(strength.bits))));
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, levelColor(strength.level));
    m_bar->setPalette(palette);
    m_level = passphrase.isEmpty() ? std::nullopt : std::optional(strength.level);
    showLevelText();
}

void PassphraseStrengthMeter::showLevelText()
{
    const QString text = m_level ? levelText(*m_level) : QString();
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
}

QString PassphraseStrengthMeter::levelText(PassphraseStrength::Level level) const
{
    switch (level) {
    case PassphraseStrength::Level::TooShort:
        return tr("Too short (at least %n character(s))", nullptr, kMinimumPassphraseLength);
    case PassphraseStrength::Level::Weak:
        return tr("Weak");
    case PassphraseStrength::Level::Fair:
        return tr("Fair");
    case PassphraseStrength::Level::Strong:
        return tr("Strong");
    case PassphraseStrength::Level::VeryStrong:
        return tr("Very strong");
    }
    return {};
}

QColor PassphraseStrengthMeter::levelColor(PassphraseStrength::Level level) const
{
    switch (level) {
    case PassphraseStrength::Level::TooShort:
    case PassphraseStrength::Level::Weak:
        return QColor(0xc6, 0x28, 0x28);
    case PassphraseStrength::Level::Fair:
        return QColor(0xe0, 0x8e, 0x0b);
    case PassphraseStrength::Level::Strong:
    case PassphraseStrength::Level::VeryStrong:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace ui
} // namespace amparo
