#include "common/Warning.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

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

QMessageBox* askToConfirm(QWidget* parent, const QString& text, const QString& confirmLabel,
                          std::function<void()> onConfirm)
{
    auto* box = new QMessageBox(QMessageBox::Question, QApplication::applicationDisplayName(), text,
                                QMessageBox::Cancel, parent);
    QPushButton* confirm = box->addButton(confirmLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirm = std::move(onConfirm)](QAbstractButton* clicked) {
                         if (clicked == confirm)
                             onConfirm();
                     });
    box->open();
    return box;
}

} // namespace ui
} // namespace amparo
