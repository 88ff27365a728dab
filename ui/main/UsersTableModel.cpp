#include "main/UsersTableModel.h"

#include "common/DecryptedData.h"
#include "common/RoleText.h"

#include <QFont>
#include <QLocale>

namespace amparo {
namespace ui {

UsersTableModel::UsersTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void UsersTableModel::setUsers(std::vector<auth::User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UsersTableModel::clear()
{
    setUsers({});
}

const auth::User* UsersTableModel::userAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

int UsersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersTableModel::statusText(auth::UserStatus status) const
{
    switch (status) {
    case auth::UserStatus::Active:
        return tr("Active");
    case auth::UserStatus::Disabled:
        return tr("Disabled");
    case auth::UserStatus::Removed:
        return tr("Removed");
    }
    return {};
}

QVariant UsersTableModel::displayText(const auth::User& user, int column) const
{
    switch (column) {
    case LoginColumn:
        return user.login;
    case DisplayNameColumn:
        return user.displayName;
    case RolesColumn:
        return rolesText(user.roles);
    case StatusColumn:
        return statusText(user.status);
    case LastLoginColumn:
        return user.lastLoginAt
                   ? QLocale().toString(user.lastLoginAt->toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    }
    return {};
}

QVariant UsersTableModel::data(const QModelIndex& index, int role) const
{
    const auth::User* user = userAt(index.row());
    if (!user || !index.isValid())
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return displayText(*user, index.column());
    if (role == Qt::FontRole && !user->isActive()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Full name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last login");
    }
    return {};
}

} // namespace ui
} // namespace amparo
