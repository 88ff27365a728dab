#include "bench/BenchReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace amparo {
namespace bench {

std::optional<bool> BenchRow::met() const
{
    if (!value || !target)
        return std::nullopt;
    return target->kind == BenchTarget::Kind::AtMost ? *value <= target->bound
                                                     : *value >= target->bound;
}

MachineInfo MachineInfo::current()
{
    MachineInfo info;
    info.cores = QThread::idealThreadCount();
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(cpuinfo.readAll());
        const QRegularExpressionMatch model =
            QRegularExpression(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                               QRegularExpression::MultilineOption)
                .match(text);
        if (model.hasMatch())
            info.cpu = model.captured(1).trimmed();
    }
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QRegularExpressionMatch total =
            QRegularExpression(QStringLiteral("^MemTotal:\\s*(\\d+) kB"),
                               QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(meminfo.readAll()));
        if (total.hasMatch())
            info.ramBytes = total.captured(1).toLongLong() * 1024;
    }
    return info;
}

BenchRow& BenchReport::add(QString id, QString figure, std::optional<double> value, QString unit,
                           std::optional<BenchTarget> target, QString note)
{
    rows.push_back(
        {std::move(id), std::move(figure), value, std::move(unit), target, std::move(note)});
    return rows.back();
}

} // namespace bench
} // namespace amparo
