#pragma once

#include <QComboBox>

namespace amparo {
namespace ui {

// Countries by name in the interface's language, holding ISO 3166 alpha-2
// codes as the core stores them. Typing a name's first letters finds it.
class CountryBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryBox(QWidget* parent = nullptr);

    QString code() const; // empty when none is chosen
    void setCode(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace ui
} // namespace amparo
