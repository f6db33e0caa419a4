// Benchmark of the monthly review on a plan in execution: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_review
// A plan of 500 members over 9 regions and 4 product lines with 60,000 history rows: ten years
// of monthly bookings before the plan year and every member's actuals for each month of it, and
// the KPIs' monthly actuals. Measured, in interleaved rounds:
//   (a) opening the .salesplan file, summarizePlan and reviewPlan of every month (attainment,
//       forecast and lights of every line), against opening the same plan without its history;
//   (b) a typed actual: PlanDocument::edit changing one history amount, then the refresh a view
//       makes (the summary and the review of the current month).
#include "benchsupport.h"
#include "document/plandocument.h"
#include "store/planfile.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

constexpr int planYear = 2027;
constexpr int historyYears = 10;
constexpr int historyRowsPerMonth = 450; // 120 months × 450 + 12 × 500 = 60,000 rows

HistoryEntry booking(Plan &plan, const QDate &month, const Member &member, int product,
                     qint64 minor)
{
    HistoryEntry entry;
    entry.id = plan.ids.take();
    entry.month = month;
    entry.region = member.region;
    entry.product = QStringLiteral("Product %1").arg(product);
    entry.member = member.name;
    entry.amount = Money{minor, QStringLiteral("CNY")};
    return entry;
}

// The large plan of the UI benchmarks in execution: its history replaced by ten years of
// bookings and the plan year's actuals of every member, and an actual for each KPI and month.
Plan reviewBenchPlan()
{
    Plan plan = largeBenchPlan(500);
    plan.info.period = Period{planYear, 1};
    plan.history.clear();
    const QList<Member> &members = plan.team.members;
    for (int m = 0; m < historyYears * Period::monthCount; ++m) {
        const QDate month = QDate(planYear - historyYears, 1, 1).addMonths(m);
        for (int i = 0; i < historyRowsPerMonth; ++i) {
            const int who = (m * 7 + i) % int(members.size());
            plan.history.append(booking(plan, month, members.at(who), i % 4, 3'000'000 + i * 41));
        }
    }
    for (int m = 0; m < Period::monthCount; ++m) {
        for (qsizetype i = 0; i < members.size(); ++i)
            plan.history.append(booking(plan, QDate(planYear, m + 1, 1), members.at(i), int(i % 4),
                                        1'800'000 + (i * 53 + m * 97) % 900'000));
    }
    for (const Kpi &kpi : plan.metrics.kpis) {
        for (int m = 0; m < Period::monthCount; ++m)
            plan.kpiActuals.append(
                {plan.ids.take(), int(kpi.id), QDate(planYear, m + 1, 1), 40.0 + m});
    }
    return plan;
}

void create(const QString &path, const Plan &plan)
{
    if (!PlanFile::create(path, plan)) {
        std::fprintf(stderr, "bench_review: cannot create %s\n", qPrintable(path));
        std::exit(1);
    }
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The processor time the program has used, in ms: a figure the other programs of a busy machine
// do not inflate as they do the time on the clock.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Times of one step: on the clock and of the processor.
struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;

    template <typename Step> void measure(Step step)
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        step();
        cpu.push_back(cpuMs() - cpuStart);
        wall.push_back(elapsedMs(timer));
    }
    void print(const char *what, double budget) const
    {
        std::printf("%s: median %.1f ms (processor %.1f ms), worst %.1f ms (budget %.0f ms)\n",
                    what, median(wall), median(cpu), maximum(wall), budget);
    }
};

// Opens the file and computes what the review shows for every month; the lines reviewed.
qsizetype openAndReviewAll(const QString &path)
{
    auto file = PlanFile::open(path);
    if (!file) {
        std::fprintf(stderr, "bench_review: cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    const Plan &plan = (*file)->plan();
    const PlanSummary summary = summarizePlan(plan);
    qsizetype lines = 0;
    for (int m = 0; m < Period::monthCount; ++m) {
        const Result<PlanReview> review = reviewPlan(plan, summary, m);
        if (!review) {
            std::fprintf(stderr, "bench_review: %s\n", qPrintable(review.error().message()));
            std::exit(1);
        }
        for (const ReviewLine &line : review->lines)
            lines += review->lightOf(line.attainment.yearToDate) != Light::NoData;
    }
    return lines;
}

// Types one actual into the open document and refreshes what a view of the review shows.
void typeActual(PlanDocument &document, qsizetype row, qint64 minor)
{
    document.edit(QStringLiteral("Edit actual"), [&](Plan &plan) {
        plan.history[row].amount = Money{minor, QStringLiteral("CNY")};
    });
    const PlanSummary &summary = document.summary();
    if (!reviewPlan(document.plan(), summary, 4))
        std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.salesplan"));
    const QString floorPath = dir.filePath(QStringLiteral("nohistory.salesplan"));
    Plan plan = reviewBenchPlan();
    const qsizetype rows = plan.history.size();
    create(path, plan);
    plan.history.clear();
    plan.kpiActuals.clear();
    create(floorPath, plan);

    Samples opens;
    Samples floors;
    qsizetype lines = 0;
    for (int round = 0; round < 11; ++round) {
        opens.measure([&] { lines = openAndReviewAll(path); });
        floors.measure([&] { openAndReviewAll(floorPath); });
    }
    std::printf("%lld history rows, %lld lines lit over the 12 months\n", qlonglong(rows),
                qlonglong(lines));
    opens.print("open + summary + review of all 12 months", 150);
    floors.print("  floor, the same plan without history or KPI actuals", 150);

    auto file = PlanFile::open(path);
    if (!file)
        return 1;
    PlanDocument document(std::move(file.value()));
    const qsizetype row = document.plan().history.size() - 1;
    Samples typed;
    Samples renamed;
    for (int round = 0; round < 21; ++round) {
        typed.measure([&] { typeActual(document, row, 2'000'000 + round * 100); });
        // The floor: an edit of the plan's name, committed and summarized the same way.
        renamed.measure([&] {
            document.edit(QStringLiteral("Rename"), [&](Plan &edited) {
                edited.info.name = QStringLiteral("Benchmark plan %1").arg(round);
            });
            (void)document.summary();
        });
    }
    typed.print("a typed actual (edit + commit + summary + review of May)", 30);
    renamed.print("  floor, the plan's name typed (edit + commit + summary)", 30);
    return 0;
}
