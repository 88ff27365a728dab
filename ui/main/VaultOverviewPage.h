#pragma once

#include <QWidget>

namespace amparo {
namespace ui {

class SessionHolder;

// Which vault is open and who you are in it, with the way to change your
// passphrase: the "This vault" tab of the settings.
class VaultOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultOverviewPage(SessionHolder& holder, QWidget* parent = nullptr);

Q_SIGNALS:
    void changePassphraseRequested();

private:
    QWidget* createIdentityBox(SessionHolder& holder);
};

} // namespace ui
} // namespace amparo
