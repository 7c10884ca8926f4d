#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef WH_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// Qt needs an application object for timers, sockets and widgets; Catch2 runs the tests inside it.
int main(int argc, char** argv)
{
#ifdef WH_TEST_GUI
    // CTest lists the tests by running this binary at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
