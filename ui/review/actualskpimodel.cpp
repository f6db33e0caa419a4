#include "review/actualskpimodel.h"

#include "document/plandocument.h"
#include "plan/format.h"
#include "summary/actualsinput.h"
#include "summary/kpitargets.h"

namespace salesplan::ui {

ActualsKpiModel::ActualsKpiModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Section::Metrics, parent)
{
    setRowsPart(PlanPart::History); // where Plan::kpiActuals belongs
    setAlsoShows(PlanPart::Metrics);
}

QList<Kpi> ActualsKpiModel::kpis() const
{
    return typedKpis(document()->plan());
}

int ActualsKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kpis().size());
}

int ActualsKpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonthColumn + Period::monthCount;
}

bool ActualsKpiModel::isMonthCell(const QModelIndex &index) const
{
    return index.isValid() && index.row() < rowCount() && index.column() >= FirstMonthColumn &&
           index.column() < columnCount();
}

QVariant ActualsKpiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Plan &plan = document()->plan();
    const Kpi kpi = kpis().at(index.row());
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SpreadsheetTextRole)
            return kpi.name;
        if (role == Qt::ToolTipRole && !kpi.definition.isEmpty())
            return kpi.definition;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && m_refused == index && !m_refusal.isEmpty())
        return m_refusal;
    const std::optional<double> value =
        kpiActualValue(plan, kpi.id, index.column() - FirstMonthColumn);
    QLocale plain;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    switch (role) {
    case Qt::DisplayRole:
        return value ? formatKpiValue(kpi, *value, plan.info.currency) : QString();
    case Qt::EditRole:
    case SpreadsheetTextRole:
        return value ? formatNumber(*value, 4, plain) : QString();
    default:
        break;
    }
    return {};
}

QVariant ActualsKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("KPI");
    return formatMonthNames(document()->plan().info.period, MonthForm::Short)
        .value(section - FirstMonthColumn);
}

Qt::ItemFlags ActualsKpiModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isMonthCell(index) && !document()->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

std::optional<std::optional<double>> ActualsKpiModel::valueOf(int row, const QString &text,
                                                              QString *problem) const
{
    if (text.trimmed().isEmpty())
        return std::optional<double>();
    const Result<double> value =
        parseKpiActual(kpis().at(row), text, document()->plan().info.currency);
    if (value)
        return std::optional<double>(*value);
    *problem = value.error().message();
    return std::nullopt;
}

QString ActualsKpiModel::inputProblem(const QModelIndex &index, const QString &text) const
{
    if (document()->isReadOnly())
        return tr("The plan is open read-only.");
    if (!isMonthCell(index))
        return tr("Type a month's value, not the KPI's name.");
    QString problem;
    valueOf(index.row(), text, &problem);
    return problem;
}

bool ActualsKpiModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    QString problem = inputProblem(index, text);
    const std::optional<std::optional<double>> typed =
        problem.isEmpty() ? valueOf(index.row(), text, &problem) : std::nullopt;
    m_refusal = problem;
    m_refused = index;
    if (!typed) {
        emit dataChanged(index, index, {Qt::ToolTipRole});
        return false;
    }
    const Kpi kpi = kpis().at(index.row());
    const int month = index.column() - FirstMonthColumn;
    return editPlan(
        tr("Type %1 for %2")
            .arg(kpi.name, formatMonthOfYear(document()->plan().info.period.monthStart(month))),
        [&](Plan &plan) { setKpiActual(plan, kpi.id, month, *typed); });
}

ColumnSpec ActualsKpiModel::columnSpec(int column) const
{
    if (column == NameColumn)
        return ColumnSpec{QStringLiteral("kpi"), FieldKind::Text};
    return ColumnSpec{QStringLiteral("m%1").arg(column - FirstMonthColumn + 1), FieldKind::Number};
}

QStringList ActualsKpiModel::columnNames(int column) const
{
    QStringList names{headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                      columnSpec(column).key};
    if (column >= FirstMonthColumn)
        names.append(formatMonthNames(document()->plan().info.period, MonthForm::Long)
                         .value(column - FirstMonthColumn));
    return names;
}

QList<PasteProblem> ActualsKpiModel::pasteCells(const QList<int> &rows, const QList<int> &shownRows,
                                                int firstColumn, const QList<QStringList> &cells)
{
    QList<PasteProblem> problems;
    if (document()->isReadOnly())
        return problems;
    const QList<Kpi> shown = kpis();
    const QString currency = document()->plan().info.currency;
    editPlan(tr("Paste KPI actuals"), [&](Plan &plan) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int row = rows.value(i, -1);
            for (qsizetype j = 0; j < cells.at(i).size(); ++j) {
                const int column = firstColumn + int(j);
                const QString &text = cells.at(i).at(j);
                if (text.trimmed().isEmpty() || column == NameColumn)
                    continue; // a KPI's name, copied with its months, stays as it is
                const QString title =
                    headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
                if (column >= columnCount()) {
                    problems.append({shownRows.value(i) + 1, title, text.trimmed(),
                                     tr("falls to the right of December")});
                    continue;
                }
                if (row < 0 || row >= shown.size()) {
                    problems.append({shownRows.value(i) + 1, title, text.trimmed(),
                                     tr("falls below the table")});
                    continue;
                }
                const Result<double> value = parseKpiActual(shown.at(row), text, currency);
                if (value)
                    setKpiActual(plan, shown.at(row).id, column - FirstMonthColumn, *value);
                else
                    problems.append(
                        {shownRows.value(i) + 1, title, text.trimmed(), value.error().message()});
            }
        }
    });
    return problems;
}

bool ActualsKpiModel::clearCells(const QModelIndexList &cells)
{
    const QList<Kpi> shown = kpis();
    QList<std::pair<RowId, int>> cleared; // KPI, month
    for (const QModelIndex &index : cells) {
        if (flags(index).testFlag(Qt::ItemIsEditable) && index.data(Qt::EditRole) != QString())
            cleared.append({shown.at(index.row()).id, index.column() - FirstMonthColumn});
    }
    if (cleared.isEmpty())
        return false;
    return editPlan(tr("Clear KPI actuals"), [&](Plan &plan) {
        for (const auto &[kpi, month] : cleared)
            setKpiActual(plan, kpi, month, std::nullopt);
    });
}

} // namespace salesplan::ui
