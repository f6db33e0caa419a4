// The .xlsx export of the 1,000-member benchmark plan (`salesplan export --xlsx`; budget under
// 500 ms median) and, interleaved run by run when LibreOffice is installed, the peer a user would
// otherwise reach for: the same figures written as CSV and converted by
// `libreoffice --headless --convert-to xlsx`.
#include "benchsupport.h"

#include "exchange/planworkbook.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace salesplan;

namespace {

constexpr int runs = 7;
constexpr int members = 1000;

QString units(qint64 minor)
{
    return QString::number(double(minor) / 100.0, 'f', 2);
}

void writeMonthRows(QTextStream &out, const QString &name, const MonthValues &months)
{
    out << u'"' << name << u'"';
    for (qint64 month : months)
        out << u',' << units(month);
    out << u'\n';
}

// The workbook's figures as one CSV file: the months, then every split by month.
void writeCsv(const QString &path, const Decomposition &decomposition)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_xlsx: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    QTextStream out(&file);
    writeMonthRows(out, QStringLiteral("Target"), decomposition.months);
    for (const DimensionSplit &split : decomposition.dimensions) {
        out << u'\n' << split.name << u'\n';
        for (qsizetype i = 0; i < split.itemNames.size(); ++i)
            writeMonthRows(out, split.itemNames.at(i), split.byMonth.at(i));
    }
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double exportMs(const Plan &plan, const PlanSummary &summary, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const Status written = writePlanWorkbook(plan, summary, path);
    const double elapsed = elapsedMs(timer);
    if (!written) {
        std::fprintf(stderr, "bench_xlsx: %s\n", qPrintable(written.error().message()));
        std::exit(1);
    }
    return elapsed;
}

// Writing the CSV and converting it, with a profile of our own (made by an untimed first run).
double libreOfficeMs(const QString &program, const Decomposition &decomposition,
                     const QTemporaryDir &dir)
{
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    QFile::remove(dir.filePath(QStringLiteral("figures.xlsx")));
    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, decomposition);
    QProcess office;
    office.start(program, {QStringLiteral("-env:UserInstallation=") + profile,
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                           QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.path(), csv});
    if (!office.waitForFinished(300000) || office.exitCode() != 0 ||
        !QFile::exists(dir.filePath(QStringLiteral("figures.xlsx")))) {
        std::fprintf(stderr, "bench_xlsx: libreoffice failed: %s\n",
                     office.readAllStandardError().constData());
        std::exit(1);
    }
    return elapsedMs(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Plan plan = largeBenchPlan(members);
    QElapsedTimer timer;
    timer.start();
    const PlanSummary summary = summarizePlan(plan);
    const double summaryMs = elapsedMs(timer);
    if (!summary.decomposition) {
        std::fprintf(stderr, "bench_xlsx: the plan does not decompose\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString workbook = dir.filePath(QStringLiteral("plan.xlsx"));
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        std::printf("libreoffice: not installed, no comparison\n");
    else
        libreOfficeMs(office, *summary.decomposition, dir); // makes the profile

    const double cold = exportMs(plan, summary, workbook);
    std::vector<double> ours;
    std::vector<double> theirs;
    for (int i = 0; i < runs; ++i) {
        ours.push_back(exportMs(plan, summary, workbook));
        if (!office.isEmpty())
            theirs.push_back(libreOfficeMs(office, *summary.decomposition, dir));
    }
    std::printf("Workbook of a %d-member plan (%lld bytes): first %.0f ms, then median %.0f ms, "
                "worst %.0f ms over %d runs (budget < 500 ms); its summary took %.0f ms\n",
                members, static_cast<long long>(QFile(workbook).size()), cold, median(ours),
                maximum(ours), runs, summaryMs);
    if (!theirs.empty())
        std::printf("CSV of the same figures + libreoffice --headless --convert-to xlsx: median "
                    "%.0f ms, worst %.0f ms over %d runs; %.1f x the workbook's median\n",
                    median(theirs), maximum(theirs), runs, median(theirs) / median(ours));
    return 0;
}
