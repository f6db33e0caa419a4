// Benchmark of the main window on a large plan: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_ui
// A plan of 500 members and 10,000 history rows; the time to switch to each section, and the
// time from a keystroke in the annual target to every derived figure refreshed (the edit is
// committed to the file, the overview, tables and findings recomputed).
#include "document/plandocument.h"
#include "mainwindow.h"
#include "store/planfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

Plan largePlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("Benchmark plan");
    plan.mission.mission = QStringLiteral("Benchmark");
    plan.targets.annualTarget = Money{12'000'000'000, QStringLiteral("CNY")};
    plan.targets.funnel.averageDealSize = Money{8'000'000, QStringLiteral("CNY")};
    for (int i = 0; i < 9; ++i)
        plan.targets.regions.append({plan.ids.take(), QStringLiteral("Region %1").arg(i), 1.0 + i});
    for (int i = 0; i < 500; ++i) {
        Member member;
        member.id = plan.ids.take();
        member.name = QStringLiteral("销售代表 %1").arg(i);
        member.region = QStringLiteral("Region %1").arg(i % 9);
        member.quotaShare = 1.0 + (i % 4) * 0.25;
        plan.team.members.append(member);
    }
    for (int i = 0; i < 10'000; ++i) {
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2024 + (i / 12) % 3, 1 + i % 12, 1);
        entry.region = QStringLiteral("Region %1").arg(i % 9);
        entry.amount = Money{1'000'000 + i * 37, QStringLiteral("CNY")};
        plan.history.append(entry);
    }
    return plan;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double maximum(const std::vector<double> &samples)
{
    return *std::max_element(samples.begin(), samples.end());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.salesplan"));
    if (!PlanFile::create(path, largePlan())) {
        std::fprintf(stderr, "bench_ui: cannot create the plan\n");
        return 1;
    }
    MainWindow window;
    window.show();
    if (!window.openFile(path))
        return 1;
    QApplication::processEvents();

    std::vector<double> switches;
    std::vector<std::vector<double>> bySection(sectionCount);
    for (int round = 0; round < 5; ++round) {
        for (int s = 0; s < sectionCount; ++s) {
            QElapsedTimer timer;
            timer.start();
            window.showSection(Section(s));
            QApplication::processEvents();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            switches.push_back(ms);
            bySection[size_t(s)].push_back(ms);
        }
    }
    std::printf("switch section (500 members): median %.1f ms, worst %.1f ms (budget 100 ms)\n",
                median(switches), maximum(switches));
    for (int s = 0; s < sectionCount; ++s)
        std::printf("  to section %d: median %.1f ms\n", s + 1, median(bySection[size_t(s)]));

    window.showSection(Section::Targets);
    auto *target = window.findChild<QLineEdit *>(QStringLiteral("targets.annualTarget"));
    if (!target) {
        std::fprintf(stderr, "bench_ui: no target field\n");
        return 1;
    }
    target->setFocus();
    target->end(false);
    std::vector<double> keystrokes;
    for (int key = 0; key < 20; ++key) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(target, key % 2 == 0 ? Qt::Key_0 : Qt::Key_Backspace);
        QApplication::processEvents();
        keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("keystroke in the target, all figures refreshed: median %.1f ms, worst %.1f ms "
                "(budget 100 ms)\n",
                median(keystrokes), maximum(keystrokes));
    return 0;
}
