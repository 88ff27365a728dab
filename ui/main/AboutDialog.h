#pragma once

#include <QDialog>

namespace amparo {
namespace ui {

// Version, licence and the versions of the libraries that keep the secrets.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace ui
} // namespace amparo
