#include "review/actualsgridmodel.h"

#include "document/plandocument.h"
#include "plan/format.h"

#include <QFont>

namespace salesplan::ui {

namespace {

QString dimensionTitle(ActualsBy by)
{
    switch (by) {
    case ActualsBy::Region:
        return ActualsGridModel::tr("Region");
    case ActualsBy::Product:
        return ActualsGridModel::tr("Product line");
    case ActualsBy::Member:
        return ActualsGridModel::tr("Member");
    case ActualsBy::Company:
        break;
    }
    return ActualsGridModel::tr("Actuals");
}

std::optional<qint64> plus(std::optional<qint64> sum, const std::optional<qint64> &amount)
{
    if (!amount)
        return sum;
    return sum.value_or(0) + *amount;
}

} // namespace

bool ActualsGridModel::GridSource::sameAs(const Plan &plan) const
{
    return history.isSharedWith(plan.history) && period == plan.info.period &&
           currency == plan.info.currency && regions == plan.targets.regions &&
           products == plan.targets.products && members == plan.team.members;
}

ActualsGridModel::ActualsGridModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, Section::Targets, parent)
{
    setRowsPart(PlanPart::History);
    setAlsoShows(PlanPart::Targets | PlanPart::Team);
    const QList<ActualsBy> dimensions = actualsDimensions(document->plan());
    m_by = dimensions.first();
}

void ActualsGridModel::setBy(ActualsBy by)
{
    if (by == m_by)
        return;
    resetRows([&] {
        m_by = by;
        m_gridSource.reset();
    });
}

const ActualsGrid &ActualsGridModel::grid() const
{
    const Plan &plan = document()->plan();
    if (!m_gridSource || !m_gridSource->sameAs(plan)) {
        m_grid = actualsGrid(plan, m_by);
        m_gridSource = GridSource{plan.history,         plan.info.period,      plan.info.currency,
                                  plan.targets.regions, plan.targets.products, plan.team.members};
    }
    return m_grid;
}

int ActualsGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + (hasTotalRow() ? 1 : 0);
}

int ActualsGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : YearColumn + 1;
}

bool ActualsGridModel::isMonthCell(const QModelIndex &index) const
{
    return index.isValid() && index.row() < totalRow() && index.column() >= FirstMonthColumn &&
           index.column() < YearColumn;
}

std::optional<qint64> ActualsGridModel::rowTotal(int row) const
{
    std::optional<qint64> total;
    for (const ActualsCell &cell : grid().rows.at(row))
        total = plus(total, cell.amount);
    return total;
}

std::optional<qint64> ActualsGridModel::monthTotal(int month) const
{
    std::optional<qint64> total;
    for (const auto &row : grid().rows)
        total = plus(total, row[std::size_t(month)].amount);
    return total;
}

QVariant ActualsGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool total = index.row() == totalRow() || index.column() == YearColumn;
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && m_refused == index && !m_refusal.isEmpty())
        return m_refusal;
    return cellData(index.row(), index.column(), role);
}

QVariant ActualsGridModel::cellData(int row, int column, int role) const
{
    const QString &currency = document()->plan().info.currency;
    if (column == NameColumn) {
        if (role != Qt::DisplayRole && role != Qt::EditRole && role != SpreadsheetTextRole)
            return {};
        if (row == totalRow())
            return tr("Total");
        return m_by == ActualsBy::Company ? tr("Company") : grid().names.at(row);
    }
    std::optional<qint64> amount;
    const ActualsCell *cell = nullptr;
    if (column == YearColumn && row == totalRow()) {
        for (int month = 0; month < Period::monthCount; ++month)
            amount = plus(amount, monthTotal(month));
    } else if (column == YearColumn) {
        amount = rowTotal(row);
    } else if (row == totalRow()) {
        amount = monthTotal(column - FirstMonthColumn);
    } else {
        cell = &grid().rows.at(row)[std::size_t(column - FirstMonthColumn)];
        amount = cell->amount;
    }
    switch (role) {
    case Qt::DisplayRole:
        return amount ? formatPlanAmount(*amount, currency) : QString();
    case Qt::EditRole:
    case SpreadsheetTextRole:
        return amount ? Money{*amount, currency}.toPlainString() : QString();
    case SpreadsheetFormatRole:
        return spreadsheetFormat(FieldKind::Money, currency);
    case Qt::ToolTipRole:
        if (cell && !cell->typed)
            return actualsCellLock(*cell);
        return amount ? formatMoneyExact(*amount, currency) : QVariant();
    case Qt::FontRole:
        if (cell && !cell->typed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActualsGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return dimensionTitle(m_by);
    if (section == YearColumn)
        return tr("Year");
    return formatMonthNames(document()->plan().info.period, MonthForm::Short)
        .value(section - FirstMonthColumn);
}

Qt::ItemFlags ActualsGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isMonthCell(index) && !document()->isReadOnly() &&
        grid().rows.at(index.row())[std::size_t(index.column() - FirstMonthColumn)].typed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

std::optional<std::optional<Money>> ActualsGridModel::amountOf(const QString &text,
                                                               QString *problem) const
{
    if (text.trimmed().isEmpty())
        return std::optional<Money>(); // cleared: no entry
    const Result<Money> money = Money::parseInput(text, document()->plan().info.currency);
    if (money)
        return std::optional<Money>(*money);
    *problem = money.error().reason;
    return std::nullopt;
}

QString ActualsGridModel::inputProblem(const QModelIndex &index, const QString &text) const
{
    if (document()->isReadOnly())
        return tr("The plan is open read-only.");
    if (!isMonthCell(index))
        return tr("Totals are worked out from the months; type the months.");
    const ActualsCell &cell =
        grid().rows.at(index.row())[std::size_t(index.column() - FirstMonthColumn)];
    if (const QString lock = actualsCellLock(cell); !lock.isEmpty())
        return lock;
    QString problem;
    amountOf(text, &problem);
    return problem;
}

bool ActualsGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    QString problem = inputProblem(index, text);
    const std::optional<std::optional<Money>> amount =
        problem.isEmpty() ? amountOf(text, &problem) : std::nullopt;
    m_refusal = problem;
    m_refused = index;
    if (!amount) {
        emit dataChanged(index, index, {Qt::ToolTipRole});
        return false;
    }
    const int month = index.column() - FirstMonthColumn;
    const QString name = grid().names.at(index.row());
    const QString shownName = data(index.siblingAtColumn(NameColumn), Qt::DisplayRole).toString();
    const ActualsBy by = m_by;
    return editPlan(
        tr("Type the actuals of %1, %2")
            .arg(shownName, formatMonthOfYear(document()->plan().info.period.monthStart(month))),
        [&](Plan &plan) { setActualsCell(plan, by, name, month, *amount); });
}

ColumnSpec ActualsGridModel::columnSpec(int column) const
{
    if (column == NameColumn)
        return ColumnSpec{QStringLiteral("name"), FieldKind::Text};
    if (column == YearColumn)
        return ColumnSpec{QStringLiteral("year"), FieldKind::Money};
    return ColumnSpec{QStringLiteral("m%1").arg(column - FirstMonthColumn + 1), FieldKind::Money};
}

QStringList ActualsGridModel::columnNames(int column) const
{
    QStringList names{headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                      columnSpec(column).key};
    if (column >= FirstMonthColumn && column < YearColumn)
        names.append(formatMonthNames(document()->plan().info.period, MonthForm::Long)
                         .value(column - FirstMonthColumn));
    return names;
}

QList<PasteProblem> ActualsGridModel::pasteCells(const QList<int> &rows,
                                                 const QList<int> &shownRows, int firstColumn,
                                                 const QList<QStringList> &cells)
{
    QList<PasteProblem> problems;
    if (document()->isReadOnly())
        return problems;
    const QStringList names = grid().names;
    const ActualsBy by = m_by;
    const QString currency = document()->plan().info.currency;
    const auto refuse = [&](qsizetype i, int column, const QString &text, const QString &why) {
        problems.append({shownRows.value(i) + 1,
                         headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                         text.trimmed(), why});
    };
    editPlan(tr("Paste actuals"), [&](Plan &plan) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int row = rows.value(i, -1);
            for (qsizetype j = 0; j < cells.at(i).size(); ++j) {
                const int column = firstColumn + int(j);
                const QString &text = cells.at(i).at(j);
                // Names and totals, copied with the months, are worked out: left as they are.
                if (text.trimmed().isEmpty() || column == NameColumn || column == YearColumn)
                    continue;
                if (column > YearColumn) {
                    refuse(i, column, text, tr("falls to the right of December"));
                    continue;
                }
                if (row < 0 || row >= names.size()) {
                    refuse(i, column, text, tr("falls on the total row or below the table"));
                    continue;
                }
                const Result<Money> amount = Money::parseInput(text, currency);
                const Status set = amount ? setActualsCell(plan, by, names.at(row),
                                                           column - FirstMonthColumn, *amount)
                                          : Status(amount.error());
                if (!set)
                    refuse(i, column, text, set.error().reason);
            }
        }
    });
    return problems;
}

bool ActualsGridModel::clearCells(const QModelIndexList &cells)
{
    QList<std::pair<QString, int>> cleared; // name, month
    for (const QModelIndex &index : cells) {
        if (flags(index).testFlag(Qt::ItemIsEditable) && index.data(Qt::EditRole) != QString())
            cleared.append({grid().names.at(index.row()), index.column() - FirstMonthColumn});
    }
    if (cleared.isEmpty())
        return false;
    const ActualsBy by = m_by;
    return editPlan(tr("Clear actuals"), [&](Plan &plan) {
        for (const auto &[name, month] : cleared)
            setActualsCell(plan, by, name, month, std::nullopt);
    });
}

} // namespace salesplan::ui
