#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "team/consolidation.h"

#include <QCoreApplication>
#include <QMap>
#include <QPageSize>
#include <QStringList>

#include <memory>
#include <optional>

namespace salesplan {

class PlanFile;
namespace server {
class TeamServer;
struct PublishedPlan;
} // namespace server

// Writes `text` to standard output as it is: what every command prints.
void print(const QString &text);

// The headless command line: `salesplan --help`, `--version` and the sub-commands that need no
// display (export, import, import-history, summary, check, review, diff, version, versions,
// status, templates, new, consolidate, server, publish). Exit
// codes: 0 ok, 1 the plan has errors (diff: the plans differ), 2 bad usage or bad input; errors go
// to stderr in words.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Ok = 0, PlanHasErrors = 1, PlansDiffer = 1, BadInput = 2 };

    // True when `arguments` (argv without the program) ask for headless work, not the GUI.
    static bool wantsHeadless(const QStringList &arguments);
    // `arguments` with a leading "--lang CODE" moved behind the command that follows it
    // ("--lang zh_CN export …" → "export --lang zh_CN …"), as every command takes --lang; other
    // arguments unchanged.
    static QStringList commandFirst(const QStringList &arguments);
    // True when the command paints (export --pdf): it needs a QApplication, on the offscreen
    // platform when no display is chosen.
    static bool needsPainting(const QStringList &arguments);
    static QString usage();

    int run(const QStringList &arguments);

private:
    // A sub-command's words: positional arguments, and options with their values.
    struct Words
    {
        QStringList positional;
        QMap<QString, QString> options; // "--json" → "" for a flag, "--to" → "FILE"
    };

    int runSummary(const Words &words);
    int runCheck(const Words &words);
    int runReview(const Words &words);
    int runDiff(const Words &words);
    // The month of the plan year (0–11) an option such as --month gives as YYYY-MM; refused in
    // words when it is no month or lies outside the plan year.
    static Result<int> planMonthOption(const Plan &plan, const QString &option,
                                       const QString &text);
    int runExport(const Words &words);
    int exportLetters(const Plan &plan, const Words &words, QPageSize::PageSizeId page);
    int exportWorkbook(const Plan &plan, const QString &path);
    // export --json: the plan with its saved versions.
    int exportJson(const QString &planPath, const QString &out);
    int runImport(const Words &words);
    int runImportHistory(const Words &words);
    int runVersion(const Words &words);     // cliversions.cpp
    int runVersions(const Words &words);    // cliversions.cpp
    int runStatus(const Words &words);      // clistatus.cpp
    int runTemplates(const Words &words);   // clitemplates.cpp
    int runNew(const Words &words);         // clitemplates.cpp
    int runConsolidate(const Words &words); // cliconsolidate.cpp
    // cliserver.cpp: the team server.
    int runServer(const Words &words);
    int runPublish(const Words &words); // clipublish.cpp
    int runFetch(const Words &words);   // clipublish.cpp
    int runConsolidateServer(const Words &words);
    // consolidate --server for a unit's manager: the allocation over every unit's figures.
    int consolidateFigures(const Words &words, server::TeamServer &team,
                           const server::PublishedPlan &allocation);
    int printUnits(server::TeamServer &team);
    // A team plan's units as the team server has them (export --server): a director's over the
    // units' published plans, a manager's over their published figures.
    Result<Consolidation> consolidateFromServer(const Words &words, const Plan &team);
    // The consolidation a team plan's deck or report shows: from the server when --server is
    // given, else from the unit files linked from `teamPath`; none for the plan of one team.
    Result<std::optional<Consolidation>> teamConsolidationFor(const Words &words, const Plan &team,
                                                              const QString &teamPath);
    // Signs in at `url` with the password from standard input (--password-stdin), PGPASSWORD,
    // ~/.pgpass or the terminal.
    Result<std::unique_ptr<server::TeamServer>> signIn(const Words &words, const QString &url);
    // --allocation-version N, --unit-version N: none when not given.
    Result<std::optional<qint64>> versionOption(const Words &words, const QString &option);
    // Moves the plan in `file` as `change` says and, for an approval, saves a version.
    static Status changeStatusOf(PlanFile &file, const StatusChange &change);

    Result<Words> parseWords(const QStringList &arguments, const QStringList &valueOptions,
                             const QStringList &flags, int positionalCount) const;
    int fail(const QString &message) const;
};

} // namespace salesplan
