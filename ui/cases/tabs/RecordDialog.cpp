#include "cases/tabs/RecordDialog.h"

#include "cases/tabs/FormRowLabel.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

RecordDialog::RecordDialog(CaseTab::SessionAccess session, QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_form(new QFormLayout),
      m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

// After the children, rather than in changeEvent(): the button box names its
// standard buttons again on a language change, and the save button keeps the
// name the dialog gives it.
bool RecordDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& [combo, vocabulary] : m_termCombos)
            retranslateTerms(combo, vocabulary);
        for (QDateEdit* edit : m_dateEdits)
            edit->setDisplayFormat(fullYearDateFormat());
        retranslate();
    }
    return handled;
}

void RecordDialog::addRow(QWidget* field)
{
    addFormRow(*m_form, field);
}

void RecordDialog::setRowLabel(QWidget* field, const QString& text)
{
    ui::setRowLabel(*m_form, field, text);
}

void RecordDialog::setSaveText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void RecordDialog::addBelowForm(QWidget* widget)
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_error), widget, 1);
}

void RecordDialog::accept()
{
    m_error->clearError();
    try {
        save();
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

QComboBox* RecordDialog::termCombo(Vocabulary vocabulary)
{
    auto* combo = new QComboBox(this);
    addTerms(combo, vocabulary);
    m_termCombos.emplace_back(combo, vocabulary);
    return combo;
}

QPlainTextEdit* RecordDialog::longText()
{
    auto* edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

QDateEdit* RecordDialog::dateEdit()
{
    auto* edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    edit->setDate(session().clock().nowUtc().date());
    m_dateEdits.push_back(edit);
    return edit;
}

void RecordDialog::selectData(QComboBox* combo, const QVariant& data)
{
    if (const int index = combo->findData(data); index >= 0)
        combo->setCurrentIndex(index);
}

QString RecordDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void RecordDialog::wipe()
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->clear();
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        edit->clear();
    for (QComboBox* combo : findChildren<QComboBox*>())
        combo->clear();
    for (QTableWidget* table : findChildren<QTableWidget*>())
        table->setRowCount(0);
    m_error->clearError();
}

} // namespace ui
} // namespace amparo
