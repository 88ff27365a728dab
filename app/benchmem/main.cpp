// amparo-bench-memory: the probe behind scenario 10 of `amparo-cli bench`
// (docs/PERFORMANCE.md). Opens a vault in the real main window, lets the
// case list load and the event loop settle, and prints the process's peak
// and current resident memory from /proc/self/status. The passphrase comes
// from standard input (never an argument: argv shows in `ps`).
//
//   amparo-bench-memory VAULT LOGIN < passphrase

#include "main/MainWindow.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Kdf.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

constexpr int kSettleMs = 3000; // the case list's first page and every deferred paint

QByteArray memoryFigures()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QByteArray figures;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:"))
            figures += line + '\n';
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: amparo-bench-memory VAULT LOGIN < passphrase\n", stderr);
        return 2;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("amparo-bench-memory: cannot read the passphrase\n", stderr);
        return 2;
    }
    QByteArray line = input.readLine().trimmed();
    try {
        amparo::SecureBytes passphrase = amparo::passphraseFromUtf8(line);
        line.fill('\0');
        auto session =
            amparo::Vault::open(arguments[1], arguments[2], passphrase, amparo::Clock::system());
        amparo::ui::MainWindow window;
        window.resize(1100, 720);
        window.show();
        window.openSession(std::move(session));
        // The case list, as someone who opens the vault to work on cases sees it.
        for (QListWidget* sidebar : window.findChildren<QListWidget*>())
            for (int row = 0; row < sidebar->count(); ++row)
                if (sidebar->item(row)->text() == QLatin1String("Cases"))
                    sidebar->setCurrentRow(row);
        // Measured before quitting: quitting locks the vault and drops the views.
        QByteArray figures;
        int rows = 0;
        QTimer::singleShot(kSettleMs, &app, [&] {
            figures = memoryFigures();
            // Evidence that the list was really loaded: the rows its table holds.
            for (QTableView* table : window.findChildren<QTableView*>())
                if (table->isVisibleTo(&window) && table->model())
                    rows += table->model()->rowCount();
            QCoreApplication::quit();
        });
        app.exec();
        std::fputs(figures.constData(), stdout);
        std::fprintf(stdout, "ListRows: %d\n", rows);
        return 0;
    } catch (const amparo::Error& error) {
        std::fprintf(stderr, "amparo-bench-memory: %s\n", qPrintable(error.message()));
        return 1;
    }
}
