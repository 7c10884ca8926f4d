#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(WH_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(WH_TEST_GUIAPP)
// Qt Gui without widgets (labels drawn into QImage and PDF): fonts need a QGuiApplication.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// Qt needs an application object for timers, sockets and widgets; Catch2 runs the tests inside it.
int main(int argc, char** argv)
{
#if defined(WH_TEST_GUI) || defined(WH_TEST_GUIAPP)
    // CTest lists the tests by running this binary at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
