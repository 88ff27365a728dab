#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class BusyIndicator;
class NewPassphraseFields;
class SessionHolder;

// Any user changes their own passphrase; the current one is checked first.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(SessionHolder& holder, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showProgress();
    void updateOkButton();

    SessionHolder& m_holder;
    QLabel* m_intro;
    QLineEdit* m_current;
    QLabel* m_currentLabel;
    NewPassphraseFields* m_next;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    // Not the standard OK button: the button box would rename that "OK" at a language change.
    QPushButton* m_change;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
