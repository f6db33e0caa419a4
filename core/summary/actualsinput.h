#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Typing the plan year's actuals into a grid: the booked amounts by region, product line or
// member and month, and the KPIs' measured values by month. A booked cell is the sum of the
// plan-year history entries of its name and month; it can be typed only while it is backed by at
// most one entry that says nothing else (a typed one), so that typing never rewrites what an
// import brought in.
namespace salesplan {

// Which dimension a grid of booked actuals is by; Company (one row of entries that name none)
// for a plan that splits its target by none.
enum class ActualsBy { Region, Product, Member, Company };

// One cell of the grid of booked actuals.
struct ActualsCell
{
    std::optional<qint64> amount; // the sum of its entries (minor units); none: no entry
    int entries = 0;              // how many history entries make it
    bool typed = true;            // at most one entry, and that one says nothing else
};

// The grid of booked actuals by one dimension: a row per name of the plan (its regions, product
// lines or members), twelve months each.
struct ActualsGrid
{
    ActualsBy by = ActualsBy::Region;
    QStringList names;
    QList<std::array<ActualsCell, Period::monthCount>> rows;
};

// The dimensions the plan has names for, in the order Region, Product, Member; Company alone when
// it has none.
QList<ActualsBy> actualsDimensions(const Plan &plan);
// The plan's names of `by`: its regions, product lines or team members (the empty ones left out);
// one empty name for the company.
QStringList actualsNames(const Plan &plan, ActualsBy by);
// The grid of `by`, in one pass over the history.
ActualsGrid actualsGrid(const Plan &plan, ActualsBy by);
// One cell of it: the actuals of `name` in the plan's month `monthIndex` (0–11).
ActualsCell actualsCell(const Plan &plan, ActualsBy by, const QString &name, int monthIndex);

// Whether `entry`, of a cell of `by`, says nothing but what typing that cell writes: its name,
// and for a member the member's region (or none).
bool isTypedEntry(const Plan &plan, const HistoryEntry &entry, ActualsBy by);

// Why the cell of `name` and `monthIndex` cannot be typed: it adds up several entries or one with
// other details (an imported row); empty when it can.
QString actualsCellLock(const ActualsCell &cell);

// Writes the typed cell of `name` and `monthIndex`: `amount` in the entry that makes it (a new
// one when there is none; a member's carries the member's region), or no entry when `amount` is
// none. Refused (nothing changes) when the cell is not typed or the amount is in another
// currency.
Status setActualsCell(Plan &plan, ActualsBy by, const QString &name, int monthIndex,
                      const std::optional<Money> &amount);

// --- KPI actuals ------------------------------------------------------------------------------

// The KPIs whose actuals are typed: every KPI but those of revenue (the bookings give it).
QList<Kpi> typedKpis(const Plan &plan);
// The measured value of KPI `kpiId` in the plan's month `monthIndex`; none when nothing is.
std::optional<double> kpiActualValue(const Plan &plan, RowId kpiId, int monthIndex);
// Reads a value typed for `kpi`: a count of leads (whole, not negative), a win rate in percent
// (0 to 100, "45" or "45 %"), a deal size in the plan's money (5万, ¥50,000), any number for a
// custom KPI. The reason in words when it cannot be.
Result<double> parseKpiActual(const Kpi &kpi, const QString &text, const QString &currency);
// Sets the KPI's value in the month, or removes it when `value` is none.
void setKpiActual(Plan &plan, RowId kpiId, int monthIndex, const std::optional<double> &value);

} // namespace salesplan
