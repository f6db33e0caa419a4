// The shared main of every test executable: a Qt application object, then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "scratchsettings.h"

#ifdef SALESPLAN_GUI_TEST
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    // Each test process gets settings of its own: ctest runs test cases side by side, and one
    // that clears or writes the preferences must not change what another one reads.
    const ScratchSettings settings;
    return Catch::Session().run(argc, argv);
}
