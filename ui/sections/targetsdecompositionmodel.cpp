#include "targetsdecompositionmodel.h"

#include "help/figurehelp.h"
#include "plan/format.h"
#include "sections/cells/spreadsheettext.h"
#include "summary/plansummary.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace salesplan::ui {

namespace {

constexpr int rowsPerQuarter = 4; // the quarter and its three months
constexpr int rowsWithTotal = Period::quarterCount * rowsPerQuarter + 1;

} // namespace

TargetsDecompositionModel::TargetsDecompositionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TargetsDecompositionModel::setSummary(const Plan &plan, const PlanSummary &summary)
{
    const int rowsBefore = rowCount();
    const QStringList columnsBefore = columnTitles();
    m_period = plan.info.period;
    m_currency = plan.info.currency;
    if (summary.decomposition)
        m_decomposition = *summary.decomposition;
    else
        m_decomposition.reset();
    m_help = lineHelp(plan, summary);
    m_firstMonths.clear();
    if (summary.quotas) {
        for (const HolderQuota &holder : summary.quotas->holders)
            m_firstMonths.append(holder.firstMonth);
    }
    publish(rowsBefore, columnsBefore);
}

QStringList TargetsDecompositionModel::lineHelp(const Plan &plan, const PlanSummary &summary)
{
    QStringList help;
    for (int row = 0; row < rowCount(); ++row) {
        const Line line = lineAt(row);
        const Figure figure = line.kind == RowKind::Month     ? Figure::MonthTarget
                              : line.kind == RowKind::Quarter ? Figure::QuarterTarget
                                                              : Figure::AnnualTarget;
        help.append(figureHelpText({explainFigure(plan, summary, figure, line.index)}));
    }
    return help;
}

void TargetsDecompositionModel::setSplit(TargetSplit split)
{
    const int rowsBefore = rowCount();
    const QStringList columnsBefore = columnTitles();
    m_split = split;
    publish(rowsBefore, columnsBefore);
}

void TargetsDecompositionModel::publish(int rowsBefore, const QStringList &columnsBefore)
{
    if (rowsBefore != rowCount() || columnsBefore != columnTitles()) {
        beginResetModel();
        endResetModel();
        return;
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

const DimensionSplit *TargetsDecompositionModel::shownSplit() const
{
    return m_decomposition ? m_decomposition->split(m_split) : nullptr;
}

QStringList TargetsDecompositionModel::columnTitles() const
{
    if (!m_decomposition)
        return {};
    const bool quotas = m_split == TargetSplit::Members;
    QStringList titles{tr("Period"), quotas ? tr("All quotas") : tr("Total")};
    if (const DimensionSplit *split = shownSplit())
        titles += split->itemNames;
    return titles;
}

int TargetsDecompositionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_decomposition ? 0 : rowsWithTotal;
}

int TargetsDecompositionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

TargetsDecompositionModel::Line TargetsDecompositionModel::lineAt(int row)
{
    if (row >= rowsWithTotal - 1)
        return {RowKind::Total, 0};
    const int quarter = row / rowsPerQuarter;
    const int position = row % rowsPerQuarter;
    if (position == 0)
        return {RowKind::Quarter, quarter};
    return {RowKind::Month, quarter * 3 + position - 1};
}

qint64 TargetsDecompositionModel::valueAt(const Line &line, int column) const
{
    const Decomposition &decomposition = *m_decomposition;
    if (column == TotalColumn && m_split == TargetSplit::Members && shownSplit()) {
        // The members' quotas add up to the target × (1 + over-assignment): the total is theirs.
        qint64 total = 0;
        for (qsizetype item = 0; item < shownSplit()->annual.size(); ++item)
            total += valueAt(line, FirstItemColumn + int(item));
        return total;
    }
    if (column == TotalColumn) {
        switch (line.kind) {
        case RowKind::Month:
            return decomposition.months[size_t(line.index)];
        case RowKind::Quarter:
            return decomposition.quarters[size_t(line.index)];
        case RowKind::Total:
            return decomposition.annual;
        }
    }
    const DimensionSplit *split = shownSplit();
    const int item = column - FirstItemColumn;
    if (!split || item < 0 || item >= split->annual.size())
        return 0;
    const MonthValues &months = split->byMonth.at(item);
    switch (line.kind) {
    case RowKind::Month:
        return months[size_t(line.index)];
    case RowKind::Quarter: {
        const size_t first = size_t(line.index) * 3;
        return months[first] + months[first + 1] + months[first + 2];
    }
    case RowKind::Total:
        return split->annual.at(item);
    }
    return 0;
}

QString TargetsDecompositionModel::periodLabel(const Line &line) const
{
    const QLocale locale;
    switch (line.kind) {
    case RowKind::Month: {
        const QDate month = m_period.monthStart(line.index);
        return QStringLiteral("    ") + formatMonthName(month.month(), MonthForm::Long, locale) +
               (m_period.startMonth == 1 ? QString() : QStringLiteral(" %1").arg(month.year()));
    }
    case RowKind::Quarter: {
        const int first = line.index * 3;
        return tr("Q%1 (%2–%3)")
            .arg(line.index + 1)
            .arg(formatMonthName(m_period.monthStart(first).month(), MonthForm::Short, locale),
                 formatMonthName(m_period.monthStart(first + 2).month(), MonthForm::Short, locale));
    }
    case RowKind::Total:
        return tr("Year %1").arg(m_period.year);
    }
    return {};
}

bool TargetsDecompositionModel::beforeStart(const Line &line, int column) const
{
    const int item = column - FirstItemColumn;
    if (m_split != TargetSplit::Members || line.kind != RowKind::Month || item < 0 ||
        item >= m_firstMonths.size())
        return false; // the row of what no one carries comes after the holders
    const int first = m_firstMonths.at(item);
    return first < 0 || line.index < first;
}

QString TargetsDecompositionModel::startTip(int column) const
{
    const int first = m_firstMonths.at(column - FirstItemColumn);
    if (first < 0)
        return tr("Not started yet: no quota in this plan year");
    return tr("Starts in %1").arg(formatMonthName(m_period.monthStart(first).month()));
}

QVariant TargetsDecompositionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_decomposition || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const Line line = lineAt(index.row());
    const bool isPeriod = index.column() == PeriodColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (isPeriod)
            return periodLabel(line);
        return moneyText(valueAt(line, index.column()), m_currency);
    case Qt::WhatsThisRole:
        // The company's figures: a region's, a product line's or a member's share is split
        // further, which the company's formula does not tell.
        if (index.column() <= TotalColumn)
            return m_help.value(index.row());
        return {};
    case Qt::ToolTipRole:
        if (beforeStart(line, index.column()))
            return startTip(index.column());
        if (!isPeriod && m_decomposition->annual > 0) {
            const qint64 value = valueAt(line, index.column());
            const double share = double(value) / double(m_decomposition->annual);
            const QString exact = exactMoneyTip(value, m_currency);
            const QString ofYear = tr("%1 of the year's target").arg(formatPercent(share, 2));
            return exact.isEmpty() ? ofYear : exact + u'\n' + ofYear;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(isPeriod ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (line.kind != RowKind::Month) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (beforeStart(line, index.column()))
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::BackgroundRole:
        if (line.kind == RowKind::Quarter)
            return QBrush(QPalette().color(QPalette::AlternateBase));
        if (line.kind == RowKind::Total)
            return QBrush(QPalette().color(QPalette::Midlight));
        return {};
    case SpreadsheetTextRole:
        if (isPeriod)
            return periodLabel(line).trimmed();
        return Money{valueAt(line, index.column()), m_currency}.toPlainString();
    case SpreadsheetFormatRole:
        return spreadsheetFormat(isPeriod ? FieldKind::Text : FieldKind::Money, m_currency);
    case MinorUnitsRole:
        return isPeriod ? QVariant() : QVariant(valueAt(line, index.column()));
    case RowKindRole:
        return int(line.kind);
    case MonthIndexRole:
        return line.kind == RowKind::Month ? line.index : -1;
    default:
        return {};
    }
}

QVariant TargetsDecompositionModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitles().value(section);
    if (role == Qt::TextAlignmentRole && section != PeriodColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

} // namespace salesplan::ui
