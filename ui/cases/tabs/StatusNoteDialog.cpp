#include "cases/tabs/StatusNoteDialog.h"

#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

StatusNoteDialog::StatusNoteDialog(const QString& question, const QString& confirmLabel,
                                   QWidget* parent)
    : QDialog(parent), m_note(new QPlainTextEdit(this)), m_error(new ErrorLabel(this)),
      m_confirm(new QPushButton(confirmLabel, this))
{
    setWindowTitle(tr("Change the status"));
    auto* text = new QLabel(question, this);
    text->setWordWrap(true);
    auto* noteLabel = new QLabel(tr("&Note (kept in the case history):"), this);
    noteLabel->setBuddy(m_note);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_confirm->setDefault(true);
    m_confirm->setAccessibleName(tr("Change the status"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(text);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    connect(m_confirm, &QPushButton::clicked, this, &StatusNoteDialog::confirmRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
