#include "history/historypreviewwidgets.h"

#include "plan/format.h"

#include <QHeaderView>
#include <QLocale>

namespace salesplan::ui {

namespace {

enum PreviewColumn { MonthColumn, RegionColumn, ProductColumn, MemberColumn, AmountColumn };

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

HistoryRowsTable::HistoryRowsTable(QWidget *parent)
    : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels(
        {tr("Month"), tr("Region"), tr("Product"), tr("Member"), tr("Amount")});
    horizontalHeaderItem(AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setToolTip(tr("The line of the file"));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
}

void HistoryRowsTable::showRows(const QList<HistoryRow> &rows, int limit)
{
    const int shown = int(qMin<qsizetype>(rows.size(), limit));
    setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const HistoryRow &row = rows.at(r);
        setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(row.line)));
        setItem(r, MonthColumn, cell(formatMonthOfYear(row.entry.month)));
        setItem(r, RegionColumn, cell(row.entry.region));
        setItem(r, ProductColumn, cell(row.entry.product));
        setItem(r, MemberColumn, cell(row.entry.member));
        setItem(r, AmountColumn, cell(formatMoney(row.entry.amount), Qt::AlignRight));
    }
}

RefusedRowsList::RefusedRowsList(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setAlternatingRowColors(true);
}

void RefusedRowsList::showRefused(const QList<HistoryRefusal> &refused, const QString &sheet,
                                  int limit)
{
    clear();
    const QLocale locale;
    const int shown = int(qMin<qsizetype>(refused.size(), limit));
    for (int i = 0; i < shown; ++i) {
        const HistoryRefusal &refusal = refused.at(i);
        QString place = rowPlace(sheet, refusal.line);
        if (sheet.isEmpty()) // "Line 7"; a sheet's name stays as the workbook spells it
            place[0] = place[0].toUpper();
        //: A refused row: "Line 7: amount "abc" is not a number" or "Sheet1, row 7: …".
        addItem(tr("%1: %2").arg(place, refusal.reasons.join(tr("; "))));
    }
    if (refused.size() > shown)
        addItem(tr("… and %1 more").arg(locale.toString(refused.size() - shown)));
    // As tall as its items, up to a few: the rows that will be imported keep the room.
    constexpr int tallest = 6;
    int height = 2 * frameWidth() + 2;
    for (int i = 0; i < qMin(count(), tallest); ++i)
        height += sizeHintForRow(i);
    setMaximumHeight(height + (count() > tallest ? sizeHintForRow(0) / 2 : 0));
}

} // namespace salesplan::ui
