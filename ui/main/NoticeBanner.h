#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

// A notice across the top of the window that stays until dismissed, for
// what the person must not miss (failed attempts on their account, a
// damaged key-slot file).
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    // `text` says it in the current language, again when the language changes.
    explicit NoticeBanner(std::function<QString()> text, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::function<QString()> m_text;
    QLabel* m_label;
    QPushButton* m_dismiss;
};

} // namespace ui
} // namespace amparo
