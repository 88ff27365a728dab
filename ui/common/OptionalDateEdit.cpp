#include "common/OptionalDateEdit.h"

#include "common/DateFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace amparo {
namespace ui {

OptionalDateEdit::OptionalDateEdit(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_name(accessibleName), m_known(new QCheckBox(this)),
      m_date(new QDateEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date);
    layout->addStretch(1);
    setFocusProxy(m_known);
    connect(m_known, &QCheckBox::toggled, this, [this](bool known) {
        m_date->setEnabled(known);
        Q_EMIT dateChanged();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
    retranslate();
}

void OptionalDateEdit::setDateName(const QString& accessibleName)
{
    m_name = accessibleName;
    retranslate();
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslate()
{
    //: Ticked when a date (of an incident, a report …) is known.
    m_known->setText(tr("Known"));
    m_known->setAccessibleName(tr("%1 is known").arg(m_name));
    m_date->setAccessibleName(m_name);
    m_date->setDisplayFormat(fullYearDateFormat());
}

std::optional<QDate> OptionalDateEdit::date() const
{
    if (!m_known->isChecked())
        return std::nullopt;
    return m_date->date();
}

void OptionalDateEdit::setDate(const std::optional<QDate>& date)
{
    const QSignalBlocker blockKnown(m_known);
    const QSignalBlocker blockDate(m_date);
    m_known->setChecked(date.has_value());
    m_date->setEnabled(date.has_value());
    if (date)
        m_date->setDate(*date);
}

} // namespace ui
} // namespace amparo
