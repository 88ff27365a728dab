#pragma once

#include <QFormLayout>
#include <QLabel>

namespace amparo {
namespace ui {

// Sets the label of the row of `form` that holds `field` (added with
// addFormRow, common/Retranslate.h), as a dialog's retranslate() does; does
// nothing when the dialog shows no row for `field`.
inline void setRowLabel(QFormLayout& form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form.labelForField(field)))
        label->setText(text);
}

} // namespace ui
} // namespace amparo
