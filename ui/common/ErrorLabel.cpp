#include "common/ErrorLabel.h"

#include <QAccessible>
#include <QEvent>

namespace amparo {
namespace ui {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(palette);
    retranslate();
    hide();
}

void ErrorLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void ErrorLabel::retranslate()
{
    // The problem itself was said in the language of its moment: whoever
    // showed it says it again if it still holds. An owner that named the
    // label more precisely names it again in its own retranslate().
    if (accessibleName().isEmpty() || accessibleName() == m_defaultName) {
        m_defaultName = tr("Problem");
        setAccessibleName(m_defaultName);
    }
}

void ErrorLabel::showError(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
    // Screen readers announce the change, as they would a popup.
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace ui
} // namespace amparo
