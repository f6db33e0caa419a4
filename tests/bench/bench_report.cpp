// The PDF report of the Chinese sample and of a generated 300-member plan: how long an export
// takes (budgets: under 200 ms and 500 ms median, the two interleaved run by run), and, when
// LibreOffice is installed, how long `libreoffice --headless --convert-to pdf` takes for a
// spreadsheet of the same tables, the peer a user would otherwise reach for.
#include "benchsupport.h"

#include "exchange/planjson.h"
#include "report/planreport.h"
#include "summary/plansummary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <QXmlStreamWriter>

#include <cstdio>
#include <cstdlib>

using namespace salesplan;

namespace {

constexpr int reportRuns = 10;
constexpr int libreOfficeRuns = 5;

Plan chineseSample()
{
    QFile file(QStringLiteral(":/samples/sample-zh_CN.json"));
    const Result<Plan> plan =
        file.open(QIODevice::ReadOnly) ? planFromJson(file.readAll()) : Result<Plan>(Error{});
    if (!plan) {
        std::fprintf(stderr, "bench_report: cannot read the Chinese sample\n");
        std::exit(1);
    }
    return *plan;
}

// The Chinese sample with `members` members made from its first one, each with a share of the
// target (not its fixed quota, which 300 times would exceed the target), as a big team's plan.
Plan bigTeam(const Plan &sample, int members)
{
    Plan plan = sample;
    Member model = plan.team.members.first();
    model.quotaAmount = Money::of(0, plan.info.currency);
    plan.team.members.clear();
    for (int i = 1; i <= members; ++i) {
        Member member = model;
        member.id = plan.ids.take();
        member.name = QStringLiteral("成员 %1").arg(i, 3, 10, QLatin1Char('0'));
        plan.team.members.append(member);
    }
    return plan;
}

// One table of the spreadsheet: a header row and rows of text (QString) or numbers (double).
struct Sheet
{
    Sheet(QString sheetName, QStringList headerRow, QList<QVariantList> bodyRows = {})
        : name(std::move(sheetName))
        , header(std::move(headerRow))
        , rows(std::move(bodyRows))
    {}

    QString name;
    QStringList header;
    QList<QVariantList> rows;
};

double units(qint64 minor)
{
    return double(minor) / 100.0;
}

QList<Sheet> figureSheets(const Plan &plan, const PlanSummary &summary)
{
    QList<Sheet> sheets;
    if (summary.decomposition) {
        Sheet months{QStringLiteral("Targets"),
                     {QStringLiteral("Month"), QStringLiteral("Target")}};
        for (int m = 0; m < 12; ++m)
            months.rows.append({plan.info.period.monthStart(m).toString(QStringLiteral("yyyy-MM")),
                                units(summary.decomposition->months[size_t(m)])});
        sheets.append(months);
        for (const DimensionSplit &dimension : summary.decomposition->dimensions) {
            Sheet split{dimension.name, {QStringLiteral("Name"), QStringLiteral("Annual target")}};
            for (qsizetype i = 0; i < dimension.itemNames.size(); ++i)
                split.rows.append({dimension.itemNames.at(i), units(dimension.annual.value(i))});
            sheets.append(split);
        }
    }
    if (summary.funnel) {
        const BackwardResult &funnel = *summary.funnel;
        sheets.append({QStringLiteral("Funnel"),
                       {QStringLiteral("Figure"), QStringLiteral("Value")},
                       {{QStringLiteral("Deals"), double(funnel.deals)},
                        {QStringLiteral("Leads"), double(funnel.leads)},
                        {QStringLiteral("Calls"), double(funnel.calls)},
                        {QStringLiteral("Calls a day"), funnel.callsPerDay},
                        {QStringLiteral("Reps required"), double(funnel.repsRequired)}}});
    }
    return sheets;
}

QList<Sheet> textSheets(const Plan &plan, const PlanSummary &summary)
{
    Sheet competitors{
        QStringLiteral("Competitors"),
        {QStringLiteral("Competitor"), QStringLiteral("Strengths"), QStringLiteral("Weaknesses")}};
    for (const Competitor &competitor : plan.mission.competitors)
        competitors.rows.append({competitor.name, competitor.strengths, competitor.weaknesses});
    Sheet roles{
        QStringLiteral("Roles"),
        {QStringLiteral("Role"), QStringLiteral("Responsibilities"), QStringLiteral("Skills")}};
    for (const Role &role : plan.team.roles)
        roles.rows.append({role.name, role.responsibilities, role.skills});
    Sheet segments{QStringLiteral("Segments"),
                   {QStringLiteral("Segment"), QStringLiteral("Characteristics"),
                    QStringLiteral("Goals"), QStringLiteral("Strategy")}};
    for (const Segment &segment : plan.segments)
        segments.rows.append(
            {segment.name, segment.characteristics, segment.goals, segment.strategy});
    Sheet stages{QStringLiteral("Stages"),
                 {QStringLiteral("Stage"), QStringLiteral("Method"),
                  QStringLiteral("Exit criteria"), QStringLiteral("Conversion")}};
    for (const Stage &stage : plan.stages)
        stages.rows.append({stage.name, stage.method, stage.exitCriteria, stage.conversionRate});
    Sheet tools{QStringLiteral("Tools"),
                {QStringLiteral("Tool"), QStringLiteral("Purpose"), QStringLiteral("Annual cost")}};
    for (const Tool &tool : plan.tools)
        tools.rows.append({tool.name, tool.purpose, units(tool.annualCost.minor)});
    Sheet risks{QStringLiteral("Risks"),
                {QStringLiteral("Risk"), QStringLiteral("Score"), QStringLiteral("Mitigation")}};
    for (const Risk &risk : plan.metrics.risks)
        risks.rows.append({risk.description, double(risk.score()), risk.mitigation});
    Sheet findings{QStringLiteral("Findings"), {QStringLiteral("Finding")}};
    for (const Finding &finding : summary.findings)
        findings.rows.append({finding.message});
    return {competitors, roles, segments, stages, tools, risks, findings};
}

void writeCell(QXmlStreamWriter &xml, const QVariant &value)
{
    xml.writeStartElement(QStringLiteral("table:table-cell"));
    const bool number = value.typeId() == QMetaType::Double;
    xml.writeAttribute(QStringLiteral("office:value-type"),
                       number ? QStringLiteral("float") : QStringLiteral("string"));
    if (number)
        xml.writeAttribute(QStringLiteral("office:value"),
                           QString::number(value.toDouble(), 'f', 2));
    xml.writeTextElement(QStringLiteral("text:p"), value.toString());
    xml.writeEndElement();
}

// The tables as a flat OpenDocument spreadsheet (.fods), one sheet each.
void writeSpreadsheet(const QString &path, const QList<Sheet> &sheets)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    QXmlStreamWriter xml(&file);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document"));
    xml.writeAttribute(QStringLiteral("xmlns:office"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:table"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:text"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    xml.writeAttribute(QStringLiteral("office:mimetype"),
                       QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"));
    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:spreadsheet"));
    for (const Sheet &sheet : sheets) {
        xml.writeStartElement(QStringLiteral("table:table"));
        xml.writeAttribute(QStringLiteral("table:name"), sheet.name);
        QList<QVariantList> rows{QVariantList(sheet.header.begin(), sheet.header.end())};
        rows += sheet.rows;
        for (const QVariantList &row : rows) {
            xml.writeStartElement(QStringLiteral("table:table-row"));
            for (const QVariant &cell : row)
                writeCell(xml, cell);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
}

double exportMs(const Plan &plan, const QString &path)
{
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    QElapsedTimer timer;
    timer.start();
    const Status written = ui::writePdf(plan, path, options);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!written) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(written.error().message()));
        std::exit(1);
    }
    return elapsed;
}

// One conversion with a profile of our own (made by an untimed first run), in milliseconds.
double libreOfficeMs(const QString &program, const QString &spreadsheet, const QTemporaryDir &dir)
{
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    QProcess office;
    QElapsedTimer timer;
    timer.start();
    office.start(program,
                 {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                  QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                  dir.path(), spreadsheet});
    if (!office.waitForFinished(300000) || office.exitCode() != 0 ||
        !QFile::exists(dir.filePath(QStringLiteral("tables.pdf")))) {
        std::fprintf(stderr, "bench_report: libreoffice failed: %s\n",
                     office.readAllStandardError().constData());
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Plan plan = chineseSample();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));

    const Plan big = bigTeam(plan, 300);
    const QString bigPdf = dir.filePath(QStringLiteral("big.pdf"));

    const double cold = exportMs(plan, pdf);
    const double bigCold = exportMs(big, bigPdf);
    std::vector<double> runs;
    std::vector<double> bigRuns;
    for (int i = 0; i < reportRuns; ++i) {
        runs.push_back(exportMs(plan, pdf));
        bigRuns.push_back(exportMs(big, bigPdf));
    }
    const double ours = median(runs);
    std::printf(
        "PDF report of the Chinese sample (%lld bytes): first %.0f ms, then median %.0f ms, "
        "worst %.0f ms over %d runs (budget < 200 ms)\n",
        static_cast<long long>(QFile(pdf).size()), cold, ours, maximum(runs), reportRuns);
    std::printf("PDF report of a 300-member plan (%lld bytes): first %.0f ms, then median %.0f ms, "
                "worst %.0f ms over %d runs (budget < 500 ms)\n",
                static_cast<long long>(QFile(bigPdf).size()), bigCold, median(bigRuns),
                maximum(bigRuns), reportRuns);

    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        std::printf("libreoffice: not installed, no comparison\n");
        return 0;
    }
    const QString spreadsheet = dir.filePath(QStringLiteral("tables.fods"));
    const PlanSummary summary = summarizePlan(plan);
    writeSpreadsheet(spreadsheet, figureSheets(plan, summary) + textSheets(plan, summary));
    libreOfficeMs(office, spreadsheet, dir); // makes the profile
    std::vector<double> officeRuns;
    for (int i = 0; i < libreOfficeRuns; ++i)
        officeRuns.push_back(libreOfficeMs(office, spreadsheet, dir));
    const double theirs = median(officeRuns);
    std::printf(
        "libreoffice --headless --convert-to pdf of the same tables (.fods): median %.0f ms, "
        "worst %.0f ms over %d runs; %.1f x the report's median\n",
        theirs, maximum(officeRuns), libreOfficeRuns, theirs / ours);
    return 0;
}
