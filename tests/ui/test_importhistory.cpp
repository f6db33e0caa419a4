// File ▸ Import History…: the dialog previews a CSV file (encoding, columns, rows, refused rows),
// lets the columns be mapped by hand, and imports only a file whose every row reads, as one undo
// step that is in the plan's file at once.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "history/importhistorydialog.h"
#include "historyworkbooks.h"
#include "language/language.h"
#include "mainwindow.h"
#include "plan/format.h"
#include "store/planfile.h"
#include "summary/planreview.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

using uitest::sample;

QString fixture(const char *name)
{
    return QStringLiteral(SALESPLAN_TEST_DATA "/") + QString::fromUtf8(name);
}

// A plan file made from `plan` in `dir`, open as a document.
std::unique_ptr<PlanDocument> newDocument(const QTemporaryDir &dir, const Plan &plan)
{
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, plan));
    auto file = PlanFile::open(path);
    REQUIRE(file);
    return std::make_unique<PlanDocument>(std::move(file.value()));
}

// The plan as a fresh reader of the file sees it.
Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

QString writeCsv(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        FAIL("no widget " << name);
    return widget;
}

QString labelText(const QWidget &parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

QPushButton *importButton(const QWidget &dialog)
{
    return child<QPushButton>(dialog, "importButton");
}

// Picks the column named `column` for a field, as a user does in its combo box.
void chooseColumn(QComboBox *combo, const QString &column)
{
    const int index = combo->findText(column);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

TEST_CASE("The history import lists refused rows with their lines and holds Import back",
          "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json"));
    const QList<HistoryEntry> before = document->plan().history;

    ImportHistoryDialog dialog(document.get());
    dialog.openFile(fixture("csv-history-bad-rows.csv"));
    CHECK(labelText(dialog, "historyFile") == QStringLiteral("csv-history-bad-rows.csv"));
    CHECK(labelText(dialog, "historyEncoding") == QStringLiteral("UTF-8"));
    CHECK(labelText(dialog, "historySeparator") == QStringLiteral("comma-separated"));
    CHECK(child<QComboBox>(dialog, "monthColumn")->currentText() == QStringLiteral("month"));
    CHECK(child<QComboBox>(dialog, "regionColumn")->currentText() == QStringLiteral("region"));
    CHECK(child<QComboBox>(dialog, "productColumn")->currentText() == QStringLiteral("(none)"));
    CHECK(child<QComboBox>(dialog, "amountColumn")->currentText() == QStringLiteral("amount"));

    const auto *table = child<QTableWidget>(dialog, "historyPreview");
    CHECK(table->rowCount() == 5);
    CHECK(table->verticalHeaderItem(2)->text() == QStringLiteral("5")); // the line in the file
    const auto *refused = child<QListWidget>(dialog, "historyRefused");
    REQUIRE(refused->count() == 2);
    CHECK(refused->item(0)->text() == QStringLiteral("Line 7: amount \"abc\" is not a number"));
    CHECK(refused->item(1)->text() == QStringLiteral("Line 9: month \"2026-13\" is not a month"));
    CHECK(refused->isVisibleTo(&dialog));

    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(labelText(dialog, "importNote").startsWith(QStringLiteral("Fix the 2 refused row")));
    dialog.accept(); // Enter in the dialog: nothing is imported
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(document->plan().history == before);
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("The history import adds a CSV's rows as one undo step, in the file at once", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json"));
    const QList<HistoryEntry> before = document->plan().history;
    REQUIRE_FALSE(before.isEmpty());

    ImportHistoryDialog dialog(document.get());
    dialog.openFile(fixture("csv-history-en.csv"));
    const auto *table = child<QTableWidget>(dialog, "historyPreview");
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Jan 2026"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("East"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Alice"));
    CHECK(table->item(0, 4)->text() == formatMoney(Money{1'234'50, QStringLiteral("USD")}));
    CHECK(table->item(0, 4)->textAlignment() & Qt::AlignRight);
    CHECK_FALSE(child<QListWidget>(dialog, "historyRefused")->isVisibleTo(&dialog));
    CHECK(child<QComboBox>(dialog, "memberColumn")->currentText() == QStringLiteral("Sales Rep"));
    REQUIRE(importButton(dialog)->isEnabled());

    SECTION("added to the history")
    {
        CHECK(child<QRadioButton>(dialog, "addToHistory")->isChecked());
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        const QList<HistoryEntry> &after = document->plan().history;
        REQUIRE(after.size() == before.size() + 4);
        CHECK(after.first(before.size()) == before);
        CHECK(after.at(before.size()).month == QDate(2026, 1, 1));
        CHECK(after.at(before.size()).amount == Money{1'234'50, QStringLiteral("USD")});
        CHECK(after.last().member == QStringLiteral("Dave"));
        QSet<RowId> ids;
        for (const HistoryEntry &entry : after)
            ids.insert(entry.id);
        CHECK(ids.size() == after.size()); // every new row has an id of its own
        CHECK(planOnDisk(document->filePath()).history == after);

        REQUIRE(document->undoStack()->count() == 1);
        CHECK(document->undoStack()->undoText() ==
              QStringLiteral("Import history from csv-history-en.csv"));
        document->undoStack()->undo();
        CHECK(document->plan().history == before);
        CHECK(planOnDisk(document->filePath()).history == before);
        document->undoStack()->redo();
        CHECK(planOnDisk(document->filePath()).history.size() == before.size() + 4);
    }
    SECTION("replacing the history")
    {
        auto *replace = child<QRadioButton>(dialog, "replaceHistory");
        REQUIRE(replace->isEnabled());
        CHECK(replace->text().contains(QString::number(before.size())));
        replace->setChecked(true);
        CHECK(labelText(dialog, "importNote").contains(QStringLiteral("replace the history")));
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        REQUIRE(document->plan().history.size() == 4);
        CHECK(planOnDisk(document->filePath()).history.size() == 4);
        document->undoStack()->undo();
        CHECK(planOnDisk(document->filePath()).history == before);
    }
}

TEST_CASE("The history import reads a GBK file with Chinese headers", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-zh_CN.json"));
    const qsizetype before = document->plan().history.size();

    ImportHistoryDialog dialog(document.get());
    dialog.openFile(fixture("csv-history-gbk.csv"));
    CHECK(labelText(dialog, "historyEncoding").startsWith(QStringLiteral("GB18030")));
    CHECK(child<QComboBox>(dialog, "monthColumn")->currentText() == QStringLiteral("日期"));
    CHECK(child<QComboBox>(dialog, "regionColumn")->currentText() == QStringLiteral("地区"));
    CHECK(child<QComboBox>(dialog, "memberColumn")->currentText() == QStringLiteral("业务员"));
    CHECK(child<QComboBox>(dialog, "amountColumn")->currentText() == QStringLiteral("金额"));
    const auto *table = child<QTableWidget>(dialog, "historyPreview");
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(2, 1)->text() == QStringLiteral("西南"));
    CHECK(table->item(2, 4)->text() == formatMoney(Money{980'25, QStringLiteral("CNY")}));

    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    const QList<HistoryEntry> &after = document->plan().history;
    REQUIRE(after.size() == before + 3);
    CHECK(after.last().region == QStringLiteral("西南"));
    CHECK(after.last().member == QStringLiteral("刘洋"));
    CHECK(planOnDisk(document->filePath()).history == after);
}

TEST_CASE("The history import names its columns in the language of the window", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-zh_CN.json"));
    Translators::use(QStringLiteral("zh_CN"));
    {
        ImportHistoryDialog dialog(document.get());
        QStringList labels;
        for (const char *column :
             {"monthColumn", "regionColumn", "productColumn", "memberColumn", "amountColumn"}) {
            const QList<QLabel *> all = dialog.findChildren<QLabel *>();
            const auto buddy = std::find_if(all.begin(), all.end(), [&](const QLabel *label) {
                return label->buddy() == child<QComboBox>(dialog, column);
            });
            REQUIRE(buddy != all.end());
            labels.append((*buddy)->text());
        }
        CHECK(labels == QStringList{QStringLiteral("月份(&M)"), QStringLiteral("区域(&E)"),
                                    QStringLiteral("产品(&P)"), QStringLiteral("成员(&B)"),
                                    QStringLiteral("金额(&A)")});
    }
    Translators::use(QStringLiteral("en"));
}

TEST_CASE("A column the import does not recognise is mapped by hand", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json"));
    const QString csv = writeCsv(dir, "Month,Region,Umsatz\n"
                                      "2026-01,East,100\n"
                                      "2026-02,West,250.50\n");
    ImportHistoryDialog dialog(document.get());
    dialog.openFile(csv);
    auto *amount = child<QComboBox>(dialog, "amountColumn");
    CHECK(amount->currentIndex() == -1); // "(choose a column)"
    CHECK(labelText(dialog, "historyProblems").contains(QStringLiteral("no amount column")));
    CHECK(child<QTableWidget>(dialog, "historyPreview")->rowCount() == 0);
    CHECK_FALSE(importButton(dialog)->isEnabled());

    chooseColumn(amount, QStringLiteral("Umsatz"));
    CHECK(child<QLabel>(dialog, "historyProblems")->isHidden());
    const auto *table = child<QTableWidget>(dialog, "historyPreview");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 4)->text() == formatMoney(Money{250'50, QStringLiteral("USD")}));
    CHECK(importButton(dialog)->isEnabled());

    // The same column for two fields is refused until one of them changes.
    chooseColumn(child<QComboBox>(dialog, "regionColumn"), QStringLiteral("Umsatz"));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(labelText(dialog, "historyProblems").contains(QStringLiteral("chosen for both")));
    chooseColumn(child<QComboBox>(dialog, "regionColumn"), QStringLiteral("(none)"));
    REQUIRE(importButton(dialog)->isEnabled());

    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(document->plan().history.last().amount == Money{250'50, QStringLiteral("USD")});
    CHECK(document->plan().history.last().region.isEmpty());
}

TEST_CASE("The history preview shows a few hundred rows and counts the rest", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json"));
    QByteArray bytes("month,amount\n");
    for (int i = 0; i < 450; ++i)
        bytes += "2025-" + QByteArray::number(i % 12 + 1) + "," + QByteArray::number(i) + "\n";
    ImportHistoryDialog dialog(document.get());
    dialog.openFile(writeCsv(dir, bytes));
    CHECK(child<QTableWidget>(dialog, "historyPreview")->rowCount() ==
          ImportHistoryDialog::maxPreviewRows);
    CHECK(labelText(dialog, "historyRowsTitle").contains(QStringLiteral("450")));
    const auto *more = child<QLabel>(dialog, "historyPreviewMore");
    CHECK_FALSE(more->isHidden());
    CHECK(more->text() == QStringLiteral("The first 300 of the 450 rows are shown."));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(planOnDisk(document->filePath()).history.size() ==
          sample("sample-en.json").history.size() + 450);
}

TEST_CASE("A history file that cannot be read says why", "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json"));
    ImportHistoryDialog dialog(document.get());
    dialog.openFile(dir.filePath(QStringLiteral("missing.csv")));
    CHECK(
        labelText(dialog, "historyProblems").startsWith(QStringLiteral("The file cannot be read")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK_FALSE(child<QComboBox>(dialog, "monthColumn")->isEnabled());

    dialog.openFile(fixture("csv-history-empty.csv"));
    CHECK(labelText(dialog, "historyProblems").contains(QStringLiteral("the file is empty")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
}

TEST_CASE("File ▸ Import History and Save Version are there only for a plan open for editing",
          "[history]")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, sample("sample-en.json")));

    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("importHistoryAction"));
    auto *saveVersion = window.findChild<QAction *>(QStringLiteral("saveVersionAction"));
    REQUIRE(action);
    REQUIRE(saveVersion);
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(saveVersion->isEnabled());
    REQUIRE(window.openFile(path));
    CHECK(action->isEnabled());
    CHECK(saveVersion->isEnabled());
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup |
                                            QFile::ReadOther));
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->isReadOnly());
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(saveVersion->isEnabled());
    QSettings().clear();
}

TEST_CASE("The history import previews an .xlsx workbook's sheets and imports the one chosen",
          "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-zh_CN.json"));
    const QList<HistoryEntry> before = document->plan().history;
    ImportHistoryDialog dialog(document.get());

    dialog.openFile(historyworkbooks::path(QStringLiteral("history-bad-rows.xlsx")));
    CHECK(labelText(dialog, "historyEncoding") == QStringLiteral("sheet \"Sheet\""));
    CHECK_FALSE(child<QComboBox>(dialog, "historySheet")->isVisibleTo(&dialog)); // one sheet
    CHECK_FALSE(child<QLabel>(dialog, "historySeparator")->isVisibleTo(&dialog));
    const auto *refused = child<QListWidget>(dialog, "historyRefused");
    REQUIRE(refused->count() == 2);
    CHECK(refused->item(0)->text() ==
          QStringLiteral("Sheet, row 7: amount \"abc\" is not a number"));
    CHECK(refused->item(1)->text() ==
          QStringLiteral("Sheet, row 8: month \"2026-13\" is not a month"));
    CHECK_FALSE(importButton(dialog)->isEnabled());

    dialog.openFile(historyworkbooks::path(QStringLiteral("history-zh.xlsx")));
    auto *sheets = child<QComboBox>(dialog, "historySheet");
    CHECK(sheets->isVisibleTo(&dialog));
    REQUIRE(sheets->count() == 3);
    CHECK(sheets->currentText() == QStringLiteral("2025销售")); // the first sheet
    CHECK(labelText(dialog, "historyHeader") == QStringLiteral("header in row 3"));
    CHECK(child<QComboBox>(dialog, "amountColumn")->currentText() == QStringLiteral("金额"));
    const auto *table = child<QTableWidget>(dialog, "historyPreview");
    CHECK(table->rowCount() == 5);
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("4")); // the row in the sheet
    CHECK(importButton(dialog)->isEnabled());

    // Another column chosen previews the rows already read; the amount's own column back again
    // reads as before.
    auto *amount = child<QComboBox>(dialog, "amountColumn");
    const int amountAt = amount->currentIndex();
    amount->setCurrentIndex(0); // no column
    emit amount->activated(0);
    CHECK_FALSE(importButton(dialog)->isEnabled());
    amount->setCurrentIndex(amountAt);
    emit amount->activated(amountAt);
    CHECK(table->rowCount() == 5);
    CHECK(importButton(dialog)->isEnabled());

    sheets->setCurrentIndex(2);
    emit sheets->activated(2); // "说明" holds a note, no history
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(child<QLabel>(dialog, "historyProblems")->isVisibleTo(&dialog));
    CHECK(child<QComboBox>(dialog, "historySheet")->isVisibleTo(&dialog)); // still a choice

    sheets->setCurrentIndex(1);
    emit sheets->activated(1);
    REQUIRE(table->rowCount() == 2);
    CHECK(child<QComboBox>(dialog, "monthColumn")->currentText() == QStringLiteral("Month"));
    REQUIRE(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<HistoryEntry> &after = document->plan().history;
    REQUIRE(after.size() == before.size() + 2);
    CHECK(after.last().month == QDate(2024, 12, 1));
    CHECK(planOnDisk(document->filePath()).history == after);
    CHECK(document->undoStack()->count() == 1);
    document->undoStack()->undo();
    CHECK(planOnDisk(document->filePath()).history == before);
}

// Not run by ctest: renders the dialog to PNG for a person to look at, in English and Simplified
// Chinese, with a good file and one with refused rows. SALESPLAN_SHOTS names the folder.
TEST_CASE("Render the history import dialog", "[.shots]")
{
    const QString folder = qEnvironmentVariable("SALESPLAN_SHOTS", QDir::tempPath());
    QTemporaryDir dir;
    const QString unknownColumn = writeCsv(dir, "Month,Region,Umsatz\n2026-01,East,100\n");
    QByteArray many("month,region,product,amount\n");
    for (int i = 0; i < 450; ++i)
        many += "2025-" + QByteArray::number(i % 12 + 1) + ",East,Widgets," +
                (i % 40 == 7 ? QByteArray("n/a") : QByteArray::number(i * 1000)) + "\n";
    const QString manyRows = dir.filePath(QStringLiteral("many.csv"));
    QFile manyFile(manyRows);
    REQUIRE(manyFile.open(QIODevice::WriteOnly));
    manyFile.write(many);
    manyFile.close();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translators::use(language);
        auto document = newDocument(
            dir, sample(language == QStringLiteral("en") ? "sample-en.json" : "sample-zh_CN.json"));
        const QList<std::pair<QString, QString>> files{
            {QStringLiteral("good"), fixture("csv-history-en.csv")},
            {QStringLiteral("gbk"), fixture("csv-history-gbk.csv")},
            {QStringLiteral("bad"), fixture("csv-history-bad-rows.csv")},
            {QStringLiteral("unmapped"), unknownColumn},
            {QStringLiteral("many"), manyRows},
            {QStringLiteral("xlsx"), historyworkbooks::path(QStringLiteral("history-zh.xlsx"))},
            {QStringLiteral("xlsx-bad"),
             historyworkbooks::path(QStringLiteral("history-bad-rows.xlsx"))}};
        for (const auto &[name, path] : files) {
            ImportHistoryDialog dialog(document.get());
            dialog.openFile(path);
            dialog.show();
            QApplication::processEvents();
            REQUIRE(dialog.grab().save(
                QDir(folder).filePath(QStringLiteral("history-%1-%2.png").arg(language, name))));
        }
        document.reset();
        QFile::remove(dir.filePath(QStringLiteral("plan.salesplan")));
    }
    Translators::use(QStringLiteral("en"));
}

TEST_CASE("The import says which rows are the plan year's actuals and which earlier history, "
          "the plan year's rows are imported and the review counts them",
          "[history]")
{
    QTemporaryDir dir;
    auto document = newDocument(dir, sample("sample-en.json")); // plan year 2027
    const QString csv = writeCsv(dir, "month,region,amount\n"
                                      "2026-12,East,100\n"
                                      "2027-01,East,200\n"
                                      "2027-02,West,300\n"
                                      "2027-03,North,400\n"
                                      "2028-01,East,500\n");
    ImportHistoryDialog dialog(document.get());
    dialog.openFile(csv);
    const QString note = labelText(dialog, "importNote");
    CHECK(note.contains(QStringLiteral("Actuals of the plan year 2027: 3; history of earlier "
                                       "years: 1.")));
    CHECK(note.contains(QStringLiteral("after the plan year")));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);

    const Result<PlanReview> review = reviewPlan(document->plan(), document->summary(), 2);
    REQUIRE(review);
    CHECK(review->lines.first().attainment.yearToDate.actual == 900'00);
    // The region the plan lacks is imported and said.
    CHECK(review->unmatched.join(u'\n').contains(QStringLiteral("\"North\"")));
}
