#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace amparo {
namespace ui {

// What a background task produced: its value, or the core's error. Errors
// travel back as values because an exception cannot cross the thread.
template <typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<Error> error;

    bool succeeded() const { return !error.has_value(); }
};

template <typename Work> using OutcomeOf = Outcome<std::invoke_result_t<Work&>>;

template <typename Work> OutcomeOf<Work> runGuarded(Work& work)
{
    try {
        return {work(), std::nullopt};
    } catch (const Error& error) {
        return {std::nullopt, error};
    } catch (const std::exception& error) {
        return {std::nullopt,
                Error(ErrorKind::Storage, QCoreApplication::translate("amparo::ui::BackgroundTask",
                                                                      "Unexpected error: %1")
                                              .arg(QString::fromLocal8Bit(error.what())))};
    }
}

// Runs `work` (which must return a value) on `pool` and hands its outcome to
// `done` on the thread of `context`, so that slow work such as key derivation
// never freezes a window. `done` is dropped when `context` is destroyed first.
template <typename Work, typename Done>
void runInBackground(QThreadPool* pool, QObject* context, Work work, Done done)
{
    using Result = OutcomeOf<Work>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() mutable {
        watcher->deleteLater();
        QFuture<Result> future = watcher->future();
        if (future.resultCount() > 0)
            done(future.takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run(pool, [work = std::move(work)]() mutable { return runGuarded(work); }));
}

} // namespace ui
} // namespace amparo
