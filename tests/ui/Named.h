#pragma once

#include <QString>
#include <QWidget>
#include <catch2/catch.hpp>

namespace amparo {
namespace test {

// The control inside `parent` with this accessible name, as a screen reader
// finds it; fails the test when there is none.
template <typename Widget> Widget* named(QWidget& parent, const QString& accessibleName)
{
    for (Widget* widget : parent.findChildren<Widget*>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    FAIL("no control named " << accessibleName.toStdString());
    return nullptr;
}

} // namespace test
} // namespace amparo
