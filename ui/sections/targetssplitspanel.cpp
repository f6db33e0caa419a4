#include "targetssplitspanel.h"

#include "calc/decompose.h"
#include "cells/fieldcolumns.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "tableeditor.h"
#include "targetsform.h"
#include "targetsquotasgroup.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace salesplan::ui {

namespace {

using Items = QList<WeightedItem>;
using ItemList = Items TargetsSection::*;

double weightSum(const Items &items)
{
    double sum = 0.0;
    for (const WeightedItem &item : items)
        sum += item.weight;
    return sum;
}

QVariant shareOf(const Items &items, const WeightedItem &item)
{
    const double sum = weightSum(items);
    if (!(sum > 0) || !std::isfinite(sum))
        return TargetsSplitsPanel::tr("—");
    return formatPercent(item.weight / sum);
}

// The item's part of the annual target in minor units, split exactly as the decomposition
// splits it; none when the weights do not split.
std::optional<qint64> amountPart(const Plan &plan, const Items &items, const WeightedItem &item)
{
    QList<double> weights;
    qsizetype position = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        weights.append(items.at(i).weight);
        if (items.at(i).id == item.id)
            position = i;
    }
    const Result<QList<qint64>> parts = splitExactly(plan.targets.annualTarget.minor, weights);
    if (!parts || position < 0)
        return std::nullopt;
    return parts->at(position);
}

QVariant amountOf(const Plan &plan, const Items &items, const WeightedItem &item)
{
    const std::optional<qint64> part = amountPart(plan, items, item);
    return part ? moneyText(*part, plan.info.currency) : TargetsSplitsPanel::tr("—");
}

// A split's name may not be empty: the decomposition and the charts name each part.
void refuseEmptyText(RowColumn<WeightedItem> &column)
{
    column.setValue = [set = column.setValue](WeightedItem &item, const QVariant &value) {
        return !value.toString().trimmed().isEmpty() && set(item, value);
    };
}

PlanTableModel *makeSplitModel(PlanDocument *document, ItemList list, const QString &newName,
                               QObject *parent)
{
    QList<RowColumn<WeightedItem>> columns = fieldColumns<WeightedItem>(document);
    refuseEmptyText(columns.first());
    columns.append(computedColumn<WeightedItem>(
        QStringLiteral("share"), FieldKind::Rate, TargetsSplitsPanel::tr("Share"),
        [document, list](const WeightedItem &item) {
            return shareOf(documentPlan(document).targets.*list, item);
        }));
    RowColumn<WeightedItem> amount = computedColumn<WeightedItem>(
        QStringLiteral("annualTarget"), FieldKind::Money, TargetsSplitsPanel::tr("Annual target"),
        [document, list](const WeightedItem &item) {
            const Plan &plan = documentPlan(document);
            return amountOf(plan, plan.targets.*list, item);
        });
    amount.cellToolTip = [document, list](const WeightedItem &item) {
        const Plan &plan = documentPlan(document);
        const std::optional<qint64> part = amountPart(plan, plan.targets.*list, item);
        return part ? exactMoneyTip(*part, plan.info.currency) : QString();
    };
    amount.copyText = [document, list](const WeightedItem &item) {
        const Plan &plan = documentPlan(document);
        const std::optional<qint64> part = amountPart(plan, plan.targets.*list, item);
        return part ? Money{*part, plan.info.currency}.toPlainString() : QString();
    };
    columns.append(amount);
    return new RowTableModel<WeightedItem>(
        document, Section::Targets,
        [list](const Plan &plan) -> const Items & { return plan.targets.*list; },
        [list](Plan &plan) -> Items & { return plan.targets.*list; }, std::move(columns),
        [newName](RowIdSource &ids) {
            return WeightedItem{ids.take(), newName, 1.0, {}};
        },
        parent);
}

QWidget *weightedGroup(const QString &title, const QString &objectName, TableEditor *table,
                       QWidget *parent)
{
    auto *group = panelGroup(title, objectName + QStringLiteral("Group"), parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table);
    return group;
}

} // namespace

TargetsSplitsPanel::TargetsSplitsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.splits"));
    m_regions =
        new TableEditor(makeSplitModel(document, &TargetsSection::regions, tr("New region"), this),
                        QStringLiteral("targets.regions"), tr("Regions and their weights"), this);
    m_products = new TableEditor(
        makeSplitModel(document, &TargetsSection::products, tr("New product line"), this),
        QStringLiteral("targets.products"), tr("Product lines and their weights"), this);
    // The figures fit their contents (a cut amount reads wrong); the names take the rest.
    m_regions->view()->setMinimumHeight(150);
    m_products->view()->setMinimumHeight(150);

    // The regions over the product lines, so that each table has the width of its figures (the
    // editor puts the chart of the shares beside them).
    auto *tables = new QVBoxLayout;
    tables->addWidget(
        weightedGroup(tr("Regions"), QStringLiteral("targets.regions"), m_regions, this));
    tables->addWidget(
        weightedGroup(tr("Product lines"), QStringLiteral("targets.products"), m_products, this));
    auto *weighted = new QHBoxLayout;
    weighted->addLayout(tables, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(weighted, 2);
    m_quotas = new TargetsQuotasGroup(document, this);
    layout->addWidget(m_quotas, 3);
}

void TargetsSplitsPanel::showSummary(const PlanSummary &summary)
{
    m_quotas->showSummary(summary);
}

} // namespace salesplan::ui
