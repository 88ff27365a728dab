#pragma once

#include <QComboBox>

namespace amparo {
namespace ui {

// The languages of the interface, each named in itself ("Français (French)"),
// after "the system's language"; it shows the choice made on this computer
// (AppSettings::language) and switches the language as soon as it changes.
class LanguageBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget* parent = nullptr);

    // Empty for the system's language.
    QString language() const { return currentData().toString(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace ui
} // namespace amparo
