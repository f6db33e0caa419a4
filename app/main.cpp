// The salesplan executable: headless sub-commands without a display, else the main window.
#include "cli.h"
#include "mainwindow.h"
#include "sampleplans.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The --lang value, or the system locale's name.
QLocale chosenLocale(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return QLocale(arguments.at(at + 1));
    return QLocale::system();
}

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("salesplan"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    QLocale::setDefault(locale);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SalesPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("SalesPlan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESPLAN_VERSION));
}

// The plan named on the command line, or else the user's copy of the sample plan.
void openStartingPlan(salesplan::ui::MainWindow &window, const QStringList &arguments)
{
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") ||
            arguments.at(i) == QStringLiteral("--screenshots"))
            ++i;
        else if (!arguments.at(i).startsWith(u'-'))
            files.append(arguments.at(i));
    }
    if (!files.isEmpty()) {
        window.openFile(files.first());
        return;
    }
    const auto sample = salesplan::ui::sampleCopy(QLocale().name());
    if (!sample) {
        window.showNote(sample.error().message());
        return;
    }
    if (window.openFile(*sample))
        window.showNote(QCoreApplication::translate("main",
                                                    "This is your own copy of the sample plan, "
                                                    "kept in %1. Change it freely.")
                            .arg(QDir::toNativeSeparators(*sample)));
}

// Renders every page of the window to PNG files in `folder`, lists them, and ends the program.
int takeScreenshots(salesplan::ui::MainWindow &window, const QString &folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        qCritical("salesplan: --screenshots needs a folder that can be created");
        return 2;
    }
    const QStringList files = window.saveScreenshots(folder);
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(file));
    return files.isEmpty() ? 2 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    describeApplication();
    if (salesplan::Cli::wantsHeadless(arguments) && salesplan::Cli::needsPainting(arguments)) {
        // The report draws text and charts, which need a GUI application but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installTranslators(app, chosenLocale(arguments));
        return salesplan::Cli().run(arguments);
    }
    if (salesplan::Cli::wantsHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslators(app, chosenLocale(arguments));
        return salesplan::Cli().run(arguments);
    }
    QApplication app(argc, argv);
    installTranslators(app, chosenLocale(arguments));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SalesPlan"));
    salesplan::ui::MainWindow window;
    window.show();
    openStartingPlan(window, arguments);
    const qsizetype screenshots = arguments.indexOf(QStringLiteral("--screenshots"));
    if (screenshots >= 0)
        return takeScreenshots(window, arguments.value(screenshots + 1));
    return app.exec();
}
