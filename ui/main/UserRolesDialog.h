#pragma once

#include "auth/User.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QDialogButtonBox;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// An administrator changes a user's roles; the core refuses, for instance,
// to leave the vault without an administrator, and says so here.
class UserRolesDialog : public QDialog
{
    Q_OBJECT

public:
    UserRolesDialog(SessionHolder& holder, const auth::User& user, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    SessionHolder& m_holder;
    QString m_login;
    std::vector<QCheckBox*> m_roles;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ui
} // namespace amparo
