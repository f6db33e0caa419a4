#include "targetshistorypanel.h"

#include "cells/columnsetup.h"
#include "cells/fieldcolumns.h"
#include "document/plandocument.h"
#include "tableeditor.h"
#include "targetsform.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// A new row of history: the month after the latest one (last year's first month when there is
// none), to be filled in.
HistoryEntry newHistoryEntry(const Plan &plan, RowIdSource &ids)
{
    QDate month = plan.info.period.firstDay().addYears(-1);
    for (const HistoryEntry &entry : plan.history) {
        if (entry.month.isValid() && entry.month >= month)
            month = entry.month.addMonths(1);
    }
    HistoryEntry entry;
    entry.id = ids.take();
    entry.month = QDate(month.year(), month.month(), 1);
    entry.amount = Money{0, plan.info.currency};
    return entry;
}

RowTableModel<HistoryEntry> *historyModel(PlanDocument *document, QObject *parent)
{
    auto *model = new RowTableModel<HistoryEntry>(
        document, Section::Targets,
        [](const Plan &plan) -> const QList<HistoryEntry> & { return plan.history; },
        [](Plan &plan) -> QList<HistoryEntry> & { return plan.history; },
        fieldColumns<HistoryEntry>(document),
        [document](RowIdSource &ids) { return newHistoryEntry(document->plan(), ids); }, parent);
    model->setRowsPart(PlanPart::History); // not refreshed by every edit of the targets
    return model;
}

// The rows in month order; rows of one month keep the plan's order.
QSortFilterProxyModel *monthOrder(int monthColumn, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(Qt::EditRole); // the month as a date
    proxy->setDynamicSortFilter(true);
    proxy->sort(monthColumn, Qt::AscendingOrder);
    return proxy;
}

} // namespace

TargetsHistoryPanel::TargetsHistoryPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("targets.page.history"));
    RowTableModel<HistoryEntry> *model = historyModel(document, this);
    m_table = new TableEditor(model, monthOrder(model->columnOf(u"month"), this),
                              QStringLiteral("targets.history"), tr("History"), this);
    m_table->setNewRowColumn(model->columnOf(u"amount"));
    fitContentColumnsOnce(m_table->view(), model);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(
        tr("What was booked month by month in earlier years, by region, product line "
           "and member: the seasonality \"from history\" and last year's figures beside "
           "the plan are worked out from it. Import it with File ▸ Import History…, type it, or "
           "paste it from Excel or WPS (Ctrl+V; a header row is recognised)."),
        this));
    layout->addWidget(m_table, 1);
}

} // namespace salesplan::ui
