// Benchmark of the main window on a large plan: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_ui
// A plan of 500 members and 10,000 history rows; the time to switch to each section, and the
// time from a keystroke in the annual target to every derived figure refreshed (the edit is
// committed to the file, the overview, tables and findings recomputed).
#include "../scratchsettings.h"
#include "benchsupport.h"
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

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const ScratchSettings settings; // the plan opened joins no one's recent plans
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.salesplan"));
    createLargePlanFile(path);
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
    // Type before the cents, "120000000.00" -> "1200000005.00" and back, then Enter: each is an
    // edit of the target (a digit after the cents would be refused, its removal would change
    // nothing). Enter writes the text out again, so the cursor goes back before the cents.
    std::vector<double> keystrokes;
    for (int key = 0; key < 20; ++key) {
        target->setCursorPosition(int(target->text().indexOf(u'.')));
        const Money before = window.document()->plan().targets.annualTarget;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(target, key % 2 == 0 ? Qt::Key_5 : Qt::Key_Backspace);
        QTest::keyClick(target, Qt::Key_Return); // the field writes what is finished
        QApplication::processEvents();
        keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (window.document()->plan().targets.annualTarget == before) {
            std::fprintf(stderr, "bench_ui: a keystroke did not change the target\n");
            return 1;
        }
    }
    std::printf("keystroke in the target, all figures refreshed: median %.1f ms, worst %.1f ms "
                "(budget 100 ms)\n",
                median(keystrokes), maximum(keystrokes));
    return 0;
}
