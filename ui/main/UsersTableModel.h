#pragma once

#include "auth/User.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// The vault's users, one row each, as UserAdministration::users() lists them.
class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        DisplayNameColumn,
        RolesColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount,
    };

    explicit UsersTableModel(QObject* parent = nullptr);

    void setUsers(std::vector<auth::User> users);
    void clear();
    const auth::User* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(auth::UserStatus status) const;
    QVariant displayText(const auth::User& user, int column) const;

    std::vector<auth::User> m_users;
};

} // namespace ui
} // namespace amparo
