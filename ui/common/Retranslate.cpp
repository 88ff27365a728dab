#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QToolButton>

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

void retranslateTabScrollButtons(QWidget& tabs)
{
    // The object names and texts QTabBar gives its buttons; the translations
    // come from Qt's own catalogue (qtbase_*.qm), not from Amparo's.
    static const char* const context = "QTabBar";
    static const char* const buttons[][2] = {{"ScrollLeftButton", "Scroll Left"},
                                             {"ScrollRightButton", "Scroll Right"}};
    for (const auto& [objectName, text] : buttons) {
        for (QToolButton* button : tabs.findChildren<QToolButton*>(QLatin1String(objectName)))
            button->setAccessibleName(QCoreApplication::translate(context, text));
    }
}

} // namespace ui
} // namespace amparo
