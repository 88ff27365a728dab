#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace amparo {
namespace ui {

// Watches the whole application's input: any key press, click, wheel or
// mouse movement restarts one timer; when it runs out, idle() is emitted.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }

    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace ui
} // namespace amparo
