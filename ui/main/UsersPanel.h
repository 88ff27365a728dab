#pragma once

#include <QWidget>

namespace amparo {
namespace auth {
struct User;
} // namespace auth
} // namespace amparo

class QPushButton;
class QTableView;

namespace amparo {
namespace ui {

class SessionHolder;
class UsersTableModel;

// The table of users, and for administrators the buttons that change them.
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    UsersPanel(SessionHolder& holder, bool canManage, QWidget* parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addUser();
    void setSelectedEnabled(bool enabled);
    void editSelectedRoles();
    void resetSelectedPassphrase();
    const auth::User* selectedUser() const;
    void updateButtons();

    SessionHolder& m_holder;
    UsersTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace ui
} // namespace amparo
