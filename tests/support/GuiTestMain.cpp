#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

// Catch2 with a QApplication, for tests that drive real widgets under
// QT_QPA_PLATFORM=offscreen.
int main(int argc, char* argv[])
{
    // Settings (recent vaults, window layout) go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    // Also when ctest lists the tests (catch_discover_tests runs the binary
    // without the tests' environment): without a display the list would be
    // empty and no screen test would run.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
