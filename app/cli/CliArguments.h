#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace amparo {
namespace cli {

// A mistake in how the command was called: exit status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// `--name value`, `--name=value` and positionals, checked against what the
// command accepts so that a misspelt option is an error, not ignored.
class CliArguments
{
public:
    CliArguments(const QStringList& arguments, const QStringList& optionsWithValue,
                 const QStringList& flags = {});

    QString positional(int index, const QString& what) const; // throws UsageError when missing
    int positionalCount() const { return static_cast<int>(m_positionals.size()); }
    void requirePositionalCount(int count) const;

    bool has(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QString required(const QString& option) const;
    bool flag(const QString& name) const { return m_flags.contains(name); }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace cli
} // namespace amparo
