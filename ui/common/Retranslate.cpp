#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QFormLayout>
#include <QLabel>

namespace amparo {
namespace ui {

void retranslateModel(QAbstractItemModel& model)
{
    const int columns = model.columnCount();
    if (columns > 0)
        Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model.rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

QLabel* addFormRow(QFormLayout& form, QWidget* field)
{
    auto* label = new QLabel(form.parentWidget());
    label->setBuddy(field);
    form.addRow(label, field);
    return label;
}

} // namespace ui
} // namespace amparo
