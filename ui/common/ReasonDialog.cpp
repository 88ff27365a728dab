#include "common/ReasonDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "util/Error.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

ReasonDialog::ReasonDialog(std::function<Texts()> texts, std::optional<QDate> date, Act act,
                           QWidget* parent)
    : QDialog(parent), m_texts(std::move(texts)), m_act(std::move(act)),
      m_explanation(new QLabel(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(this)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_explanation->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_reasonLabel->setBuddy(m_reason);
    m_date->setCalendarPopup(true);
    m_date->setDate(date.value_or(QDate()));
    m_dateLabel->setBuddy(m_date);
    m_dateLabel->setVisible(date.has_value());
    m_date->setVisible(date.has_value());

    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_dateLabel, m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslate();
}

void ReasonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReasonDialog::retranslate()
{
    const Texts texts = m_texts();
    setWindowTitle(texts.title);
    m_explanation->setText(texts.explanation);
    m_reasonLabel->setText(texts.reasonLabel);
    m_reason->setAccessibleName(texts.reasonName);
    m_dateLabel->setText(texts.dateLabel);
    m_date->setAccessibleName(texts.dateName);
    m_date->setDisplayFormat(fullYearDateFormat());
    m_accept->setText(texts.confirm);
}

void ReasonDialog::accept()
{
    try {
        m_act(m_reason->toPlainText(), m_date->date());
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
