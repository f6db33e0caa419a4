// The review log: writing a deviation's note, ticking last month's actions done and editing the
// log are each one undo step that the file keeps.
#include "review/reviewlogpanel.h"
#include "review/reviewnotedialog.h"
#include "reviewtestplans.h"
#include "sections/tableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace salesplan;
using namespace salesplan::ui;
using reviewtest::OpenPlan;

namespace {

QString firstRegion(const OpenPlan &open)
{
    return open.document->summary().decomposition->split(TargetSplit::Regions)->itemNames.at(0);
}

int deviationRow(const ReviewLogPanel &panel, const QString &name)
{
    const QTableWidget *table = panel.deviationsTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ReviewLogPanel::LineColumn)->text().endsWith(name))
            return row;
    }
    return -1;
}

QString noteOf(const ReviewLogPanel &panel, int row)
{
    return panel.deviationsTable()->item(row, ReviewLogPanel::NoteColumn)->text();
}

// Writes the note of `row` through the dialog as a person would: two whys, an action, an owner.
void writeNoteThroughDialog(ReviewLogPanel &panel, int row)
{
    bool filled = false;
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<ReviewNoteDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("why1"))
            ->setText(QStringLiteral("Two big deals slipped to June"));
        dialog->findChild<QLineEdit *>(QStringLiteral("why2"))
            ->setText(QStringLiteral("Procurement asked for a second quote"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("action"))
            ->setPlainText(QStringLiteral("Send the quote by 10 June"));
        dialog->findChild<QLineEdit *>(QStringLiteral("owner"))->setText(QStringLiteral("王伟"));
        filled = true;
        dialog->accept();
    });
    panel.writeNote(row);
    REQUIRE(filled);
}

} // namespace

TEST_CASE("A note written through the dialog is one undo step that clears 'needs a note'",
          "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    CHECK(panel.month() == 4);
    const int row = deviationRow(panel, firstRegion(open));
    REQUIRE(row >= 0);
    CHECK(noteOf(panel, row) == QStringLiteral("Needs a note"));
    const int steps = open.undoSteps();

    writeNoteThroughDialog(panel, row);
    CHECK(open.undoSteps() == steps + 1);
    CHECK(noteOf(panel, deviationRow(panel, firstRegion(open))) ==
          QStringLiteral("Noted: Two big deals slipped to June"));
    REQUIRE(open.plan().metrics.reviewLog.size() == 1);
    const ReviewEntry &entry = open.plan().metrics.reviewLog.first();
    CHECK(entry.cause == QStringLiteral("Two big deals slipped to June\nProcurement asked for a "
                                        "second quote"));
    CHECK(entry.subject == ReviewSubject::Region);
    CHECK(entry.name == firstRegion(open));
    CHECK(entry.month == QDate(2027, 5, 1));
    CHECK(entry.due == QDate(2027, 6, 30)); // the end of the next month unless set
    CHECK(open.reopened().metrics.reviewLog == open.plan().metrics.reviewLog);

    open.document->undoStack()->undo();
    CHECK(open.plan().metrics.reviewLog.isEmpty());
    CHECK(noteOf(panel, deviationRow(panel, firstRegion(open))) == QStringLiteral("Needs a note"));
    open.document->undoStack()->redo();
    CHECK(noteOf(panel, deviationRow(panel, firstRegion(open))).startsWith(u"Noted"));
    CHECK(open.reopened().metrics.reviewLog.size() == 1);
}

TEST_CASE("The dialog opens on the note already written and updates it in place", "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    const int row = deviationRow(panel, firstRegion(open));
    writeNoteThroughDialog(panel, row);
    QString shownWhy;
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<ReviewNoteDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        shownWhy = dialog->findChild<QLineEdit *>(QStringLiteral("why2"))->text();
        dialog->findChild<QCheckBox *>(QStringLiteral("done"))->setChecked(true);
        dialog->accept();
    });
    panel.writeNote(row);
    CHECK(shownWhy == QStringLiteral("Procurement asked for a second quote"));
    REQUIRE(open.plan().metrics.reviewLog.size() == 1);
    CHECK(open.plan().metrics.reviewLog.first().done);
}

TEST_CASE(
    "Last month's open action shows in the next month's review, and ticking it done is undoable",
    "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    writeNoteThroughDialog(panel, deviationRow(panel, firstRegion(open)));
    // May's own note is no earlier action.
    REQUIRE(panel.actionsTable()->rowCount() == 1);
    CHECK(panel.actionsTable()->item(0, 0)->text() ==
          QStringLiteral("No action from earlier months is open."));

    panel.setMonth(5); // June
    QTableWidget *actions = panel.actionsTable();
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, ReviewLogPanel::ActionColumn)->text() ==
          QStringLiteral("Send the quote by 10 June"));
    CHECK(actions->item(0, ReviewLogPanel::OwnerColumn)->text() == QStringLiteral("王伟"));
    // Due on 30 June and not done at June's review: overdue, in words.
    CHECK(actions->item(0, ReviewLogPanel::StateColumn)->text() == QStringLiteral("Overdue"));

    const int steps = open.undoSteps();
    actions->item(0, ReviewLogPanel::DoneColumn)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents(); // the edit follows the click
    CHECK(open.undoSteps() == steps + 1);
    CHECK(open.plan().metrics.reviewLog.first().done);
    CHECK(open.reopened().metrics.reviewLog.first().done);
    REQUIRE(actions->rowCount() == 1); // still listed, now done
    CHECK(actions->item(0, ReviewLogPanel::StateColumn)->text() == QStringLiteral("Done"));

    open.document->undoStack()->undo();
    CHECK(!open.plan().metrics.reviewLog.first().done);
    CHECK(actions->item(0, ReviewLogPanel::DoneColumn)->checkState() == Qt::Unchecked);

    // Done in June, due in June: July's review no longer lists it.
    open.document->undoStack()->redo();
    panel.setMonth(6);
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, 0)->text() == QStringLiteral("No action from earlier months is open."));
}

TEST_CASE("A note dialog cancelled changes nothing, its owner completes from the team",
          "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    const int steps = open.undoSteps();
    QStringList completions;
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<ReviewNoteDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *owner = dialog->findChild<QLineEdit *>(QStringLiteral("owner"));
        QAbstractItemModel *model = owner->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            completions.append(model->index(row, 0).data().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("why1"))->setText(QStringLiteral("x"));
        dialog->reject();
    });
    panel.writeNote(deviationRow(panel, firstRegion(open)));
    CHECK(open.undoSteps() == steps);
    CHECK(open.plan().metrics.reviewLog.isEmpty());
    CHECK(completions.contains(open.plan().team.members.first().name));
}

TEST_CASE("The whole log is a table: a row removed is one undo step", "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    writeNoteThroughDialog(panel, deviationRow(panel, firstRegion(open)));
    QTableView *log = panel.logEditor()->view();
    REQUIRE(log->model()->rowCount() == 1);
    const int steps = open.undoSteps();
    log->setCurrentIndex(log->model()->index(0, 0));
    panel.logEditor()->removeCurrentRow();
    CHECK(open.plan().metrics.reviewLog.isEmpty());
    CHECK(open.undoSteps() == steps + 1);
    CHECK(noteOf(panel, deviationRow(panel, firstRegion(open))) == QStringLiteral("Needs a note"));
    open.document->undoStack()->undo();
    CHECK(log->model()->rowCount() == 1);
}

TEST_CASE("The panel says which deviation asks for a note and where to change it", "[review][log]")
{
    OpenPlan open(reviewtest::sampleWithActuals());
    ReviewLogPanel panel(open.document.get());
    const auto *threshold = panel.findChild<QLabel *>(QStringLiteral("reviewlog.threshold"));
    REQUIRE(threshold);
    CHECK(threshold->text().contains(QStringLiteral("10%")));
    CHECK(threshold->text().contains(QStringLiteral("Metrics ▸ Review")));
}
