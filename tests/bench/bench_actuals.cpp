// Benchmark of the Review page's Actuals tab: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_actuals [ROWS]
// On the large plan (500 members, 10,000 rows of earlier years) with ROWS (100,000 unless given)
// imported rows of the plan year's first five months: making the page, typing one month of a
// region (one undo step, written to the file, every view refreshed) and undoing it, nine times
// each (median and worst), and pasting a 3 × 5 block.
#include "../scratchsettings.h"
#include "benchsupport.h"
#include "document/plandocument.h"
#include "review/actualsgridmodel.h"
#include "review/actualspanel.h"
#include "review/reviewpage.h"
#include "sections/cells/tableclipboard.h"
#include "store/planfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

constexpr int defaultPlanYearRows = 100'000;
constexpr int rounds = 9;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The large plan with `planYearRows` bookings of January to May, by region, product and member.
Plan planWithActuals(int planYearRows)
{
    Plan plan = largeBenchPlan();
    for (int i = 0; i < planYearRows; ++i) {
        const Member &member = plan.team.members.at(i % plan.team.members.size());
        plan.history.append(HistoryEntry{plan.ids.take(), QDate(2027, 1 + i % 5, 1), member.region,
                                         QStringLiteral("Product %1").arg(i % 4), member.name,
                                         Money{100'000 + i, QStringLiteral("CNY")}});
    }
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const ScratchSettings settings; // what the page remembers stays out of the user's settings
    const int planYearRows = argc > 1 ? std::max(1, std::atoi(argv[1])) : defaultPlanYearRows;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actuals.salesplan"));
    if (!PlanFile::create(path, planWithActuals(planYearRows)))
        return 1;
    auto file = PlanFile::open(path);
    if (!file)
        return 1;
    PlanDocument document(std::move(file.value()));

    QElapsedTimer timer;
    timer.start();
    auto page = std::make_unique<ReviewPage>(&document);
    page->resize(1070, 760);
    page->show();
    QApplication::processEvents();
    const double openMs = elapsedMs(timer);

    ActualsGridModel *model = page->actualsPanel()->gridModel();
    const QModelIndex june = model->index(0, ActualsGridModel::FirstMonthColumn + 5);
    QList<double> typeMs;
    QList<double> undoMs;
    bool typed = true;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        typed = model->setData(june, QStringLiteral("%1万").arg(50 + round), Qt::EditRole) && typed;
        QApplication::processEvents();
        typeMs.append(elapsedMs(timer));
        timer.restart();
        document.undoStack()->undo();
        QApplication::processEvents();
        undoMs.append(elapsedMs(timer));
    }
    std::sort(typeMs.begin(), typeMs.end());
    std::sort(undoMs.begin(), undoMs.end());

    QTableView *view = page->actualsPanel()->grid();
    view->setCurrentIndex(june);
    timer.restart();
    const QList<PasteProblem> problems = TableClipboard::of(view)->pasteText(
        QStringLiteral("1\t2\t3\t4\t5\n6\t7\t8\t9\t10\n11\t12\t13\t14\t15\n"));
    QApplication::processEvents();
    const double pasteMs = elapsedMs(timer);

    std::printf("Actuals tab over %d plan-year rows (and %lld in all)\n", planYearRows,
                static_cast<long long>(document.plan().history.size()));
    std::printf("  page made and shown:        %8.1f ms\n", openMs);
    std::printf("  one month typed and saved:  median %8.1f ms, worst %8.1f ms%s\n",
                typeMs.at(rounds / 2), typeMs.last(), typed ? "" : " (refused)");
    std::printf("  undone:                     median %8.1f ms, worst %8.1f ms\n",
                undoMs.at(rounds / 2), undoMs.last());
    std::printf("  3 x 5 block pasted:         %8.1f ms (%lld cells refused)\n", pasteMs,
                static_cast<long long>(problems.size()));
    return 0;
}
