// A SalesPlan stand-in for the crash and lock tests in test_crash.cpp and test_lock.cpp.
//
//   store_crash_child edit FILE   commits edits in a loop, printing "committed N" after each
//                                 commit returns, until it is killed
//   store_crash_child hold FILE   opens the plan for editing, prints "opened" and waits
//
// Edit N sets the annual target to N, renames the member with the lowest id to "edit N",
// appends a history row of amount N, and on every third edit moves the first member to the end.
#include "store/planfile.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace salesplan;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: store_crash_child edit|hold FILE\n", stderr);
        return 2;
    }
    auto opened = PlanFile::open(args[2]);
    if (!opened) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    PlanFile &file = **opened;
    if (args[1] == u"hold") {
        say(QStringLiteral("opened"));
        for (;;)
            QThread::sleep(1);
    }

    Plan plan = file.plan();
    if (plan.team.members.isEmpty()) {
        std::fputs("the plan has no members\n", stderr);
        return 1;
    }
    for (qint64 n = plan.targets.annualTarget.minor + 1;; ++n) {
        plan.targets.annualTarget = Money::of(n, QStringLiteral("CNY"));
        auto tracked =
            std::min_element(plan.team.members.begin(), plan.team.members.end(),
                             [](const Member &a, const Member &b) { return a.id < b.id; });
        tracked->name = QStringLiteral("edit %1").arg(n);
        HistoryEntry entry;
        entry.id = plan.ids.take();
        entry.month = QDate(2026, 1, 1);
        entry.amount = Money::of(n, QStringLiteral("CNY"));
        plan.history.append(entry);
        if (n % 3 == 0)
            plan.team.members.move(0, plan.team.members.size() - 1);
        const Status status = file.commit(plan);
        if (!status) {
            std::fprintf(stderr, "commit %lld failed: %s\n", qlonglong(n),
                         qPrintable(status.error().message()));
            return 1;
        }
        say(QStringLiteral("committed %1").arg(n));
    }
}
