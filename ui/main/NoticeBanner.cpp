#include "main/NoticeBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace amparo {
namespace ui {

NoticeBanner::NoticeBanner(const QString& text, QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_dismiss(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x4a, 0x36, 0x00));
    setPalette(palette);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, this, &QObject::deleteLater);
    setText(text);
    retranslate();
}

void NoticeBanner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBanner::retranslate()
{
    setAccessibleName(tr("Notice"));
    m_dismiss->setText(tr("Di&smiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
}

} // namespace ui
} // namespace amparo
