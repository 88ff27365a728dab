#pragma once

#include "common/AppSettings.h"
#include "common/LanguageSwitch.h"
#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
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
        // Dates and numbers in the language's own format.
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            add(QStringLiteral("value"), spin->text());
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

// Switches the running application's language as Settings does, and back
// to what it was when the scope ends.
class LanguageScope
{
public:
    LanguageScope() : m_saved(ui::AppSettings::language())
    {
        m_translations.use(QStringLiteral("en"));
        ui::setApplicationTranslations(&m_translations);
    }
    ~LanguageScope()
    {
        ui::switchLanguage(m_saved);
        ui::setApplicationTranslations(nullptr);
        ui::AppSettings::setLanguage(m_saved);
        // The tests after this one see the formats of dates and numbers they
        // had, not those of the last language used here.
        QLocale::setDefault(m_locale);
        QCoreApplication::processEvents();
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

    void use(const QString& language)
    {
        ui::switchLanguage(language);
        QCoreApplication::processEvents();
    }
    const Translations& translations() const { return m_translations; }

private:
    QString m_saved;
    QLocale m_locale;
    Translations m_translations;
};

// Checks that a screen retranslates itself completely at run time: one built
// in English and switched to `language` shows exactly the texts of one built
// afresh in that language, and switching back restores the English ones.
// `build` makes the screen in the state to compare (same data both times).
inline void requireRetranslates(const QString& language,
                                const std::function<std::unique_ptr<QWidget>()>& build)
{
    LanguageScope scope;
    std::unique_ptr<QWidget> switched = build();
    const QStringList english = visibleTexts(*switched);
    scope.use(language);
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
    scope.use(QStringLiteral("en"));
    CHECK(visibleTexts(*switched) == english);
}

} // namespace test
} // namespace amparo
