#include "cases/tabs/RecordDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
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
    : QDialog(parent), m_session(std::move(session)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::setForm(QFormLayout* form, const QString& saveText)
{
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(saveText);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
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

QComboBox* RecordDialog::termCombo(Vocabulary vocabulary, const QString& accessibleName)
{
    return termBox(vocabulary, accessibleName, this);
}

QPlainTextEdit* RecordDialog::longText(const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

QDateEdit* RecordDialog::dateEdit(const QString& accessibleName)
{
    auto* edit = new QDateEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    edit->setDate(session().clock().nowUtc().date());
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
