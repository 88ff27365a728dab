#pragma once

#include <QWidget>

namespace amparo {
namespace ui {

class SessionHolder;

// The first page after unlocking: which vault, who you are, and for
// administrators and auditors the users and the audit trail.
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
