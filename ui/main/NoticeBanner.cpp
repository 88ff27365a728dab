#include "main/NoticeBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace amparo {
namespace ui {

NoticeBanner::NoticeBanner(std::function<QString()> text, QWidget* parent)
    : QFrame(parent), m_text(std::move(text)), m_label(new QLabel(this)),
      m_dismiss(new QPushButton(this))
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
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, this, &QObject::deleteLater);
    retranslate();
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBanner::retranslate()
{
    const QString text = m_text();
    setAccessibleName(tr("Notice"));
    setAccessibleDescription(text);
    m_label->setText(text);
    m_dismiss->setText(tr("Di&smiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
}

} // namespace ui
} // namespace amparo
