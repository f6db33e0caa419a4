// Copy and paste between the plan's tables and spreadsheets (Excel, WPS): what lands on the
// clipboard, what a block copied from a sheet becomes in the plan, and that a paste is one undo.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "mainwindow.h"
#include "sections/cells/spreadsheettext.h"
#include "sections/cells/tableclipboard.h"
#include "sections/metricseditor.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/targetsdecompositionmodel.h"
#include "sections/targetseditor.h"
#include "sections/teameditor.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

std::unique_ptr<PlanDocument> newDocument(const QTemporaryDir &dir, const Plan &plan)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// Puts `tsv` on the clipboard as Excel does: the text, and an HTML table beside it.
void putOnClipboard(const QString &tsv)
{
    auto *data = new QMimeData;
    data->setText(tsv);
    data->setHtml(QStringLiteral("<table><tr><td>ignored: the text is read</td></tr></table>"));
    QGuiApplication::clipboard()->setMimeData(data);
}

// Closes the next message box as soon as it shows, keeping its list of skipped cells.
void readNextMessageBox(QString *details)
{
    QTimer::singleShot(0, [details] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *details = box->informativeText();
            box->button(QMessageBox::Ok)->click();
        }
    });
}

TableClipboard *clipboardOf(TableEditor *table)
{
    REQUIRE(table);
    TableClipboard *clipboard = TableClipboard::of(table->view());
    REQUIRE(clipboard);
    return clipboard;
}

const Member *memberNamed(const Plan &plan, const QString &name)
{
    for (const Member &member : plan.team.members) {
        if (member.name == name)
            return &member;
    }
    return nullptr;
}

QDate planMonth(const Plan &plan, int month)
{
    return QDate(plan.info.period.year, month, 1);
}

} // namespace

TEST_CASE("Spreadsheet text: quoted cells keep tabs and line breaks, CRLF and the last empty "
          "line are read as Excel writes them",
          "[clipboard]")
{
    const QList<QStringList> cells = cellsFromTsv(
        QStringLiteral("名称\t\"a\tb\"\t\"two\r\nlines\"\r\n\"say \"\"hi\"\"\"\t\t5千万\r\n\r\n"));
    REQUIRE(cells.size() == 2);
    CHECK(cells.at(0) == QStringList{QStringLiteral("名称"), QStringLiteral("a\tb"),
                                     QStringLiteral("two\r\nlines")});
    CHECK(cells.at(1) ==
          QStringList{QStringLiteral("say \"hi\""), QString(), QStringLiteral("5千万")});
    // What we write reads back the same.
    CellBlock block;
    block.rows = cells;
    CHECK(cellsFromTsv(tsvFromBlock(block)) == cells);
    CHECK(cellsFromTsv(QStringLiteral("\"6\" screen\tx")).first().first() ==
          QStringLiteral("\"6\" screen"));
}

TEST_CASE("Pasting an Excel block into the members table adds the rows, reads amounts and dates "
          "as typed, skips the header and the bad cells, and is one undo step",
          "[clipboard]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    const Plan before = document->plan();
    TeamEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    const QString year = QString::number(before.info.period.year);
    // The header in Chinese, its columns in another order than the table's.
    putOnClipboard(QStringLiteral("姓名\t固定指标\t区域\tStart date\r\n"
                                  "张伟\t5千万\t华东\t%1-03-01\r\n"
                                  "李娜\t1,200,000.50\t\"East\tand South\"\t\r\n"
                                  "王芳\tabc\t华南\t%1年4月\r\n\r\n")
                       .arg(year));
    const int steps = document->undoStack()->count();
    QString details;
    readNextMessageBox(&details);
    clipboardOf(table)->paste();

    const Plan &plan = document->plan();
    REQUIRE(plan.team.members.size() == before.team.members.size() + 3);
    const Member *zhang = memberNamed(plan, QStringLiteral("张伟"));
    REQUIRE(zhang);
    CHECK(zhang->quotaAmount.toPlainString() == QStringLiteral("50000000.00"));
    CHECK(zhang->region == QStringLiteral("华东"));
    CHECK(zhang->startDate == planMonth(plan, 3));
    const Member *li = memberNamed(plan, QStringLiteral("李娜"));
    REQUIRE(li);
    CHECK(li->quotaAmount.toPlainString() == QStringLiteral("1200000.50"));
    CHECK(li->region == QStringLiteral("East\tand South"));
    const Member *wang = memberNamed(plan, QStringLiteral("王芳"));
    REQUIRE(wang); // the rest of the row is pasted
    CHECK(wang->quotaAmount.isZero());
    CHECK(wang->region == QStringLiteral("华南"));
    CHECK(wang->startDate == planMonth(plan, 4));
    CHECK(details == QStringLiteral("Row 3, Fixed quota: \"abc\" is not an amount"));

    CHECK(document->undoStack()->count() == steps + 1);
    document->undoStack()->undo();
    CHECK(document->plan().team.members == before.team.members);
}

TEST_CASE("Ctrl+V in the regions table overwrites from the current row and adds rows past the "
          "end",
          "[clipboard]")
{
    QTemporaryDir dir;
    Plan start = makeDefaultPlan();
    start.targets.regions = {
        WeightedItem{1, QStringLiteral("华东"), 1.0, Money{0, QStringLiteral("CNY")}},
        WeightedItem{2, QStringLiteral("华南"), 1.0, Money{0, QStringLiteral("CNY")}}};
    start.ids = RowIdSource(3);
    start.targets.annualTarget = Money{10'000'000'000, QStringLiteral("CNY")};
    auto document = newDocument(dir, start);
    TargetsEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("targets.regionsEditor"));
    REQUIRE(table);
    QTableView *view = table->view();
    view->setCurrentIndex(table->model()->index(1, table->model()->columnOf(u"name")));
    putOnClipboard(QStringLiteral("西南\t２\t３千万\n华北\t1.5\t\n"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    const QList<WeightedItem> &regions = document->plan().targets.regions;
    REQUIRE(regions.size() == 3);
    CHECK(regions.at(0).name == QStringLiteral("华东")); // above the current row: untouched
    CHECK(regions.at(1).name == QStringLiteral("西南"));
    CHECK(regions.at(1).weight == Approx(2.0));
    CHECK(regions.at(1).quotaAmount.toPlainString() == QStringLiteral("30000000.00"));
    CHECK(regions.at(2).name == QStringLiteral("华北"));
    CHECK(regions.at(2).weight == Approx(1.5));
    CHECK(regions.at(2).id != regions.at(1).id);

    // The annual targets worked out for them are copied as plain amounts.
    const int annual = table->model()->columnOf(u"annualTarget");
    view->selectionModel()->select(table->model()->index(1, annual),
                                   QItemSelectionModel::ClearAndSelect);
    clipboardOf(table)->copy();
    const QString copied = QGuiApplication::clipboard()->text();
    // ¥1亿 split by the weights 1 : 2 : 1.5, not "¥4,444.44万" as the cell shows it.
    CHECK(copied.startsWith(QStringLiteral("44444444.4")));
    CHECK(copied.size() == QStringLiteral("44444444.44").size());
}

TEST_CASE("History pasted with a Chinese header lands in month order, a bad month is listed",
          "[clipboard]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    TargetsEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("targets.historyEditor"));
    REQUIRE(table);
    putOnClipboard(QStringLiteral("月份\t区域\t产品线\t成员\t金额\r\n"
                                  "2025-04\t华东\t软件\t张伟\t12.5万\r\n"
                                  "2025-03\t华南\t硬件\t李娜\t5千万\r\n"
                                  "2025-13\t华北\t软件\t王芳\t100\r\n"));
    QString details;
    readNextMessageBox(&details);
    clipboardOf(table)->paste();

    const QList<HistoryEntry> &history = document->plan().history;
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).month == QDate(2025, 4, 1));
    CHECK(history.at(0).amount.toPlainString() == QStringLiteral("125000.00"));
    CHECK(history.at(1).month == QDate(2025, 3, 1));
    CHECK(history.at(1).amount.toPlainString() == QStringLiteral("50000000.00"));
    CHECK(history.at(1).member == QStringLiteral("李娜"));
    CHECK(history.at(2).region == QStringLiteral("华北"));
    CHECK(details == QStringLiteral("Row 3, Month: \"2025-13\" is not a date"));
    // The table shows March before April.
    const QAbstractItemModel *shown = table->view()->model();
    const int month = table->model()->columnOf(u"month");
    CHECK(shown->index(0, month).data().toString() == QStringLiteral("2025-03"));
    CHECK(shown->index(1, month).data().toString() == QStringLiteral("2025-04"));
    // The table is on the History tab (the team plan's Units come after it).
    int historyTab = -1;
    for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
        if (editor.tabs()->widget(tab)->isAncestorOf(table))
            historyTab = tab;
    }
    CHECK(editor.tabs()->tabText(historyTab) == QStringLiteral("Histor&y"));
}

TEST_CASE("Percents pasted into the KPI table are read as typed: 12.5% and full-width ９５％",
          "[clipboard]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, makeDefaultPlan());
    REQUIRE_FALSE(document->plan().metrics.kpis.isEmpty());
    MetricsEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("metrics.kpisEditor"));
    TableClipboard *clipboard = clipboardOf(table);
    PlanTableModel *model = table->model();
    QTableView *view = table->view();

    view->setCurrentIndex(model->index(0, model->columnOf(u"yellowAt")));
    CHECK(clipboard->pasteText(QStringLiteral("12.5%")).isEmpty());
    view->setCurrentIndex(model->index(0, model->columnOf(u"greenAt")));
    CHECK(clipboard->pasteText(QStringLiteral("９５％")).isEmpty());
    const Kpi &kpi = document->plan().metrics.kpis.first();
    CHECK(kpi.yellowAt == Approx(0.125));
    CHECK(kpi.greenAt == Approx(0.95));

    const QList<PasteProblem> problems = clipboard->pasteText(QStringLiteral("lots"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message() ==
          QStringLiteral("Row 1, Green at: \"lots\" is not a number"));
    CHECK(document->plan().metrics.kpis.first().greenAt == Approx(0.95));
}

TEST_CASE("Copied members reach the clipboard as numbers a spreadsheet sums, with their header, "
          "Chinese intact, and paste back into an empty team",
          "[clipboard]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, uitest::sample("sample-zh_CN.json"));
    const QList<Member> members = document->plan().team.members;
    REQUIRE(members.size() >= 2);
    TeamEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    QTableView *view = table->view();
    view->selectRow(0);
    view->selectionModel()->select(table->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    clipboardOf(table)->copy();

    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QStringList lines = data->text().split(u'\n');
    REQUIRE(lines.size() == 3);
    const QStringList header = lines.at(0).split(u'\t');
    CHECK(header.first() == table->model()->headerData(0, Qt::Horizontal).toString());
    const QStringList first = lines.at(1).split(u'\t');
    const int quota = table->model()->columnOf(u"quotaShare");
    CHECK(first.first() == members.first().name);
    CHECK(first.at(quota) == QString::number(members.first().quotaShare));
    const int start = table->model()->columnOf(u"startDate");
    CHECK((first.at(start).isEmpty() ||
           first.at(start) == members.first().startDate.toString(Qt::ISODate)));
    const QString html = data->html();
    CHECK(html.contains(QStringLiteral("charset=utf-8")));
    CHECK(html.contains(members.first().name.toHtmlEscaped()));
    CHECK(html.contains(members.at(1).name));
    CHECK(html.contains(QStringLiteral("align=\"right\"")));
    CHECK(html.contains(QStringLiteral("<th>")));

    // Back into a plan without members: the same names, weights and quotas.
    QTemporaryDir other;
    Plan empty = uitest::sample("sample-zh_CN.json");
    empty.team.members.clear();
    auto target = newDocument(other, empty);
    TeamEditor targetEditor(target.get());
    auto *targetTable = targetEditor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    CHECK(clipboardOf(targetTable)->pasteText(data->text()).isEmpty());
    const QList<Member> &pasted = target->plan().team.members;
    REQUIRE(pasted.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(pasted.at(i).name == members.at(i).name);
        CHECK(pasted.at(i).region == members.at(i).region);
        CHECK(pasted.at(i).quotaShare == Approx(members.at(i).quotaShare));
        CHECK(pasted.at(i).quotaAmount == members.at(i).quotaAmount);
        CHECK(pasted.at(i).startDate == members.at(i).startDate);
    }
}

TEST_CASE("Amounts in a currency without cents are copied with its digits", "[clipboard]")
{
    QTemporaryDir dir;
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("JPY");
    Member member;
    member.id = plan.ids.take();
    member.name = QStringLiteral("佐藤");
    member.quotaAmount = Money{12'000'000, QStringLiteral("JPY")};
    plan.team.members = {member};
    auto document = newDocument(dir, plan);
    TeamEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(table);
    table->view()->selectRow(0);
    clipboardOf(table)->copy();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    CHECK(data->text().contains(QStringLiteral("12000000")));
    CHECK_FALSE(data->text().contains(QStringLiteral("12000000.")));
    CHECK(data->html().contains(QStringLiteral("mso-number-format:'#,##0'")));
    CHECK_FALSE(data->html().contains(QStringLiteral("#,##0.00")));
}

TEST_CASE("A few cells of the decomposition are copied bare, as plain numbers", "[clipboard]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, uitest::sample("sample-zh_CN.json"));
    TargetsEditor editor(document.get());
    auto *view = editor.findChild<QTableView *>(QStringLiteral("targets.decomposition"));
    REQUIRE(view);
    TableClipboard *clipboard = TableClipboard::of(view);
    REQUIRE(clipboard);
    const QAbstractItemModel *model = view->model();
    const int total = model->rowCount() - 1;
    view->selectionModel()->select(QItemSelection(model->index(total, 0), model->index(total, 1)),
                                   QItemSelectionModel::ClearAndSelect);
    clipboard->copy();
    const QString annual =
        Money{model->index(total, 1).data(TargetsDecompositionModel::MinorUnitsRole).toLongLong(),
              document->plan().info.currency}
            .toPlainString();
    CHECK(QGuiApplication::clipboard()->text() ==
          QStringLiteral("%1\t%2").arg(model->index(total, 0).data().toString().trimmed(), annual));
    CHECK(annual.endsWith(QStringLiteral(".00")));
    CHECK(QGuiApplication::clipboard()->mimeData()->html().contains(
        QStringLiteral("mso-number-format:'#,##0.00'")));

    // The quotas and the collections by month are copied as amounts too.
    const QRegularExpression amount(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    for (const char *name : {"targets.members", "targets.collections.table"}) {
        auto *table = editor.findChild<QTableView *>(QString::fromLatin1(name));
        REQUIRE(table);
        REQUIRE(TableClipboard::of(table));
        INFO(name);
        REQUIRE(table->model()->rowCount() > 0);
        int column = 0;
        while (!table->model()->index(0, column).data(SpreadsheetTextRole).isValid() &&
               column < table->model()->columnCount())
            ++column;
        REQUIRE(column < table->model()->columnCount());
        table->setCurrentIndex(table->model()->index(0, column));
        table->selectionModel()->select(table->currentIndex(), QItemSelectionModel::ClearAndSelect);
        TableClipboard::of(table)->copy();
        CHECK(amount.match(QGuiApplication::clipboard()->text()).hasMatch());
        CHECK(QGuiApplication::clipboard()->text() != table->currentIndex().data().toString());
    }
}

TEST_CASE("Edit ▸ Paste pastes into the table that has the focus, and Edit ▸ Copy copies a "
          "field's text when a field has it",
          "[clipboard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, makeDefaultPlan()));
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    window.showSection(Section::Team);
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(table);
    table->view()->setFocus();
    QApplication::processEvents();
    REQUIRE(QApplication::focusWidget() == table->view());

    putOnClipboard(QStringLiteral("Name\tRegion\nAda\tNorth\n"));
    auto *paste = window.findChild<QAction *>(QStringLiteral("pasteAction"));
    REQUIRE(paste);
    paste->trigger();
    const Member *ada = memberNamed(window.document()->plan(), QStringLiteral("Ada"));
    REQUIRE(ada);
    CHECK(ada->region == QStringLiteral("North"));

    auto *field = new QLineEdit(QStringLiteral("a field's words"), table);
    field->show();
    field->setFocus();
    field->selectAll();
    QApplication::processEvents();
    window.findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("a field's words"));
}

TEST_CASE("A paste into the risks, shown highest score first, lands in the rows the user sees, "
          "a choice is read by its name",
          "[clipboard]")
{
    QTemporaryDir dir;
    Plan start = makeDefaultPlan();
    start.metrics.risks = {Risk{1, RiskCategory::Market, QStringLiteral("low"), 1, 1, {}, {}},
                           Risk{2, RiskCategory::Market, QStringLiteral("high"), 5, 5, {}, {}}};
    start.ids = RowIdSource(3);
    auto document = newDocument(dir, start);
    MetricsEditor editor(document.get());
    auto *table = editor.findChild<TableEditor *>(QStringLiteral("metrics.risksEditor"));
    PlanTableModel *model = table->model();
    QTableView *view = table->view();
    // The first row shown is the plan's second risk, the one scored 25.
    view->setCurrentIndex(view->model()->index(0, model->columnOf(u"category")));
    const QString category = choiceName(RiskCategory::Customer);
    CHECK(clipboardOf(table)
              ->pasteText(QStringLiteral("%1\tprice war\n%1\tnew entrant\n").arg(category))
              .isEmpty());

    const QList<Risk> &risks = document->plan().metrics.risks;
    REQUIRE(risks.size() == 2);
    CHECK(risks.at(1).description == QStringLiteral("price war"));
    CHECK(risks.at(1).category == RiskCategory::Customer);
    CHECK(risks.at(1).score() == 25);
    CHECK(risks.at(0).description == QStringLiteral("new entrant")); // shown second
    CHECK(risks.at(0).score() == 1);
}
