#include "bridgesection.h"

#include "charts/chartbuilders.h"
#include "plan/format.h"
#include "reportcharts.h"

#include <QChart>

#include <memory>
#include <numeric>
#include <vector>

namespace salesplan::ui {

namespace {

QString rateText(qint64 change, qint64 lastYear)
{
    if (lastYear <= 0)
        return QStringLiteral("–");
    return formatChangeRate(double(change) / double(lastYear));
}

// `amounts` as one table column in one unit, with a + or − before each when `signed`.
QStringList column(const QList<qint64> &amounts, const QString &currency, bool withSign = false)
{
    QList<qint64> magnitudes;
    for (const qint64 amount : amounts)
        magnitudes.append(withSign ? qAbs(amount) : amount);
    QStringList texts = formatPlanAmountColumn(magnitudes, currency);
    if (withSign)
        for (qsizetype i = 0; i < texts.size(); ++i)
            texts[i] = withChangeSign(double(amounts.at(i)), texts.at(i));
    return texts;
}

// The rows of one split: its name in the first column of its first row, then each item and the
// total, each column of amounts in one unit (¥4,513万 … ¥10,000万).
QList<QStringList> bridgeRows(const PlanBridge &bridge)
{
    QList<qint64> lastYears, thisYears, changes;
    for (const BridgeStep &step : bridge.steps) {
        lastYears.append(step.lastYear);
        thisYears.append(step.thisYear);
        changes.append(step.change());
    }
    const qint64 lastYear = std::accumulate(lastYears.begin(), lastYears.end(), qint64(0));
    const qint64 thisYear = std::accumulate(thisYears.begin(), thisYears.end(), qint64(0));
    lastYears.append(lastYear);
    thisYears.append(thisYear);
    changes.append(thisYear - lastYear);
    const QStringList lastYearTexts = column(lastYears, bridge.currency);
    const QStringList thisYearTexts = column(thisYears, bridge.currency);
    const QStringList changeTexts = column(changes, bridge.currency, true);
    QList<QStringList> rows;
    for (qsizetype i = 0; i < lastYears.size(); ++i) {
        const bool total = i + 1 == lastYears.size();
        rows.append({QString(), total ? BridgeSection::tr("Total") : bridge.steps.at(i).name,
                     lastYearTexts.at(i), thisYearTexts.at(i), changeTexts.at(i),
                     rateText(changes.at(i), lastYears.at(i))});
    }
    rows.first()[0] = bridge.dimension == TargetSplit::Regions ? BridgeSection::tr("Regions")
                                                               : BridgeSection::tr("Product lines");
    return rows;
}

// Where the stated last year's actual and the history differ, how the bridge reconciles them.
QString reconciliation(const Plan &plan, const PlanBridge &bridge)
{
    if (bridge.start == bridge.historyTotal)
        return {};
    return BridgeSection::tr("Last year's actual in the plan is %1; the bookings of %2 in the "
                             "history add up to %3. The difference is its own line, so the "
                             "bridge starts from the plan's figure.")
        .arg(formatMoney(bridge.start, bridge.currency),
             QString::number(plan.info.period.earlier(1).year),
             formatMoney(bridge.historyTotal, bridge.currency));
}

// One table for both splits, each with its total, as the quarters and months are.
void writeTable(ReportWriter &writer, const Plan &plan, const QList<PlanBridge> &bridges)
{
    QList<QStringList> rows;
    for (const PlanBridge &bridge : bridges)
        rows.append(bridgeRows(bridge));
    writer.table({{BridgeSection::tr("Split"), 1.1},
                  {BridgeSection::tr("Item"), 1.5},
                  {BridgeSection::tr("Last year"), 1.3, true},
                  {BridgeSection::tr("This year"), 1.3, true},
                  {BridgeSection::tr("Change"), 1.3, true},
                  {BridgeSection::tr("Change %"), 0.8, true}},
                 rows);
    // Every split reads the same history, so one note says how it meets the plan's figure.
    if (const QString note = reconciliation(plan, bridges.first()); !note.isEmpty())
        writer.paragraph(note);
}

// The waterfalls side by side (one at half the width when only one split has history).
void writeCharts(ReportWriter &writer, const Plan &plan, const PlanSummary &summary)
{
    std::vector<std::unique_ptr<QChart>> owned;
    QList<QChart *> charts;
    for (const PlanBridge &bridge : summary.bridges) {
        const int dimension = bridge.dimension == TargetSplit::Regions ? 0 : 1;
        owned.push_back(reportChart({ChartKind::Bridge, dimension}, plan, summary));
        charts.append(owned.back().get());
    }
    writer.charts(charts, 0.34, {1, 1});
}

} // namespace

void BridgeSection::write(ReportWriter &writer, const Plan &plan, const PlanSummary &summary)
{
    if (summary.bridges.isEmpty())
        return;
    writer.heading(tr("From last year to this year"), 2);
    writeCharts(writer, plan, summary);
    writeTable(writer, plan, summary.bridges);
}

} // namespace salesplan::ui
