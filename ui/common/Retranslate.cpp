#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QToolButton>
#include <array>

namespace amparo {
namespace ui {
namespace {

// Lets the box answer the change of language first, then names the button.
class ButtonTextKeeper : public QObject
{
public:
    ButtonTextKeeper(QDialogButtonBox& box, QPushButton* button, std::function<QString()> text)
        : QObject(&box), m_button(button), m_text(std::move(text))
    {
        box.installEventFilter(this);
        m_button->setText(m_text());
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::LanguageChange || m_forwarding)
            return false;
        m_forwarding = true;
        QCoreApplication::sendEvent(watched, event);
        m_forwarding = false;
        m_button->setText(m_text());
        return true;
    }

private:
    QPushButton* m_button;
    std::function<QString()> m_text;
    bool m_forwarding = false;
};

} // namespace

void retranslateModel(QAbstractItemModel& model)
{
    const int columns = model.columnCount();
    if (columns > 0)
        Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model.rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

void retranslateTabBar(QTabBar& bar)
{
    // Qt's words, translated by Qt's own catalogue (not literals here, so
    // that lupdate does not copy them into Amparo's).
    static const char* const context = "QTabBar";
    static const std::array<const char*, 2> names = {"Scroll Left", "Scroll Right"};
    // The left button is made first, then the right one.
    const QList<QToolButton*> buttons = bar.findChildren<QToolButton*>(Qt::FindDirectChildrenOnly);
    for (qsizetype i = 0; i < std::min<qsizetype>(buttons.size(), names.size()); ++i)
        buttons[i]->setAccessibleName(
            QCoreApplication::translate(context, names[static_cast<std::size_t>(i)]));
}

void keepButtonText(QDialogButtonBox& box, QPushButton* button, std::function<QString()> text)
{
    new ButtonTextKeeper(box, button, std::move(text));
}

QLabel* addFormRow(QFormLayout& form, QWidget* field)
{
    auto* label = new QLabel(form.parentWidget());
    label->setBuddy(field);
    form.addRow(label, field);
    return label;
}

} // namespace ui
} // namespace amparo
