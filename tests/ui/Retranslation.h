#pragma once

#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace amparo {
namespace test {

// Every text a user (or a screen reader) meets in `root`, in the order the
// widgets were created: titles, labels, buttons, placeholders, tooltips,
// accessible names, tab texts, combo items, table headers, actions.
inline QStringList visibleTexts(QWidget& root)
{
    QStringList texts;
    const auto add = [&texts](const QString& kind, const QString& text) {
        if (!text.isEmpty())
            texts << kind + QStringLiteral(": ") + text;
    };
    QList<QWidget*> widgets{&root};
    widgets += root.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        add(QStringLiteral("title"), widget->windowTitle());
        add(QStringLiteral("name"), widget->accessibleName());
        add(QStringLiteral("tooltip"), widget->toolTip());
        for (QAction* action : widget->actions())
            add(QStringLiteral("action"), action->text());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(QStringLiteral("label"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(QStringLiteral("button"), button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(QStringLiteral("group"), group->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            add(QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* edit = qobject_cast<QTextEdit*>(widget))
            add(QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                add(QStringLiteral("tab"), tabs->tabText(tab));
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int item = 0; item < combo->count(); ++item)
                add(QStringLiteral("item"), combo->itemText(item));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel& model = *view->model();
            for (int column = 0; column < model.columnCount(); ++column)
                add(QStringLiteral("header"), model.headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model.rowCount(), 20); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    add(QStringLiteral("cell"), model.index(row, column).data().toString());
            }
        }
    }
    return texts;
}

// Checks that a screen retranslates itself completely at run time: one built
// in English and switched to `language` shows exactly the texts of one built
// afresh in that language, and switching back restores the English ones.
// `build` makes the screen in the state to compare (same data both times).
inline void requireRetranslates(const QString& language,
                                const std::function<std::unique_ptr<QWidget>()>& build)
{
    // The tests after this one see the locale they had (formats of dates
    // and numbers), not the one of the last language used here.
    const QLocale locale;
    Translations translations;
    translations.use(QStringLiteral("en"));
    std::unique_ptr<QWidget> switched = build();
    const QStringList english = visibleTexts(*switched);
    translations.use(language);
    QCoreApplication::processEvents();
    const QStringList afterSwitch = visibleTexts(*switched);
    std::unique_ptr<QWidget> fresh = build();
    const QStringList built = visibleTexts(*fresh);
    INFO("language " << language.toStdString());
    CHECK(afterSwitch != english);
    for (int i = 0; i < std::min(afterSwitch.size(), built.size()); ++i) {
        INFO("text " << i << " after the switch: " << afterSwitch.at(i).toStdString());
        REQUIRE(afterSwitch.at(i) == built.at(i));
    }
    REQUIRE(afterSwitch.size() == built.size());
    translations.use(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(visibleTexts(*switched) == english);
    QLocale::setDefault(locale);
}

} // namespace test
} // namespace amparo
