#include "common/Retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

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

void retranslateTabScrollButtons(QWidget& tabs)
{
    // The object names and texts QTabBar gives its buttons; the translations
    // come from Qt's own catalogue (qtbase_*.qm), not from Amparo's.
    static const char* const context = "QTabBar";
    static const char* const buttons[][2] = {{"ScrollLeftButton", "Scroll Left"},
                                             {"ScrollRightButton", "Scroll Right"}};
    for (const auto& [objectName, text] : buttons) {
        for (QToolButton* button : tabs.findChildren<QToolButton*>(QLatin1String(objectName)))
            button->setAccessibleName(QCoreApplication::translate(context, text));
    }
}

} // namespace ui
} // namespace amparo
