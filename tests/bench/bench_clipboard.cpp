// Benchmark of copy and paste with spreadsheets: prints figures, asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/rel/tests/bench/bench_clipboard
// On the large plan (10,000 history rows): copying the whole history table (TSV and HTML on the
// clipboard), pasting those 10,000 rows back at the end of the table as one undo step, and
// undoing that paste.
#include "benchsupport.h"
#include "document/plandocument.h"
#include "sections/cells/tableclipboard.h"
#include "sections/tableeditor.h"
#include "sections/targetseditor.h"
#include "store/planfile.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.salesplan"));
    createLargePlanFile(path);
    auto file = PlanFile::open(path);
    if (!file)
        return 1;
    PlanDocument document(std::move(file.value()));
    TargetsEditor editor(&document);
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("targets.historyEditor"));
    TableClipboard *clipboard = table ? TableClipboard::of(table->view()) : nullptr;
    if (!clipboard)
        return 1;
    const qsizetype rows = document.plan().history.size();

    QElapsedTimer timer;
    timer.start();
    table->view()->selectAll();
    clipboard->copy();
    const double copyMs = elapsedMs(timer);
    const QString text = QGuiApplication::clipboard()->text();

    table->view()->setCurrentIndex({});
    table->view()->clearSelection();
    timer.restart();
    const qsizetype problems = clipboard->pasteText(text).size();
    QApplication::processEvents();
    const double pasteMs = elapsedMs(timer);
    const qsizetype pasted = document.plan().history.size() - rows;

    timer.restart();
    document.undoStack()->undo();
    QApplication::processEvents();
    const double undoMs = elapsedMs(timer);

    std::printf("copy %lld history rows (%.1f MB of TSV): %.0f ms\n", qlonglong(rows),
                double(text.toUtf8().size()) / 1e6, copyMs);
    std::printf("paste them back as one undo step: %lld rows added, %lld cells refused, %.0f ms\n",
                qlonglong(pasted), qlonglong(problems), pasteMs);
    std::printf("undo that paste: %.0f ms\n", undoMs);
    return pasted == rows && problems == 0 ? 0 : 1;
}
