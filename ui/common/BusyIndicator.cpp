#include "common/BusyIndicator.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    retranslate();
    hide();
}

void BusyIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// What is happening is the owner's sentence: it starts the indicator again
// with it in the new language.
void BusyIndicator::retranslate()
{
    m_bar->setAccessibleName(tr("Progress"));
}

void BusyIndicator::start(const QString& what)
{
    m_label->setText(what);
    m_bar->setAccessibleDescription(what);
    show();
}

void BusyIndicator::stop()
{
    hide();
}

} // namespace ui
} // namespace amparo
