// The salesplan executable: headless sub-commands without a display, else the main window.
#include "appearance.h"
#include "cli.h"
#include "exchange/planio.h"
#include "language/language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "screenshots.h"
#include "terminationwatcher.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The --lang value, else the language chosen in Preferences, else the system locale's.
QString chosenLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return salesplan::ui::languageForCode(arguments.at(at + 1));
    return salesplan::ui::preferences::effectiveLanguage();
}

// The --palette value ("dark", "light", "system"), else the appearance chosen in Preferences.
salesplan::ui::Appearance chosenAppearance(const QStringList &arguments)
{
    using salesplan::ui::Appearances;
    const qsizetype at = arguments.indexOf(QStringLiteral("--palette"));
    if (at >= 0 && at + 1 < arguments.size())
        return Appearances::fromKey(arguments.at(at + 1));
    return Appearances::stored();
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SalesPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesPlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESPLAN_VERSION));
}

// The window and task-bar icon on every platform, from the PNGs rendered from
// packaging/salesplan.svg; Wayland finds the .desktop file (and its icon) by the desktop file name.
void showApplicationIcon()
{
    QIcon icon;
    for (const QString &png :
         QDir(QStringLiteral(":/appicon")).entryList({QStringLiteral("*.png")}))
        icon.addFile(QStringLiteral(":/appicon/") + png);
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral(SALESPLAN_APP_ID));
}

// The file the window opens for --screenshots: a JSON plan is imported to a .salesplan in
// `scratch` first, since opening one in the window asks where to save it and, taking
// screenshots, no one is there to answer.
QString screenshotPlan(const QString &file, const QTemporaryDir &scratch)
{
    if (!salesplan::isJsonPlanPath(file))
        return file;
    const QString imported =
        scratch.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".salesplan"));
    const salesplan::Status status =
        salesplan::importJsonPlan(file, imported, salesplan::ExistingFile::Replace);
    if (!status) {
        qCritical("salesplan: %s", qPrintable(status.error().message()));
        return {};
    }
    return imported;
}

// The plan named on the command line; without one the window shows its start page.
void openStartingPlan(salesplan::ui::MainWindow &window, const QStringList &arguments)
{
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") ||
            arguments.at(i) == QStringLiteral("--screenshots") ||
            arguments.at(i) == QStringLiteral("--palette"))
            ++i;
        else if (!arguments.at(i).startsWith(u'-'))
            files.append(arguments.at(i));
    }
    if (!files.isEmpty()) {
        static const QTemporaryDir scratch;
        const bool screenshots = arguments.contains(QStringLiteral("--screenshots"));
        const QString file = screenshots ? screenshotPlan(files.first(), scratch) : files.first();
        if (!file.isEmpty())
            window.openFile(file);
    }
}

// Settings in `folder` for this run alone: taking screenshots opens a plan, which would join the
// user's recent plans, and reads preferences, which would make the pictures differ by whoever takes
// them. Called before anything reads a setting.
void keepSettingsIn(const QTemporaryDir &folder)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

// Renders every page of the window to PNG files in `folder`, lists them, and ends the program.
int takeScreenshots(salesplan::ui::MainWindow &window, const QString &folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        qCritical("salesplan: --screenshots needs a folder that can be created");
        return 2;
    }
    const QStringList files = salesplan::tools::saveScreenshots(window, folder);
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(file));
    return files.isEmpty() ? 2 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = salesplan::Cli::commandFirst(argumentsOf(argc, argv));
    describeApplication();
    if (salesplan::Cli::wantsHeadless(arguments) && salesplan::Cli::needsPainting(arguments)) {
        // The report draws text and charts, which need a GUI application but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        salesplan::ui::Translators::use(chosenLanguage(arguments));
        salesplan::ui::preferences::applyNumberFormat(); // the report writes money as the GUI does
        return salesplan::Cli().run(arguments);
    }
    if (salesplan::Cli::wantsHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        salesplan::ui::Translators::use(chosenLanguage(arguments));
        return salesplan::Cli().run(arguments);
    }
    const qsizetype screenshots = arguments.indexOf(QStringLiteral("--screenshots"));
    std::optional<QTemporaryDir> screenshotSettings;
    if (screenshots >= 0)
        keepSettingsIn(screenshotSettings.emplace());
    QApplication app(argc, argv);
    salesplan::ui::Translators::use(chosenLanguage(arguments));
    salesplan::ui::preferences::applyNumberFormat();
    salesplan::ui::Appearances::apply(chosenAppearance(arguments));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SalesPlan"));
    showApplicationIcon();
    salesplan::ui::MainWindow window;
    const TerminationWatcher terminationWatcher; // a logout or `kill` closes the plan cleanly
    window.show();
    openStartingPlan(window, arguments);
    if (screenshots >= 0)
        return takeScreenshots(window, arguments.value(screenshots + 1));
    return app.exec();
}
