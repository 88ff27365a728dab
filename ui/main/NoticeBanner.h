#pragma once

#include <QFrame>

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
    explicit NoticeBanner(const QString& text, QWidget* parent = nullptr);

    // Says the notice again, after a language change: whoever made the
    // banner knows what it is about.
    void setText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
    QPushButton* m_dismiss;
};

} // namespace ui
} // namespace amparo
