#pragma once

#include <QComboBox>

namespace amparo {
namespace ui {

// The languages of the interface, each named in itself ("Français (French)"),
// after "the system's language"; it shows and saves the choice made on this
// computer (AppSettings::language), which Amparo uses from its next start.
class LanguageBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget* parent = nullptr);

    // Empty for the system's language.
    QString language() const { return currentData().toString(); }
};

} // namespace ui
} // namespace amparo
