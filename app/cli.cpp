#include "cli.h"

#include "charts/deckpdf.h"
#include "check/initiativechecks.h"
#include "diffprinter.h"
#include "exchange/diffjson.h"
#include "exchange/historyfile.h"
#include "exchange/planio.h"
#include "exchange/planworkbook.h"
#include "exchange/reviewjson.h"
#include "exchange/summaryjson.h"
#include "preferencesdialog.h"
#include "report/planreport.h"
#include "report/targetletters.h"
#include "reviewprinter.h"
#include "store/planfile.h"
#include "summary/plandiff.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"
#include "summaryprinter.h"
#include "team/linkedunits.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace salesplan {

namespace {

const QStringList subcommands = {
    QStringLiteral("export"),     QStringLiteral("import"),    QStringLiteral("import-history"),
    QStringLiteral("summary"),    QStringLiteral("check"),     QStringLiteral("review"),
    QStringLiteral("diff"),       QStringLiteral("version"),   QStringLiteral("versions"),
    QStringLiteral("status"),     QStringLiteral("templates"), QStringLiteral("new"),
    QStringLiteral("server"),     QStringLiteral("publish"),   QStringLiteral("fetch"),
    QStringLiteral("consolidate")};

bool isHelp(const QString &argument)
{
    return argument == QStringLiteral("--help") || argument == QStringLiteral("-h") ||
           argument == QStringLiteral("-?");
}

bool isVersion(const QString &argument)
{
    return argument == QStringLiteral("--version") || argument == QStringLiteral("-v");
}

} // namespace

bool Cli::wantsHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (isHelp(argument) || isVersion(argument))
            return true;
    }
    return !arguments.isEmpty() && subcommands.contains(arguments.first());
}

QStringList Cli::commandFirst(const QStringList &arguments)
{
    if (arguments.size() < 3 || arguments.first() != QStringLiteral("--lang") ||
        !subcommands.contains(arguments.at(2)))
        return arguments;
    return QStringList{arguments.at(2)} + arguments.mid(0, 2) + arguments.mid(3);
}

bool Cli::needsPainting(const QStringList &arguments)
{
    return arguments.value(0) == QStringLiteral("export") &&
           (arguments.contains(QStringLiteral("--pdf")) ||
            arguments.contains(QStringLiteral("--deck")) ||
            arguments.contains(QStringLiteral("--letters")));
}

QString Cli::usage()
{
    return tr("Usage: salesplan [options] [FILE]\n"
              "       salesplan COMMAND [arguments]\n"
              "\n"
              "SalesPlan writes, decomposes and presents an annual sales plan.\n"
              "Without a command it opens FILE (a .salesplan plan) in the window.\n"
              "\n"
              "Options:\n"
              "  -h, --help        Show this help and exit.\n"
              "  -v, --version     Show the version and exit.\n"
              "  --lang LANGUAGE   Use LANGUAGE (en, zh_CN, zh_TW) instead of the system's.\n"
              "  --screenshots DIR Save every page of the window as PNG in DIR and exit.\n"
              "  --palette dark|light|system\n"
              "                    Show the window in dark or light colours, or the system's,\n"
              "                    instead of the Preferences' choice.\n"
              "\n"
              "Commands (they need no display):\n"
              "  export FILE --json OUT        Write the plan as JSON, with its saved versions.\n"
              "  export FILE --pdf OUT [--page A4|Letter] [--open-points]\n"
              "             [--confidential TEXT] [--review-month YYYY-MM]\n"
              "                                Write the plan as a PDF report (A4 unless told;\n"
              "                                the open findings in the appendix if asked;\n"
              "                                TEXT on the cover and in every page's footer;\n"
              "                                the execution review of the month if asked).\n"
              "  export FILE --deck OUT        Write the presentation as a PDF, a 16:9 page a\n"
              "                                slide.\n"
              "  export FILE --letters OUT [--per-member] [--page A4|Letter]\n"
              "                                Write each member's target letter, a page each,\n"
              "                                as one PDF (--per-member: OUT is a folder that\n"
              "                                gets one PDF per member), in the language of\n"
              "                                --lang.\n"
              "  export FILE --xlsx OUT        Write the plan's figures as an Excel workbook\n"
              "                                whose totals are formulas.\n"
              "  import JSON --to FILE         Make a new .salesplan file from a JSON plan and\n"
              "                                its saved versions.\n"
              "  import-history FILE TABLE [--sheet NAME] [--replace]\n"
              "                                Add the booked amounts of a CSV file or an .xlsx\n"
              "                                workbook (its first sheet, or the sheet NAME) to\n"
              "                                the plan's history (--replace: instead of what it\n"
              "                                holds).\n"
              "  summary FILE [--json]         Print targets, funnel, capacity and findings.\n"
              "  check FILE                    Print the findings; exit 1 when there are errors.\n"
              "  review FILE [--month YYYY-MM] [--json]\n"
              "                                Print the month's review: attainment of every\n"
              "                                line, the forecast, the KPIs' lights and the\n"
              "                                deviations (the last month with actuals unless\n"
              "                                told); exit 1 when a deviation has no note.\n"
              "  diff FILE FILE [--json]       Compare two plans: the targets, the team, the\n"
              "                                stages, KPIs, risks and texts that differ; exit 1\n"
              "                                when they differ.\n"
              "  version FILE --save NAME [--author NAME]\n"
              "                                Save the plan as it is now as a version called\n"
              "                                NAME inside the .salesplan file.\n"
              "  versions FILE [--json]        List the saved versions: name, date, author\n"
              "                                and size.\n"
              "  status FILE [--submit | --approve --by NAME [--comment TEXT]\n"
              "              [--narrative-editable] | --reopen --reason TEXT [--by NAME]]\n"
              "                                Print the plan's status and its changes, or move\n"
              "                                it: submit for review, approve (locks the\n"
              "                                targets and saves a version), reopen as a draft.\n"
              "  templates [--json]            List the industry templates a new plan can start\n"
              "                                from: key, name and what each assumes.\n"
              "  new --template KEY --to FILE  Make a new .salesplan file (or, for a .json FILE,\n"
              "                                a JSON plan) from a template, in the language of\n"
              "                                --lang, for next year.\n"
              "  consolidate TEAM [--json]     Print a team plan over its units' plans (linked\n"
              "                                files, relative to TEAM's folder): each unit's\n"
              "                                allocation against its own target, the gap,\n"
              "                                headcount and budget, then the units' figures\n"
              "                                added up. A unit that cannot be read is listed\n"
              "                                as missing (exit 1), never counted as zero.\n"
              "\n"
              "Team server (PostgreSQL; URL is postgresql://USER@HOST:PORT/DATABASE, with\n"
              "?sslmode=require or verify-full for TLS; your password comes from\n"
              "--password-stdin, PGPASSWORD, ~/.pgpass or a prompt, never the command line:\n"
              "a URL with a password in it is refused):\n"
              "  server init URL               Create the team server's tables, roles and\n"
              "                                row-level security, or bring them up to this\n"
              "                                SalesPlan (as the database's owner).\n"
              "  server add-unit URL --unit NAME --manager ROLE\n"
              "  server add-director URL --director ROLE\n"
              "                                Add a unit with the login role of its manager,\n"
              "                                or a director; a new role's password is typed\n"
              "                                twice, or read from the next line of standard\n"
              "                                input. A role that exists keeps its password;\n"
              "                                a superuser, or one that may create roles or\n"
              "                                databases, is refused.\n"
              "  server units URL              List the units, their managers and their latest\n"
              "                                versions.\n"
              "  fetch FILE --server URL [--unit NAME]\n"
              "                                Record in the .salesplan FILE the latest\n"
              "                                allocation, the unit's part of it and the unit's\n"
              "                                latest version, and print the allocated target\n"
              "                                against the plan's own (a manager).\n"
              "  fetch FILE --server URL --allocation\n"
              "                                Record the allocation the team plan is based on\n"
              "                                (a director).\n"
              "  publish FILE --server URL --unit NAME [--allocation-version N]\n"
              "                                [--unit-version N]\n"
              "                                Publish the plan as the unit's next version (a\n"
              "                                manager); refused when the allocation or the\n"
              "                                unit changed since FILE was fetched or last\n"
              "                                published (or since versions N), and FILE then\n"
              "                                records the version it published.\n"
              "  publish FILE --server URL --allocation [--allocation-version N]\n"
              "                                Publish the team plan as the next allocation\n"
              "                                (a director), checked the same way.\n"
              "  consolidate --server URL [--json]\n"
              "                                As consolidate TEAM, over the allocation (the\n"
              "                                team plan) and the latest version of every unit\n"
              "                                you may read on the server.\n"
              "  export TEAM --deck OUT --server URL, export TEAM --pdf OUT --server URL\n"
              "                                A team plan's deck or report over its units as\n"
              "                                the server has them, not the linked files.\n"
              "  (add --password-stdin to read your password from standard input's first line)\n"
              "\n"
              "FILE is a .salesplan file or a .json plan; FILE@NAME reads the version NAME\n"
              "saved in a .salesplan file instead of the plan as it is now.\n"
              "\n"
              "Exit codes: 0 ok, 1 the plan has errors (review: a deviation without a note;\n"
              "diff: the plans differ; consolidate: a unit missing or in another currency),\n"
              "2 bad usage or bad input (consolidate: TEAM cannot be read or has no units),\n"
              "or the team server refused (sign-in, permission, a stale version).\n");
}

int Cli::run(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (isHelp(argument)) {
            print(usage());
            return Ok;
        }
        if (isVersion(argument)) {
            print(QStringLiteral("salesplan %1\n").arg(QStringLiteral(SALESPLAN_VERSION)));
            return Ok;
        }
    }
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const QStringList lang = {QStringLiteral("--lang")};
    if (command == QStringLiteral("summary")) {
        const auto words = parseWords(rest, lang, {QStringLiteral("--json")}, 1);
        return words ? runSummary(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("check")) {
        const auto words = parseWords(rest, lang, {}, 1);
        return words ? runCheck(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("export")) {
        const auto words = parseWords(
            rest,
            lang + QStringList{QStringLiteral("--json"), QStringLiteral("--pdf"),
                               QStringLiteral("--deck"), QStringLiteral("--xlsx"),
                               QStringLiteral("--page"), QStringLiteral("--confidential"),
                               QStringLiteral("--review-month"), QStringLiteral("--letters"),
                               QStringLiteral("--server")},
            {QStringLiteral("--open-points"), QStringLiteral("--per-member"),
             QStringLiteral("--password-stdin")},
            1);
        return words ? runExport(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("import")) {
        const auto words = parseWords(rest, lang + QStringList{QStringLiteral("--to")}, {}, 1);
        return words ? runImport(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("import-history")) {
        const auto words = parseWords(rest, lang + QStringList{QStringLiteral("--sheet")},
                                      {QStringLiteral("--replace")}, 2);
        return words ? runImportHistory(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("review")) {
        const auto words = parseWords(rest, lang + QStringList{QStringLiteral("--month")},
                                      {QStringLiteral("--json")}, 1);
        return words ? runReview(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("diff")) {
        const auto words = parseWords(rest, lang, {QStringLiteral("--json")}, 2);
        return words ? runDiff(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("version")) {
        const auto words = parseWords(
            rest, lang + QStringList{QStringLiteral("--save"), QStringLiteral("--author")}, {}, 1);
        return words ? runVersion(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("versions")) {
        const auto words = parseWords(rest, lang, {QStringLiteral("--json")}, 1);
        return words ? runVersions(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("status")) {
        const auto words =
            parseWords(rest,
                       lang + QStringList{QStringLiteral("--by"), QStringLiteral("--comment"),
                                          QStringLiteral("--reason")},
                       {QStringLiteral("--submit"), QStringLiteral("--approve"),
                        QStringLiteral("--reopen"), QStringLiteral("--narrative-editable")},
                       1);
        return words ? runStatus(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("templates")) {
        const auto words = parseWords(rest, lang, {QStringLiteral("--json")}, 0);
        return words ? runTemplates(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("new")) {
        const auto words = parseWords(
            rest, lang + QStringList{QStringLiteral("--template"), QStringLiteral("--to")}, {}, 0);
        return words ? runNew(*words) : fail(words.error().message());
    }
    const QStringList password = {QStringLiteral("--password-stdin")};
    if (command == QStringLiteral("server")) {
        const auto words =
            parseWords(rest,
                       lang + QStringList{QStringLiteral("--unit"), QStringLiteral("--manager"),
                                          QStringLiteral("--director")},
                       password, 2);
        return words ? runServer(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("publish")) {
        const auto words =
            parseWords(rest,
                       lang + QStringList{QStringLiteral("--server"), QStringLiteral("--unit"),
                                          QStringLiteral("--allocation-version"),
                                          QStringLiteral("--unit-version")},
                       password + QStringList{QStringLiteral("--allocation")}, 1);
        return words ? runPublish(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("fetch")) {
        const auto words = parseWords(
            rest, lang + QStringList{QStringLiteral("--server"), QStringLiteral("--unit")},
            password + QStringList{QStringLiteral("--allocation")}, 1);
        return words ? runFetch(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("consolidate") && rest.contains(QStringLiteral("--server"))) {
        const auto words = parseWords(rest, lang + QStringList{QStringLiteral("--server")},
                                      password + QStringList{QStringLiteral("--json")}, 0);
        return words ? runConsolidateServer(*words) : fail(words.error().message());
    }
    if (command == QStringLiteral("consolidate")) {
        const auto words = parseWords(rest, lang, {QStringLiteral("--json")}, 1);
        return words ? runConsolidate(*words) : fail(words.error().message());
    }
    return fail(tr("unknown command \"%1\"").arg(command));
}

Result<Cli::Words> Cli::parseWords(const QStringList &arguments, const QStringList &valueOptions,
                                   const QStringList &flags, int positionalCount) const
{
    Words words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return Error{argument, tr("needs a value")};
            words.options.insert(argument, arguments.at(++i));
        } else if (flags.contains(argument)) {
            words.options.insert(argument, QString());
        } else if (argument.startsWith(QStringLiteral("--"))) {
            return Error{argument, tr("is not an option of this command")};
        } else {
            words.positional.append(argument);
        }
    }
    if (words.positional.size() != positionalCount)
        return Error{{},
                     tr("expected %n file name(s), got %1", nullptr, positionalCount)
                         .arg(words.positional.size())};
    return words;
}

int Cli::runSummary(const Words &words)
{
    const Result<Plan> plan = readPlan(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    const QDate today = QDate::currentDate();
    PlanSummary summary = summarizePlan(*plan);
    if (words.options.contains(QStringLiteral("--json"))) {
        print(QString::fromUtf8(summaryToJson(*plan, summary, today))); // adds today's overdue
    } else {
        addOverdueFindings(summary.findings, *plan, today);
        print(SummaryPrinter(*plan, summary).summaryText());
    }
    return Ok;
}

Result<int> Cli::planMonthOption(const Plan &plan, const QString &option, const QString &text)
{
    const Period &period = plan.info.period;
    const int month = period.monthIndexOf(QDate::fromString(text, u"yyyy-MM"));
    if (month < 0)
        return Error{{},
                     tr("%1 %2: give a month of the plan year as YYYY-MM, from %3 to %4")
                         .arg(option, text, period.monthStart(0).toString(u"yyyy-MM"),
                              period.monthStart(Period::monthCount - 1).toString(u"yyyy-MM"))};
    return month;
}

int Cli::runReview(const Words &words)
{
    const Result<Plan> plan = readPlan(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    int month = latestActualMonth(*plan);
    if (words.options.contains(QStringLiteral("--month"))) {
        const Result<int> asked = planMonthOption(*plan, QStringLiteral("--month"),
                                                  words.options.value(QStringLiteral("--month")));
        if (!asked)
            return fail(asked.error().message());
        month = *asked;
    }
    const PlanSummary summary = summarizePlan(*plan);
    const Result<PlanReview> review = reviewPlan(*plan, summary, month);
    if (!review)
        return fail(tr("the plan cannot be reviewed: %1").arg(review.error().message()));
    if (words.options.contains(QStringLiteral("--json")))
        print(QString::fromUtf8(reviewToJson(*plan, *review)));
    else
        print(ReviewPrinter(*plan, *review).text());
    return review->unnotedCount() > 0 ? PlanHasErrors : Ok;
}

int Cli::runDiff(const Words &words)
{
    const Result<Plan> before = readPlan(words.positional.at(0));
    if (!before)
        return fail(before.error().message());
    const Result<Plan> after = readPlan(words.positional.at(1));
    if (!after)
        return fail(after.error().message());
    ui::preferences::applyNumberFormat(); // 万/亿 in Chinese as the window shows amounts
    const PlanDiff diff = comparePlans(*before, *after);
    if (words.options.contains(QStringLiteral("--json")))
        print(QString::fromUtf8(diffToJson(diff)));
    else
        print(DiffPrinter(diff).text());
    return diff.equal() ? Ok : PlansDiffer;
}

int Cli::runCheck(const Words &words)
{
    const Result<Plan> plan = readPlan(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    PlanSummary summary = summarizePlan(*plan);
    addOverdueFindings(summary.findings, *plan, QDate::currentDate());
    print(SummaryPrinter(*plan, summary).findingsText());
    return hasErrors(summary.findings) ? PlanHasErrors : Ok;
}

int Cli::runExport(const Words &words)
{
    const bool json = words.options.contains(QStringLiteral("--json"));
    const bool pdf = words.options.contains(QStringLiteral("--pdf"));
    const bool deck = words.options.contains(QStringLiteral("--deck"));
    const bool xlsx = words.options.contains(QStringLiteral("--xlsx"));
    const bool letters = words.options.contains(QStringLiteral("--letters"));
    if (int(json) + int(pdf) + int(deck) + int(xlsx) + int(letters) != 1)
        return fail(tr("export needs exactly one of --json OUT, --pdf OUT, --deck OUT, --xlsx OUT "
                       "or --letters OUT"));
    if (words.options.contains(QStringLiteral("--per-member")) && !letters)
        return fail(tr("--per-member goes with --letters"));
    ui::ReportOptions options;
    if (words.options.contains(QStringLiteral("--page"))) {
        if (!pdf && !letters)
            return fail(tr("--page goes with --pdf or --letters"));
        const QString page = words.options.value(QStringLiteral("--page"));
        if (page.compare(QStringLiteral("A4"), Qt::CaseInsensitive) == 0)
            options.page = QPageSize::A4;
        else if (page.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0)
            options.page = QPageSize::Letter;
        else
            return fail(tr("--page: \"%1\" is not a page size; use A4 or Letter").arg(page));
    }
    if (words.options.contains(QStringLiteral("--open-points"))) {
        if (!pdf)
            return fail(tr("--open-points goes with --pdf"));
        options.includeOpenPoints = true;
    }
    if (words.options.contains(QStringLiteral("--confidential"))) {
        if (!pdf)
            return fail(tr("--confidential goes with --pdf"));
        options.confidentiality = words.options.value(QStringLiteral("--confidential"));
    }
    const bool review = words.options.contains(QStringLiteral("--review-month"));
    if (review && !pdf)
        return fail(tr("--review-month goes with --pdf"));
    if (words.options.contains(QStringLiteral("--server")) && !deck && !pdf)
        return fail(tr("--server goes with --deck or --pdf"));
    if (json)
        return exportJson(words.positional.first(), words.options.value(QStringLiteral("--json")));
    const Result<Plan> plan = readPlan(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    if (review) {
        const Result<int> month =
            planMonthOption(*plan, QStringLiteral("--review-month"),
                            words.options.value(QStringLiteral("--review-month")));
        if (!month)
            return fail(month.error().message());
        options.reviewMonth = *month;
    }
    if (letters)
        return exportLetters(*plan, words, options.page);
    if (xlsx)
        return exportWorkbook(*plan, words.options.value(QStringLiteral("--xlsx")));
    if (deck || pdf) {
        // A team plan's deck and report show its units: the team server's when --server is
        // given, else those of the files linked from the plan's.
        Result<std::optional<Consolidation>> team =
            teamConsolidationFor(words, *plan, words.positional.first());
        if (!team)
            return fail(team.error().message());
        if (pdf) {
            options.teamConsolidation = std::move(*team);
            const Status written =
                ui::writePdf(*plan, words.options.value(QStringLiteral("--pdf")), options);
            return written ? Ok : fail(written.error().message());
        }
        PlanSummary summary = summarizePlan(*plan);
        if (*team)
            summary.team = std::make_shared<const Consolidation>(std::move(**team));
        const Status written =
            ui::writeDeckPdf(*plan, summary, words.options.value(QStringLiteral("--deck")));
        return written ? Ok : fail(written.error().message());
    }
    return fail(tr("export needs exactly one of --json OUT, --pdf OUT, --deck OUT, --xlsx OUT "
                   "or --letters OUT"));
}

int Cli::exportLetters(const Plan &plan, const Words &words, QPageSize::PageSizeId page)
{
    const QString out = words.options.value(QStringLiteral("--letters"));
    const ui::LetterOptions options{page, QString()};
    if (!words.options.contains(QStringLiteral("--per-member"))) {
        const Status written = ui::writeLettersPdf(plan, out, options);
        return written ? Ok : fail(written.error().message());
    }
    if (!QFileInfo(out).isDir())
        return fail(tr("--letters %1: with --per-member, OUT must be an existing folder")
                        .arg(QDir::toNativeSeparators(out)));
    const Result<QStringList> written = ui::writeLetterPdfs(plan, out, options);
    if (!written)
        return fail(written.error().message());
    for (const QString &path : *written)
        print(QDir::toNativeSeparators(path) + u'\n');
    return Ok;
}

int Cli::exportJson(const QString &planPath, const QString &out)
{
    const Result<PlanWithVersions> plan = readPlanWithVersions(planPath);
    if (!plan)
        return fail(plan.error().message());
    const Status written = exportJsonPlan(*plan, out);
    return written ? Ok : fail(written.error().message());
}

int Cli::exportWorkbook(const Plan &plan, const QString &path)
{
    ui::preferences::applyNumberFormat(); // 万/亿 in Chinese as the window shows amounts
    const Status written = writePlanWorkbook(plan, summarizePlan(plan), path);
    return written ? Ok : fail(written.error().message());
}

int Cli::runImport(const Words &words)
{
    const QString target = words.options.value(QStringLiteral("--to"));
    if (target.isEmpty())
        return fail(tr("import needs --to FILE.salesplan"));
    if (QFileInfo::exists(target))
        return fail(tr("%1 already exists; choose a new file name").arg(target));
    const Result<PlanWithVersions> plan = readPlanWithVersions(words.positional.first());
    if (!plan)
        return fail(plan.error().message());
    const Status imported = importPlan(*plan, target, ExistingFile::Refuse);
    return imported ? Ok : fail(imported.error().message());
}

int Cli::runImportHistory(const Words &words)
{
    const QString planPath = words.positional.at(0);
    const QString tablePath = words.positional.at(1);
    if (isJsonPlanPath(planPath))
        return fail(tr("%1: import-history adds to a .salesplan file; import the JSON plan into "
                       "one first")
                        .arg(planPath));
    const Result<QByteArray> read = readHistoryFile(tablePath);
    if (!read)
        return fail(tr("%1: %2").arg(tablePath, read.error().message()));
    const QByteArray &bytes = *read;
    const QString sheet = words.options.value(QStringLiteral("--sheet"));
    if (words.options.contains(QStringLiteral("--sheet")) && !isWorkbookFile(tablePath, bytes))
        return fail(
            tr("%1: --sheet is for .xlsx workbooks; a CSV file has no sheets").arg(tablePath));
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    auto file = PlanFile::open(planPath, PlanFile::Access::ReadWrite, &problem);
    if (!file)
        return fail(tr("%1: %2").arg(planPath, file.error().message()));
    if ((*file)->isReadOnly())
        return fail(tr("%1: cannot be changed: %2").arg(planPath, (*file)->readOnlyReason()));
    Plan plan = (*file)->plan();
    const Result<HistoryPreview> preview =
        previewHistoryFile(tablePath, bytes, plan.info.currency, sheet);
    if (!preview)
        return fail(tr("%1: %2").arg(tablePath, preview.error().message()));
    const auto entries = importHistory(*preview, plan.ids);
    if (!entries)
        return fail(tr("%1: %2").arg(tablePath, entries.error().message()));
    if (words.options.contains(QStringLiteral("--replace")))
        plan.history.clear();
    plan.history.append(*entries);
    const Status committed = (*file)->commit(plan);
    if (!committed)
        return fail(tr("%1: %2").arg(planPath, committed.error().message()));
    print(tr("%n history row(s) imported into %1\n", nullptr, int(entries->size())).arg(planPath));
    print(historyYearsText(historyYears(preview->rows, plan.info.period), plan.info.period) +
          u'\n');
    return Ok;
}

int Cli::fail(const QString &message) const
{
    QTextStream err(stderr);
    err << QStringLiteral("salesplan: ") << message << u'\n';
    return BadInput;
}

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
}

} // namespace salesplan
