// A SalesPlan stand-in for the crash and lock tests in test_crash.cpp and test_lock.cpp.
//
//   store_crash_child edit FILE          commits edits in a loop, printing "committed N" after
//                                        each commit returns, until it is killed
//   store_crash_child tables FILE SEED   commits table edits in a loop: rows added, removed and
//                                        moved in several tables at once
//   store_crash_child undo FILE SEED     edits, undoes and redoes through PlanDocument and its
//                                        QUndoStack, as the window does
//   store_crash_child saveas FILE COPY   saves a copy of FILE to COPY in a loop, printing
//                                        "saving N" before and "saved N" after each
//   store_crash_child hold FILE          opens the plan for editing, prints "opened" and waits
//
// Edit N sets the annual target to N, renames the member with the lowest id to "edit N",
// appends a history row of amount N, and on every third edit moves the first member to the end.
// In the tables and undo modes, each write N is announced by "writing N DIGEST" (DIGEST is
// planDigest() of the plan it writes) before it starts and "committed N" once it has returned.
#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "store/planfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace salesplan;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

// The same digest as test_crash.cpp's: of the plan's JSON, which holds every field and row.
QString planDigest(const Plan &plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(planToJson(plan), QCryptographicHash::Sha256).toHex());
}

int editLoop(PlanFile &file)
{
    Plan plan = file.plan();
    if (plan.team.members.isEmpty())
        return fail(QStringLiteral("the plan has no members"));
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
        if (!status)
            return fail(
                QStringLiteral("commit %1 failed: %2").arg(n).arg(status.error().message()));
        say(QStringLiteral("committed %1").arg(n));
    }
}

// Adds a row made by `make`, removes one or moves one, keeping between 2 and 12 rows.
template <typename Row, typename Make>
void changeRows(QList<Row> &rows, Plan &plan, QRandomGenerator &random, Make make)
{
    int action = int(random.bounded(3));
    if (rows.size() < 2)
        action = 0;
    else if (rows.size() >= 12)
        action = 1;
    if (action == 0) {
        Row row = make(plan.ids.take());
        rows.insert(random.bounded(int(rows.size()) + 1), row);
    } else if (action == 1) {
        rows.removeAt(random.bounded(int(rows.size())));
    } else {
        const int from = int(random.bounded(int(rows.size())));
        const int to = (from + 1 + int(random.bounded(int(rows.size()) - 1))) % int(rows.size());
        rows.move(from, to);
    }
}

// One change to one of the plan's tables, chosen at random; `n` tells the new rows apart.
void changeOneTable(Plan &plan, QRandomGenerator &random, qint64 n)
{
    const QString name = QStringLiteral("row %1").arg(n);
    switch (random.bounded(7)) {
    case 0:
        return changeRows(plan.team.members, plan, random, [&](RowId id) {
            return Member{id,
                          name,
                          QStringLiteral("Account executive"),
                          QStringLiteral("East"),
                          1.5,
                          QDate(2027, 3, 1),
                          2,
                          {}};
        });
    case 1:
        return changeRows(plan.targets.regions, plan, random, [&](RowId id) {
            return WeightedItem{id, name, 2.0, {}};
        });
    case 2:
        return changeRows(plan.targets.products, plan, random, [&](RowId id) {
            return WeightedItem{id, name, 0.5, {}};
        });
    case 3:
        return changeRows(plan.history, plan, random, [&](RowId id) {
            return HistoryEntry{id,   QDate(2025, 1 + int(n % 12), 1),
                                name, QStringLiteral("Product"),
                                name, Money::of(n, QStringLiteral("CNY"))};
        });
    case 4:
        return changeRows(plan.metrics.kpis, plan, random, [&](RowId id) {
            Kpi kpi;
            kpi.id = id;
            kpi.name = name;
            kpi.target = double(n);
            return kpi;
        });
    case 5:
        return changeRows(plan.metrics.risks, plan, random, [&](RowId id) {
            Risk risk;
            risk.id = id;
            risk.description = name;
            return risk;
        });
    default:
        return changeRows(plan.mission.competitors, plan, random, [&](RowId id) {
            Competitor competitor;
            competitor.id = id;
            competitor.name = name;
            return competitor;
        });
    }
}

// Write `n`: changes to one to three tables, and the annual target, in one commit.
Plan changedTables(Plan plan, QRandomGenerator &random, qint64 n)
{
    const int tables = 1 + int(random.bounded(3));
    for (int i = 0; i < tables; ++i)
        changeOneTable(plan, random, n);
    plan.targets.annualTarget = Money::of(n, QStringLiteral("CNY"));
    return plan;
}

int tablesLoop(PlanFile &file, QRandomGenerator &random)
{
    for (qint64 n = 1;; ++n) {
        const Plan changed = changedTables(file.plan(), random, n);
        say(QStringLiteral("writing %1 %2").arg(n).arg(planDigest(changed)));
        const Status status = file.commit(changed);
        if (!status)
            return fail(
                QStringLiteral("commit %1 failed: %2").arg(n).arg(status.error().message()));
        say(QStringLiteral("committed %1").arg(n));
    }
}

// Edits, undoes and redoes at random through the window's own PlanDocument: an undo writes the
// plan before the edit, a redo the plan after it. `states` mirrors the undo stack: the plan
// after each of its commands, the opened plan first.
int undoLoop(std::unique_ptr<PlanFile> file, QRandomGenerator &random)
{
    ui::PlanDocument document(std::move(file));
    QUndoStack *stack = document.undoStack();
    QList<Plan> states{document.plan()};
    for (qint64 n = 1;; ++n) {
        // Half the time a redo when there is one, else an undo one time in three.
        const bool redo = stack->canRedo() && random.bounded(2) == 0;
        const bool undo = !redo && stack->canUndo() && random.bounded(3) == 0;
        const int index = stack->index() + (undo ? -1 : 1);
        const Plan wanted =
            undo || redo ? states.at(index) : changedTables(document.plan(), random, n);
        const char *kind = undo ? "undo" : redo ? "redo" : "edit";
        say(QStringLiteral("writing %1 %2 %3").arg(n).arg(planDigest(wanted), QLatin1String(kind)));
        if (undo) {
            stack->undo();
        } else if (redo) {
            stack->redo();
        } else {
            states.resize(index); // the edit drops what could be redone
            states.append(wanted);
            document.edit(QStringLiteral("edit %1").arg(n), [&](Plan &plan) { plan = wanted; });
        }
        if (document.plan() != wanted || stack->index() != index)
            return fail(
                QStringLiteral("%1 %2 did not write the plan").arg(QLatin1String(kind)).arg(n));
        say(QStringLiteral("committed %1").arg(n));
    }
}

int saveAsLoop(PlanFile &file, const QString &copy)
{
    for (qint64 n = 1;; ++n) {
        say(QStringLiteral("saving %1").arg(n));
        const Status status = file.saveCopyAs(copy);
        if (!status)
            return fail(QStringLiteral("save %1 failed: %2").arg(n).arg(status.error().message()));
        say(QStringLiteral("saved %1").arg(n));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const bool withArgument = mode == u"tables" || mode == u"undo" || mode == u"saveas";
    if (args.size() != (withArgument ? 4 : 3)) {
        std::fputs("usage: store_crash_child edit|hold FILE | tables|undo FILE SEED | saveas "
                   "FILE COPY\n",
                   stderr);
        return 2;
    }
    auto opened = PlanFile::open(args[2]);
    if (!opened)
        return fail(QStringLiteral("refused: %1").arg(opened.error().message()));
    if (mode == u"hold") {
        say(QStringLiteral("opened"));
        for (;;)
            QThread::sleep(1);
    }
    if (mode == u"saveas")
        return saveAsLoop(**opened, args[3]);
    QRandomGenerator random(args.value(3).toUInt());
    if (mode == u"tables")
        return tablesLoop(**opened, random);
    if (mode == u"undo")
        return undoLoop(std::move(opened.value()), random);
    return editLoop(**opened);
}
