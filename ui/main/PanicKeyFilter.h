#pragma once

#include <QKeySequence>
#include <QObject>

namespace amparo {
namespace ui {

// Sees the panic key anywhere in the application. A window shortcut is not
// enough: Qt does not deliver it while a modal dialog covers the window, and
// the panic key must work precisely when someone is in the middle of typing.
class PanicKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit PanicKeyFilter(QKeySequence key, QObject* parent = nullptr);
    ~PanicKeyFilter() override;

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QKeySequence m_key;
};

} // namespace ui
} // namespace amparo
