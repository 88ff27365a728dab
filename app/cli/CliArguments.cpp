#include "CliArguments.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct ArgText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Arguments)
};

} // namespace

CliArguments::CliArguments(const QStringList& arguments, const QStringList& optionsWithValue,
                           const QStringList& flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            m_positionals << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        if (flags.contains(name)) {
            if (hasInlineValue)
                throw UsageError(ArgText::tr("--%1 takes no value.").arg(name));
            m_flags << name;
        } else if (optionsWithValue.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    throw UsageError(ArgText::tr("--%1 needs a value.").arg(name));
                value = arguments[++i];
            }
            if (m_values.contains(name))
                throw UsageError(ArgText::tr("--%1 is given twice.").arg(name));
            m_values.insert(name, value);
        } else {
            throw UsageError(ArgText::tr("Unknown option --%1.").arg(name));
        }
    }
}

QString CliArguments::positional(int index, const QString& what) const
{
    if (index >= m_positionals.size())
        throw UsageError(ArgText::tr("Missing %1.").arg(what));
    return m_positionals[index];
}

void CliArguments::requirePositionalCount(int count) const
{
    if (m_positionals.size() > count)
        throw UsageError(ArgText::tr("Unexpected argument \"%1\".").arg(m_positionals[count]));
}

QString CliArguments::value(const QString& option, const QString& fallback) const
{
    return m_values.value(option, fallback);
}

QString CliArguments::required(const QString& option) const
{
    if (!m_values.contains(option))
        throw UsageError(ArgText::tr("Missing --%1.").arg(option));
    return m_values.value(option);
}

} // namespace cli
} // namespace amparo
