// The section editors' tables are built from the plan's field tables: what a user reads in a
// header and a tooltip is the field's label and hint, what a cell takes is what the field allows,
// and a finding's field key reaches its column.
#include "uitestsupport.h"

#include "document/plandocument.h"
#include "language/language.h"
#include "plan/choices.h"
#include "plan/fields.h"
#include "sections/metricseditor.h"
#include "sections/missioneditor.h"
#include "sections/plantablemodel.h"
#include "sections/segmentseditor.h"
#include "sections/stageseditor.h"
#include "sections/tableeditor.h"
#include "sections/targetseditor.h"
#include "sections/teameditor.h"
#include "sections/toolseditor.h"
#include "store/planfile.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The Chinese sample plan in a file of its own, open for editing.
struct OpenSample
{
    OpenSample()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, uitest::sample("sample-zh_CN.json")));
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
    }

    const Plan &plan() const { return document->plan(); }
    int steps() const { return document->undoStack()->count(); }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> document;
};

TableEditor *tableOf(QWidget *editor, const char *name)
{
    auto *table = editor->findChild<TableEditor *>(QString::fromLatin1(name));
    INFO("table " << name);
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() > 0);
    return table;
}

// The cell of `key` in the plan's `row` of `table`.
QModelIndex cellOf(TableEditor *table, int row, QStringView key)
{
    const int column = table->model()->columnOf(key);
    REQUIRE(column >= 0);
    return table->model()->index(row, column);
}

// Every field of `Row` the table shows (all of them unless `shown` names some) has a column with
// the field's label as the title the user reads, and the field's hint as the cell's tooltip.
template <typename Row>
void checkFieldColumns(TableEditor *table, std::initializer_list<QStringView> shown = {})
{
    const QAbstractItemModel *seen = table->view()->model(); // a sorting proxy for the risks
    PlanTableModel *model = table->model();
    for (const FieldOf<Row> &field : fieldsOf<Row>().fields) {
        INFO(table->objectName().toStdString() << " " << field.key.toString().toStdString());
        const bool listed =
            shown.size() == 0 || std::find(shown.begin(), shown.end(), field.key) != shown.end();
        const int column = model->columnOf(field.key);
        CHECK((column >= 0) == listed);
        if (column < 0)
            continue;
        CHECK(seen->headerData(column, Qt::Horizontal).toString() == field.labelText());
        if (field.hint && field.kind != FieldKind::Money)
            CHECK(seen->index(0, column).data(Qt::ToolTipRole).toString() == field.hintText());
    }
}

} // namespace

TEST_CASE("Every table's headers are its fields' labels, its tooltips their hints", "[columns]")
{
    Translators::use(QStringLiteral("en"));
    OpenSample sample;
    PlanDocument *document = sample.document.get();

    MissionEditor mission(document);
    checkFieldColumns<Competitor>(tableOf(&mission, "mission.competitorsEditor"));
    SegmentsEditor segments(document);
    checkFieldColumns<Segment>(tableOf(&segments, "segmentsEditor"), {u"name", u"type", u"tier"});
    StagesEditor stages(document);
    checkFieldColumns<Stage>(tableOf(&stages, "stagesEditor"));
    ToolsEditor tools(document);
    checkFieldColumns<Tool>(tableOf(&tools, "toolsEditor"));
    TeamEditor team(document);
    checkFieldColumns<Role>(tableOf(&team, "team.rolesEditor"));
    checkFieldColumns<Member>(tableOf(&team, "team.membersEditor"));
    checkFieldColumns<Hire>(tableOf(&team, "team.hiringEditor"));
    // The first KPI measures none of the plan's figures, so its target cell's tooltip is the
    // field's hint (a KPI that measures one says where its target comes from instead).
    document->edit(QStringLiteral("test"),
                   [](Plan &plan) { plan.metrics.kpis.first().measures = KpiMeasure::Custom; });
    MetricsEditor metrics(document);
    // Where a KPI's target comes from shows in its target cell, not in a column of its own.
    checkFieldColumns<Kpi>(tableOf(&metrics, "metrics.kpisEditor"),
                           {u"name", u"definition", u"unit", u"target", u"frequency", u"measures",
                            u"greenAt", u"yellowAt", u"direction"});
    checkFieldColumns<Risk>(tableOf(&metrics, "metrics.risksEditor"));
    TargetsEditor targets(document);
    checkFieldColumns<WeightedItem>(tableOf(&targets, "targets.regionsEditor"));
    checkFieldColumns<WeightedItem>(tableOf(&targets, "targets.productsEditor"));

    // The computed columns sit beside the figures they come from.
    TableEditor *members = tableOf(&team, "team.membersEditor");
    CHECK(members->model()->columnOf(u"shareOfTarget") ==
          members->model()->columnOf(u"quotaAmount") + 1);
    TableEditor *risks = tableOf(&metrics, "metrics.risksEditor");
    CHECK(risks->model()->columnOf(u"score") == risks->model()->columnOf(u"impact") + 1);
}

TEST_CASE("Cells show money, rates, dates and choices as people read them", "[columns]")
{
    Translators::use(QStringLiteral("en"));
    OpenSample sample;
    TeamEditor team(sample.document.get());
    MetricsEditor metrics(sample.document.get());
    TableEditor *members = tableOf(&team, "team.membersEditor");
    TableEditor *kpis = tableOf(&metrics, "metrics.kpisEditor");

    // Thresholds are percents on screen and fractions in the plan; a choice reads its name.
    const Kpi &kpi = sample.plan().metrics.kpis.at(0);
    CHECK(cellOf(kpis, 0, u"greenAt").data().toString() == QStringLiteral("100%"));
    CHECK(cellOf(kpis, 0, u"greenAt").data(Qt::EditRole).toDouble() == Approx(kpi.greenAt * 100));
    CHECK(cellOf(kpis, 0, u"frequency").data().toString() == choiceName(kpi.frequency));
    CHECK(cellOf(kpis, 0, u"target").data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));

    // A member on the team before the plan year shows "—"; one who joins, the day.
    const QList<Member> &people = sample.plan().team.members;
    for (int row = 0; row < people.size(); ++row) {
        const QDate start = people.at(row).startDate;
        CHECK(cellOf(members, row, u"startDate").data().toString() ==
              (start.isValid() ? start.toString(Qt::ISODate) : QStringLiteral("\u2014")));
    }
}

TEST_CASE("A choice pasted as its key or its name is taken, anything else refused", "[columns]")
{
    OpenSample sample;
    MissionEditor mission(sample.document.get());
    SegmentsEditor segments(sample.document.get());
    MetricsEditor metrics(sample.document.get());
    TableEditor *competitors = tableOf(&mission, "mission.competitorsEditor");
    TableEditor *segmentTable = tableOf(&segments, "segmentsEditor");
    TableEditor *kpis = tableOf(&metrics, "metrics.kpisEditor");
    TableEditor *risks = tableOf(&metrics, "metrics.risksEditor");
    PlanTableModel *kpiModel = kpis->model();

    // The stable keys, as in a JSON file, in any case and with spaces around.
    CHECK(kpiModel->setData(cellOf(kpis, 0, u"frequency"), QStringLiteral("quarterly")));
    CHECK(sample.plan().metrics.kpis.at(0).frequency == ReviewFrequency::Quarterly);
    CHECK(competitors->model()->setData(cellOf(competitors, 0, u"kind"),
                                        QStringLiteral(" INDIRECT ")));
    CHECK(sample.plan().mission.competitors.at(0).kind == CompetitorKind::Indirect);
    CHECK(segmentTable->model()->setData(cellOf(segmentTable, 0, u"tier"),
                                         QStringLiteral("nurture")));
    CHECK(sample.plan().segments.at(0).tier == SegmentTier::Nurture);
    CHECK(risks->model()->setData(cellOf(risks, 0, u"category"), QStringLiteral("financial")));
    CHECK(sample.plan().metrics.risks.at(0).category == RiskCategory::Financial);

    // The names the user reads, in the language in use.
    for (const char *language : {"en", "zh_CN", "zh_TW"}) {
        INFO(language);
        Translators::use(QString::fromLatin1(language));
        CHECK(
            kpiModel->setData(cellOf(kpis, 0, u"frequency"), choiceName(ReviewFrequency::Yearly)));
        CHECK(sample.plan().metrics.kpis.at(0).frequency == ReviewFrequency::Yearly);
        CHECK(segmentTable->model()->setData(cellOf(segmentTable, 0, u"type"),
                                             choiceName(CustomerType::Consumer)));
        CHECK(sample.plan().segments.at(0).type == CustomerType::Consumer);
        CHECK(
            kpiModel->setData(cellOf(kpis, 0, u"frequency"), choiceName(ReviewFrequency::Weekly)));
        CHECK(cellOf(kpis, 0, u"frequency").data().toString() ==
              choiceName(ReviewFrequency::Weekly));
    }
    Translators::use(QStringLiteral("en"));

    // Neither a key nor a name, nor a value the enum does not have.
    const Plan before = sample.plan();
    const int steps = sample.steps();
    CHECK_FALSE(kpiModel->setData(cellOf(kpis, 0, u"frequency"), QStringLiteral("fortnightly")));
    CHECK_FALSE(kpiModel->setData(cellOf(kpis, 0, u"frequency"), 9));
    CHECK_FALSE(risks->model()->setData(cellOf(risks, 0, u"category"), QStringLiteral("")));
    CHECK(sample.plan() == before);
    CHECK(sample.steps() == steps);
}

TEST_CASE("Counts are whole and in range, a day before the plan year is none", "[columns]")
{
    OpenSample sample;
    TeamEditor team(sample.document.get());
    StagesEditor stages(sample.document.get());
    TableEditor *members = tableOf(&team, "team.membersEditor");
    TableEditor *hiring = tableOf(&team, "team.hiringEditor");
    TableEditor *stageTable = tableOf(&stages, "stagesEditor");

    const Plan before = sample.plan();
    const int steps = sample.steps();
    const QModelIndex ramp = cellOf(members, 0, u"rampMonths");
    for (const QVariant &bad :
         {QVariant(25), QVariant(-1), QVariant(2.5), QVariant(QStringLiteral("three"))}) {
        INFO(bad.toString().toStdString());
        CHECK_FALSE(members->model()->setData(ramp, bad));
    }
    CHECK_FALSE(hiring->model()->setData(cellOf(hiring, 0, u"count"), 0));
    CHECK_FALSE(hiring->model()->setData(cellOf(hiring, 0, u"count"), 1000));
    CHECK_FALSE(stageTable->model()->setData(cellOf(stageTable, 0, u"typicalDays"), 1000));
    CHECK(sample.plan() == before);
    CHECK(sample.steps() == steps);

    CHECK(members->model()->setData(ramp, QStringLiteral("24")));
    CHECK(sample.plan().team.members.at(0).rampMonths == 24);

    // Typed as text, as a paste brings it: a day in the plan year is kept, an earlier one is
    // "on the team before the plan year".
    const QModelIndex start = cellOf(members, 0, u"startDate");
    const QDate firstDay = sample.plan().info.period.firstDay();
    CHECK(members->model()->setData(start, firstDay.addMonths(2).toString(Qt::ISODate)));
    CHECK(sample.plan().team.members.at(0).startDate == firstDay.addMonths(2));
    CHECK(members->model()->setData(start, firstDay.addYears(-3).toString(Qt::ISODate)));
    CHECK_FALSE(sample.plan().team.members.at(0).startDate.isValid());
    CHECK(start.data().toString() == QStringLiteral("\u2014"));
}

TEST_CASE("Typing a KPI's yellow threshold above its green one changes nothing", "[columns]")
{
    OpenSample sample;
    MetricsEditor metrics(sample.document.get());
    metrics.show();
    TableEditor *kpis = tableOf(&metrics, "metrics.kpisEditor");
    QTableView *view = kpis->view();
    const QModelIndex yellow = cellOf(kpis, 0, u"yellowAt");
    REQUIRE(sample.plan().metrics.kpis.at(0).greenAt == Approx(1.0));
    const Plan before = sample.plan();
    const int steps = sample.steps();

    const auto typeInto = [view, &yellow](const QString &percent) {
        view->setCurrentIndex(yellow);
        view->edit(yellow);
        auto *edit = qobject_cast<QLineEdit *>(view->indexWidget(yellow));
        REQUIRE(edit);
        CHECK(edit->text() == QLocale().toString(yellow.data(Qt::EditRole).toDouble()));
        edit->selectAll();
        QTest::keyClicks(edit, percent);
        CHECK(edit->text() == percent); // every digit typed stays: none is dropped to fit
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();               // the view commits and closes the cell queued
        CHECK(view->indexWidget(yellow) == nullptr); // the cell is closed either way
    };

    typeInto(QStringLiteral("120")); // green is at 100 %
    CHECK(sample.plan() == before);
    CHECK(sample.steps() == steps);
    CHECK(yellow.data().toString() == QStringLiteral("90%"));

    typeInto(QStringLiteral("2500")); // thresholds go from 0 to 1000 % of the target
    CHECK(sample.plan() == before);
    CHECK(sample.steps() == steps);

    typeInto(QStringLiteral("80"));
    CHECK(sample.plan().metrics.kpis.at(0).yellowAt == Approx(0.8));
    CHECK(sample.steps() == steps + 1);
    CHECK(yellow.data().toString() == QStringLiteral("80%"));

    // Nor can green go below yellow.
    CHECK_FALSE(kpis->model()->setData(cellOf(kpis, 0, u"greenAt"), 70.0));
    CHECK(sample.plan().metrics.kpis.at(0).greenAt == Approx(1.0));
}

TEST_CASE("A finding's field key puts the cursor in its column", "[columns]")
{
    OpenSample sample;
    TeamEditor team(sample.document.get());
    MetricsEditor metrics(sample.document.get());
    StagesEditor stages(sample.document.get());
    const auto shownColumn = [](QWidget *editor, const char *table) {
        return tableOf(editor, table)->view()->currentIndex().column();
    };
    const auto columnOf = [](QWidget *editor, const char *table, QStringView key) {
        return tableOf(editor, table)->model()->columnOf(key);
    };

    for (const FieldOf<Member> &field : fieldsOf<Member>().fields) {
        REQUIRE(team.focusField(QStringLiteral("team.members.") + field.key.toString()));
        CHECK(shownColumn(&team, "team.membersEditor") ==
              columnOf(&team, "team.membersEditor", field.key));
    }
    REQUIRE(metrics.focusField(QStringLiteral("metrics.kpis.yellowAt")));
    CHECK(shownColumn(&metrics, "metrics.kpisEditor") ==
          columnOf(&metrics, "metrics.kpisEditor", u"yellowAt"));
    REQUIRE(metrics.focusField(QStringLiteral("metrics.risks.likelihood")));
    CHECK(shownColumn(&metrics, "metrics.risksEditor") ==
          columnOf(&metrics, "metrics.risksEditor", u"likelihood"));
    CHECK_FALSE(metrics.focusField(QStringLiteral("metrics.nothing")));

    // The rates' finding goes to the first stage whose rate lets nothing through.
    Plan plan = sample.plan();
    plan.stages[3].conversionRate = 0.0;
    sample.document->edit(QStringLiteral("test"),
                          [&plan](Plan &edited) { edited.stages = plan.stages; });
    REQUIRE(stages.focusField(QStringLiteral("stages.conversionRate")));
    const QModelIndex current = stages.table()->view()->currentIndex();
    CHECK(current.row() == 3);
    CHECK(current.column() == stages.table()->model()->columnOf(u"conversionRate"));
}
