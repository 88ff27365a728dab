#pragma once

#include <QDialog>

class QLabel;

namespace amparo {
namespace ui {

// Version, licence and the versions of the libraries that keep the secrets.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_name;
    QLabel* m_description;
    QLabel* m_licence;
    QLabel* m_qtLabel;
    QLabel* m_sqlcipherLabel;
    QLabel* m_libsodiumLabel;
};

} // namespace ui
} // namespace amparo
