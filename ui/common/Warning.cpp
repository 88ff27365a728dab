#include "common/Warning.h"

#include <QApplication>
#include <QMessageBox>

namespace amparo {
namespace ui {

void showWarning(QWidget* parent, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::applicationDisplayName(), text,
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace ui
} // namespace amparo
