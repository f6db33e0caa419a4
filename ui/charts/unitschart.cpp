// A team plan's units: each unit's allocation (top-down) beside its own target (bottom-up) as
// two bars with their amounts, the gap under the unit's name ("▲ +12%" where it is beyond the
// threshold, so it reads without colour), and a unit that is not summed (missing, in another
// currency…) named in words under its name with no bar of its own target, never a bar of zero.
#include "charts/chartsupport.h"
#include "plan/format.h"
#include "team/consolidation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace salesplan::ui::chart {

namespace {

constexpr double barWidth = 0.7;

void buildSeries(QChart *chart, const MoneyScale &scale, const QString &currency)
{
    clearChart(chart);
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("units.bars"));
    bars->setBarWidth(barWidth);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setProperty(labelsProperty, true);
    auto *allocation = new QBarSet(Charts::tr("Allocation (top-down)"));
    allocation->setObjectName(QStringLiteral("units.topDown"));
    auto *own = new QBarSet(Charts::tr("Unit's own target (bottom-up)"));
    own->setObjectName(QStringLiteral("units.bottomUp"));
    bars->append(allocation);
    bars->append(own);
    chart->addSeries(bars);
    addCategoryAndMoneyAxes(chart, QStringLiteral("units"), scale, currency, {bars});
}

// "East<br>▲ +12%" beyond the threshold, "East<br>+2%" within it, "East<br><i>Missing</i>".
QString categoryOf(const UnitRow &row)
{
    const QString name = row.name.toHtmlEscaped();
    if (!row.bottomUp)
        return QStringLiteral("%1<br><i>%2</i>")
            .arg(name, unitStatusText(row.status).toHtmlEscaped());
    const std::optional<double> share = row.gapShare();
    if (!share)
        return name;
    QString gap = formatPercent(*share, 1);
    if (*share > 0)
        gap.prepend(u'+');
    if (!row.gapBeyondThreshold)
        return QStringLiteral("%1<br>%2").arg(name, gap.toHtmlEscaped());
    //: A gap beyond the threshold under a unit's name: an arrow up or down, then the gap.
    return Charts::tr("%1<br><b>%2 %3</b>")
        .arg(name, *share > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), gap.toHtmlEscaped());
}

QString tipOf(const UnitRow &row, const Consolidation &c)
{
    QString tip =
        Charts::tr("%1: allocated %2").arg(row.name, formatMoneyExact(row.topDown, c.currency));
    if (row.bottomUp)
        return Charts::tr("%1, its own target %2, gap %3")
            .arg(tip, formatMoneyExact(*row.bottomUp, c.currency), unitGapText(row, c));
    return Charts::tr("%1; %2").arg(tip, unitStatusWords(row));
}

} // namespace

bool explainNoUnits(QChart *chart, const QString &title, const Plan &plan,
                    const PlanSummary &summary, const ChartTheme &theme)
{
    if (plan.units.isEmpty()) {
        explain(chart, title, Charts::tr("Not a team plan: no units. Add units in Targets, Units"),
                theme);
        return true;
    }
    if (!summary.team) {
        explain(chart, title,
                Charts::tr("The units' plans are not read here: save the team plan first"), theme);
        return true;
    }
    return false;
}

void drawUnits(QChart *chart, const Plan &plan, const PlanSummary &summary, const ChartTheme &theme)
{
    const QString title = chartTitle({ChartKind::Units, 0}, plan);
    if (explainNoUnits(chart, title, plan, summary, theme))
        return;
    const Consolidation &c = *summary.team;
    if (c.units.isEmpty())
        return explain(chart, title, Charts::tr("Not a team plan: no units"), theme);
    qint64 largest = 0;
    QList<qint64> topDown, bottomUp;
    QStringList categories, tips;
    for (const UnitRow &row : c.units) {
        topDown.append(row.topDown);
        bottomUp.append(row.bottomUp.value_or(0)); // no bar: the name says why
        largest = std::max({largest, row.topDown, row.bottomUp.value_or(0)});
        categories.append(categoryOf(row));
        tips.append(tipOf(row, c));
    }
    const MoneyScale scale = moneyScale(largest, c.currency, QLocale());
    if (!hasShape(chart, QStringLiteral("units"))) {
        buildSeries(chart, scale, c.currency);
        setShape(chart, QStringLiteral("units"), title);
    }
    auto *bars = static_cast<QBarSeries *>(findSeries(chart, QStringLiteral("units.bars")));
    const int decimals = moneyLabelDecimals(double(largest) / scale.divisor);
    const QList<QList<qint64>> exact{topDown, bottomUp};
    for (int i = 0; i < 2; ++i) {
        QBarSet *set = bars->barSets().at(i);
        set->setColor(theme.palette.at(i == 0 ? 0 : 2));
        set->setLabelColor(theme.text);
        setBarValues(set, roundedToLabels(exact.at(i), scale, decimals), scale.divisor);
        setExact(set, exact.at(i), tips);
    }
    setMoneyBarLabels(bars, scale, c.currency);
    // Room above the tallest bar for its label.
    setMoneyAxes(chart, QStringLiteral("units"), categories, scale, largest * 11 / 10);
}

QString unitsTakeaway(const PlanSummary &summary)
{
    if (!summary.team || summary.team->units.isEmpty())
        return {};
    const Consolidation &c = *summary.team;
    const int count = int(c.units.size());
    int below = 0, above = 0;
    QStringList notSummed;
    const UnitRow *firstNotSummed = nullptr;
    for (const UnitRow &row : c.units) {
        if (const std::optional<qint64> gap = row.gap()) {
            below += *gap < 0 ? 1 : 0;
            above += *gap > 0 ? 1 : 0;
        }
        if (row.status != UnitStatus::Ok) {
            notSummed.append(row.name);
            firstNotSummed = firstNotSummed ? firstNotSummed : &row;
        }
    }
    QString sentence;
    if (below > 0)
        sentence =
            Charts::tr("%1 of %n units plan below their allocation", nullptr, count).arg(below);
    else if (above > 0)
        sentence =
            Charts::tr("%1 of %n units plan above their allocation", nullptr, count).arg(above);
    else if (notSummed.size() < count)
        sentence = Charts::tr("Every unit read plans its allocation");
    if (!firstNotSummed)
        return sentence;
    QString missing;
    if (notSummed.size() > 1)
        missing = Charts::tr("%n units not summed", nullptr, int(notSummed.size()));
    else if (firstNotSummed->status == UnitStatus::Missing)
        missing = Charts::tr("%1 is missing").arg(firstNotSummed->name);
    else
        missing = Charts::tr("%1 is not summed (%2)")
                      .arg(firstNotSummed->name, unitStatusText(firstNotSummed->status));
    return sentence.isEmpty() ? missing : Charts::tr("%1; %2").arg(sentence, missing);
}

} // namespace salesplan::ui::chart
