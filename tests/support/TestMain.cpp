#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

// Catch2 with a QCoreApplication around it, so tr(), QProcess and Qt's
// file classes behave as they do in the application.
int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
