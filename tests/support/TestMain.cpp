#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>
#ifdef AMPARO_TEST_GUI_APPLICATION
#include <QGuiApplication>
#endif

// Catch2 with a QCoreApplication around it, so tr(), QProcess and Qt's
// file classes behave as they do in the application — or a QGuiApplication
// for the tests that lay out text (fonts need one).
int main(int argc, char* argv[])
{
#ifdef AMPARO_TEST_GUI_APPLICATION
    // Offscreen unless told otherwise: ctest lists the tests by running the
    // executable at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
#else
    QCoreApplication application(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
