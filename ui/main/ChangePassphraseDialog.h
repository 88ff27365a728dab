#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

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

private:
    void setBusy(bool busy);
    void updateOkButton();

    SessionHolder& m_holder;
    QLineEdit* m_current;
    NewPassphraseFields* m_next;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    bool m_isBusy = false;
};

} // namespace ui
} // namespace amparo
