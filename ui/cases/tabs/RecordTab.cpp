#include "cases/tabs/RecordTab.h"

#include "auth/Permission.h"
#include "cases/tabs/RecordDialog.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QMessageBox>
#include <QPushButton>

namespace amparo {
namespace ui {

QJsonObject RecordTab::draft() const
{
    return m_editor && m_editor->isVisible() ? m_editor->draft() : QJsonObject();
}

void RecordTab::openEditor(RecordDialog* dialog, std::function<void()> afterSave)
{
    dropDialogs();
    m_editor = dialog;
    connect(dialog, &QDialog::finished, this,
            [this, dialog, afterSave = std::move(afterSave)](int result) {
                if (m_editor == dialog)
                    m_editor = nullptr;
                dialog->wipe();
                dialog->deleteLater();
                if (result != QDialog::Accepted)
                    return;
                reload();
                if (afterSave)
                    afterSave();
                Q_EMIT recordsChanged();
            });
    dialog->open();
}

void RecordTab::confirm(const QString& title, const QString& question, const QString& yesText,
                        std::function<void()> onYes)
{
    dropDialogs();
    auto* box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    QPushButton* yes = box->addButton(yesText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, onYes = std::move(onYes)] {
        const bool confirmed = box->clickedButton() == yes;
        if (m_confirmation == box)
            m_confirmation = nullptr;
        box->deleteLater();
        if (confirmed)
            onYes();
    });
    m_confirmation = box;
    box->open();
}

void RecordTab::dropDialogs()
{
    if (RecordDialog* editor = m_editor) {
        m_editor = nullptr;
        editor->wipe();
        editor->close();
        editor->deleteLater();
    }
    if (QMessageBox* box = m_confirmation) {
        m_confirmation = nullptr;
        box->setText(QString());
        box->close();
        box->deleteLater();
    }
}

int RecordTab::dialogsHeld() const
{
    return (m_editor ? 1 : 0) + (m_confirmation ? 1 : 0);
}

QString RecordTab::editRefusal() const
{
    try {
        auth::requirePermission(session().user(), auth::Permission::EditCases);
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

} // namespace ui
} // namespace amparo
