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
    QApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
