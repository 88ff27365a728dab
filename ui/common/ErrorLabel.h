#pragma once

#include <QLabel>

namespace amparo {
namespace ui {

// A problem shown in place, in red, next to what caused it. Hidden while
// there is nothing to say, so that a dialog does not keep an empty gap.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void showError(const QString& text);
    void clearError();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_defaultName; // "Problem", in the language it was given in
};

} // namespace ui
} // namespace amparo
