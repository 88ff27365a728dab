#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QTabBar>
#include <QTabWidget>
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

void retranslateTabScrollButtons(QTabWidget& tabs)
{
    // Qt's own names and its translations (the qt_ catalogue, context QTabBar).
    const std::pair<const char*, const char*> buttons[] = {
        {"ScrollLeftButton", QT_TRANSLATE_NOOP("QTabBar", "Scroll Left")},
        {"ScrollRightButton", QT_TRANSLATE_NOOP("QTabBar", "Scroll Right")},
    };
    for (const auto& [objectName, text] : buttons) {
        if (auto* button = tabs.tabBar()->findChild<QToolButton*>(QLatin1String(objectName)))
            button->setAccessibleName(QCoreApplication::translate("QTabBar", text));
    }
}

} // namespace ui
} // namespace amparo
