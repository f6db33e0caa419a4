// Quotas in the editors: the settings in the Targets editor are one undo step each and the
// figures follow them; the Team table and the splits table say who has a fixed quota and from
// when each person carries quota; the month table greys the months before someone starts.
#include "document/plandocument.h"
#include "openedtargets.h"
#include "plan/format.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/targetsdecompositionmodel.h"
#include "sections/targetseditor.h"
#include "sections/teameditor.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "summary/memberactivity.h"
#include "summary/teamquotas.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The English sample with a Targets editor on it.
struct OpenSample : uitest::OpenedTargets
{
    OpenSample()
        : OpenedTargets(uitest::sample("sample-en.json"))
    {}

    QString assignedLine() const
    {
        return find<QLabel>(QStringLiteral("targets.quotasAssigned"))->text();
    }
};

// The row of the quota holders' table whose name is `name`; -1 for none.
int holderRow(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

QString holderCell(QTableWidget *table, const QString &name, int column)
{
    const int row = holderRow(table, name);
    INFO("no row for " << name.toStdString());
    REQUIRE(row >= 0);
    return table->item(row, column)->text();
}

constexpr int basisColumn = 2;
constexpr int firstMonthColumn = 5;

QString cellText(TableEditor *table, int row, QStringView key)
{
    const int column = table->model()->columnOf(key);
    REQUIRE(column >= 0);
    return table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("Turning off quotas following start dates is one undo step", "[quotas]")
{
    OpenSample open;
    auto *box = open.find<QCheckBox>(QStringLiteral("targets.quotasFollowStart"));
    auto *members = open.find<QTableWidget>(QStringLiteral("targets.members"));
    const QString hire = hireQuotaName(open.plan().team.hiring.first());
    REQUIRE(box->isChecked());
    REQUIRE(holderRow(members, hire) >= 0);
    CHECK(holderCell(members, QStringLiteral("Tom Becker"), firstMonthColumn) ==
          QStringLiteral("March"));

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    CHECK_FALSE(open.plan().targets.quotasFollowStart);
    REQUIRE(open.undo()->count() == 1);
    CHECK(open.undo()->text(0) == QStringLiteral("Make quotas ignore start dates and ramp"));
    // Everyone carries quota from the first month, and the planned hires carry none.
    CHECK(holderCell(members, QStringLiteral("Tom Becker"), firstMonthColumn) ==
          QStringLiteral("January"));
    CHECK(holderRow(members, hire) < 0);

    open.undo()->undo();
    CHECK(open.plan().targets.quotasFollowStart);
    CHECK(box->isChecked());
    CHECK(holderCell(members, QStringLiteral("Tom Becker"), firstMonthColumn) ==
          QStringLiteral("March"));
}

TEST_CASE("Typing an over-assignment is one undo step and raises the assigned line", "[quotas]")
{
    OpenSample open;
    const QString before = open.assignedLine();
    CHECK(before.contains(QStringLiteral("(110%)"))); // the sample assigns 10 % more

    auto *over = open.find<QLineEdit>(QStringLiteral("targets.overAssignment"));
    uitest::enterInto(over, QStringLiteral("20"));
    CHECK(open.plan().targets.overAssignment == Approx(0.2));
    REQUIRE(open.undo()->count() == 1);
    CHECK(open.undo()->text(0) == QStringLiteral("Edit over-assignment"));
    CHECK(open.assignedLine().contains(QStringLiteral("(120%)")));
    CHECK(open.assignedLine() == assignedTargetText(open.plan(), *open.document->summary().quotas));

    SECTION("250 % is refused in words")
    {
        uitest::enterInto(over, QStringLiteral("250"));
        CHECK(open.find<QLabel>(QStringLiteral("targets.overAssignmentProblem"))->text() ==
              QStringLiteral("250% is out of range: 0% to 100%"));
        CHECK(open.plan().targets.overAssignment == Approx(0.2));
        CHECK(open.undo()->count() == 1);
    }
}

TEST_CASE("The splits table shows each quota holder's basis and first month", "[quotas]")
{
    OpenSample open;
    auto *members = open.find<QTableWidget>(QStringLiteral("targets.members"));
    CHECK(holderCell(members, QStringLiteral("Tom Becker"), firstMonthColumn) ==
          QStringLiteral("March"));
    CHECK(holderCell(members, QStringLiteral("Alex Moreno"), firstMonthColumn) ==
          QStringLiteral("January"));
    CHECK(holderCell(members, QStringLiteral("Grace Liu"), basisColumn) == QStringLiteral("Fixed"));
    CHECK(holderCell(members, QStringLiteral("Tom Becker"), basisColumn) ==
          QStringLiteral("Share"));
    // Grace's fixed quota is hers whole.
    CHECK(holderCell(members, QStringLiteral("Grace Liu"), 3) ==
          formatMoney(Money::of(45'000'000, QStringLiteral("USD"))));
    // A row per planned hire, after the members.
    const int hire = holderRow(members, hireQuotaName(open.plan().team.hiring.first()));
    CHECK(hire == int(open.plan().team.members.size()));
}

TEST_CASE("The month table greys a member's months before their quota starts", "[quotas]")
{
    OpenSample open;
    open.find<QComboBox>(QStringLiteral("targets.decompositionSplit"))
        ->setCurrentIndex(int(TargetSplit::Members));
    QAbstractItemModel *model =
        open.find<QTableView>(QStringLiteral("targets.decomposition"))->model();
    int tom = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Tom Becker"))
            tom = column;
    }
    REQUIRE(tom >= 0);
    const auto monthRow = [&](int month) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TargetsDecompositionModel::MonthIndexRole).toInt() ==
                month)
                return row;
        }
        return -1;
    };
    const QModelIndex january = model->index(monthRow(0), tom);
    const QModelIndex march = model->index(monthRow(2), tom);
    CHECK(january.data(Qt::ForegroundRole).value<QBrush>().color() ==
          QPalette().color(QPalette::PlaceholderText));
    CHECK(january.data(Qt::ToolTipRole).toString() == QStringLiteral("Starts in March"));
    CHECK(january.data(TargetsDecompositionModel::MinorUnitsRole).toLongLong() == 0);
    CHECK_FALSE(march.data(Qt::ForegroundRole).isValid());
    CHECK(march.data(TargetsDecompositionModel::MinorUnitsRole).toLongLong() > 0);
    // The total column is what the quotas add up to: the $8,000,000 target plus 10 %.
    const int year = model->rowCount() - 1;
    CHECK(model->headerData(TargetsDecompositionModel::TotalColumn, Qt::Horizontal).toString() ==
          QStringLiteral("All quotas"));
    CHECK(model->index(year, TargetsDecompositionModel::TotalColumn)
              .data(TargetsDecompositionModel::MinorUnitsRole)
              .toLongLong() == 8'800'000'00);
}

TEST_CASE("The Team table says which members have a fixed quota", "[quotas]")
{
    OpenSample open;
    TeamEditor team(open.document.get());
    auto *members = team.findChild<TableEditor *>(QStringLiteral("team.membersEditor"));
    REQUIRE(members);
    const QList<Member> &people = open.plan().team.members;
    for (int row = 0; row < people.size(); ++row) {
        INFO(people.at(row).name.toStdString());
        const QString basis = cellText(members, row, u"shareOfTarget");
        if (people.at(row).quotaAmount.minor > 0) {
            CHECK(basis == QStringLiteral("Fixed"));
            CHECK(cellText(members, row, u"quotaAmount") ==
                  formatMoney(people.at(row).quotaAmount));
        } else {
            CHECK(basis.startsWith(QStringLiteral("Share ")));
            CHECK(basis.endsWith(u'%'));
            CHECK(cellText(members, row, u"quotaAmount").isEmpty()); // not "$0.00"
        }
    }

    auto *regions = open.editor->findChild<TableEditor *>(QStringLiteral("targets.regionsEditor"));
    REQUIRE(regions);
    REQUIRE(open.plan().targets.regions.first().quotaAmount.isZero());
    CHECK(cellText(regions, 0, u"quotaAmount").isEmpty());
}

TEST_CASE("Findings about quotas can focus the quota settings", "[quotas]")
{
    OpenSample open;
    auto *tabs = open.find<QTabWidget>(QStringLiteral("targets.tabs"));
    for (const char *key : {"targets.quotasFollowStart", "targets.overAssignment"}) {
        INFO(key);
        tabs->setCurrentIndex(0);
        REQUIRE(open.editor->focusField(QString::fromLatin1(key)));
        CHECK(tabs->currentWidget()->objectName() == QStringLiteral("targets.page.splits"));
        CHECK(QApplication::focusWidget()->objectName() == QString::fromLatin1(key));
    }
}

TEST_CASE("The Team page's Targets tab shows each person's activity and follows edits",
          "[quotas][activity]")
{
    OpenSample open;
    TeamEditor team(open.document.get());
    auto *people = team.findChild<QTableWidget *>(QStringLiteral("team.targets"));
    REQUIRE(people);
    const auto activityNow = [&open] {
        const Result<TeamActivity> activity =
            planActivity(open.plan(), open.document->summary());
        REQUIRE(activity);
        return *activity;
    };
    constexpr int dealsColumn = 2;
    const TeamActivity before = activityNow();
    REQUIRE(people->rowCount() == before.holders.size() + 1);
    const HolderActivity &first = before.holders.first();
    CHECK(holderCell(people, first.name, dealsColumn) == formatCount(double(first.year.deals)));
    CHECK(holderCell(people, QStringLiteral("Team"), dealsColumn) ==
          formatCount(double(before.team.year.deals)));

    // The person picked: their months or quarters, and their SMART targets in words.
    people->setCurrentCell(1, 0);
    const HolderActivity &second = before.holders.at(1);
    CHECK(team.findChild<QLabel *>(QStringLiteral("team.targetsPerson"))->text().contains(
        second.name));
    const QString smart = team.findChild<QLabel *>(QStringLiteral("team.smartTargets"))->text();
    for (const QString &line : smartTargets(second, open.plan().info.currency))
        CHECK(smart.contains(line.toHtmlEscaped()));
    auto *detail = team.findChild<QTableWidget *>(QStringLiteral("team.targetsByPeriod"));
    CHECK(detail->rowCount() == Period::monthCount + 1);
    auto *periods = team.findChild<QComboBox *>(QStringLiteral("team.targetsPeriods"));
    periods->setCurrentIndex(1);
    REQUIRE(detail->rowCount() == Period::quarterCount + 1);
    CHECK(detail->item(1, dealsColumn)->text() == formatCount(double(second.quarters[1].deals)));

    // Twice the target: twice the quota, so more deals, at once.
    open.document->edit(QStringLiteral("Double the target"), [](Plan &plan) {
        plan.targets.annualTarget.minor *= 2;
    });
    const TeamActivity after = activityNow();
    CHECK(after.holders.first().year.deals > first.year.deals);
    CHECK(holderCell(people, first.name, dealsColumn) ==
          formatCount(double(after.holders.first().year.deals)));

    // A finding about a member's field opens the People tab, where the fields are.
    team.tabs()->setCurrentIndex(1);
    CHECK(team.focusField(QStringLiteral("team.members.region")));
    CHECK(team.tabs()->currentIndex() == 0);
}
