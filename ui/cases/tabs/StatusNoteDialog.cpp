#include "cases/tabs/StatusNoteDialog.h"

#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

StatusNoteDialog::StatusNoteDialog(const QString& question, const QString& confirmLabel,
                                   QWidget* parent)
    : QDialog(parent), m_question(new QLabel(this)), m_noteLabel(new QLabel(this)),
      m_note(new QPlainTextEdit(this)), m_error(new ErrorLabel(this)),
      m_confirm(new QPushButton(this))
{
    m_question->setWordWrap(true);
    m_noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_confirm->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_question);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setQuestion(question, confirmLabel);
    retranslate();
    resize(480, sizeHint().height());

    connect(m_confirm, &QPushButton::clicked, this, &StatusNoteDialog::confirmRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StatusNoteDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StatusNoteDialog::retranslate()
{
    setWindowTitle(tr("Change the status"));
    m_noteLabel->setText(tr("&Note (kept in the case history):"));
    m_note->setAccessibleName(tr("Note"));
    m_confirm->setAccessibleName(tr("Change the status"));
}

void StatusNoteDialog::setQuestion(const QString& question, const QString& confirmLabel)
{
    m_question->setText(question);
    m_confirm->setText(confirmLabel);
}

QString StatusNoteDialog::note() const
{
    return m_note->toPlainText();
}

void StatusNoteDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void StatusNoteDialog::showError(const QString& message)
{
    m_error->showError(message);
}

} // namespace ui
} // namespace amparo
