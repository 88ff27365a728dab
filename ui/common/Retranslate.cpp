#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QTabBar>
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

void retranslateTabBar(QTabBar& bar)
{
    // Qt's words, in Qt's context: held in variables so that lupdate leaves
    // them to Qt's translations rather than copying them into ours.
    static const char* const context = "QTabBar";
    static const char* const left = "Scroll Left";
    static const char* const right = "Scroll Right";
    for (QToolButton* button : bar.findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        if (button->objectName() == QLatin1String("ScrollLeftButton"))
            button->setAccessibleName(QCoreApplication::translate(context, left));
        else if (button->objectName() == QLatin1String("ScrollRightButton"))
            button->setAccessibleName(QCoreApplication::translate(context, right));
    }
}

} // namespace ui
} // namespace amparo
