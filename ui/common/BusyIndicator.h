#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace amparo {
namespace ui {

// An indeterminate progress bar with a sentence saying what is happening.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& what);
    void stop();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
    QProgressBar* m_bar;
};

} // namespace ui
} // namespace amparo
