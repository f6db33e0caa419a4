#include "targetssplitspanel.h"

#include "calc/decompose.h"
#include "cells/fieldcolumns.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "summary/plansummary.h"
#include "tableeditor.h"
#include "targetsform.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
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

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
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
    layout->addWidget(makeMembersGroup(), 3);
}

QWidget *TargetsSplitsPanel::makeMembersGroup()
{
    auto *group = panelGroup(tr("Team members"), QStringLiteral("targets.membersGroup"), this);
    m_members = new QTableWidget(group);
    m_members->setObjectName(QStringLiteral("targets.members"));
    m_members->setAccessibleName(tr("Each team member's part of the target"));
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setColumnCount(6);
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Role"), tr("Region"),
                                          tr("Quota weight"), tr("Share"), tr("Annual target")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setAlternatingRowColors(true);
    m_members->setMinimumHeight(160);
    m_membersNote = noteLabel({}, group);
    m_membersProblem = problemLabel(QStringLiteral("targets.membersProblem"), group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_membersNote);
    layout->addWidget(m_membersProblem);
    layout->addWidget(m_members, 1);
    layout->addStretch(0);
    return group;
}

void TargetsSplitsPanel::showSummary(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    const QList<Member> &members = plan.team.members;
    m_members->setRowCount(int(members.size()));
    const DimensionSplit *split =
        summary.decomposition ? summary.decomposition->split(TargetSplit::Members) : nullptr;
    double sum = 0.0;
    for (const Member &member : members)
        sum += member.quotaShare;
    for (int row = 0; row < members.size(); ++row) {
        const Member &member = members.at(row);
        m_members->setItem(row, 0, new QTableWidgetItem(member.name));
        m_members->setItem(row, 1, new QTableWidgetItem(member.role));
        m_members->setItem(row, 2, new QTableWidgetItem(member.region));
        m_members->setItem(row, 3, figureItem(QLocale().toString(member.quotaShare)));
        m_members->setItem(row, 4,
                           figureItem(sum > 0 ? formatPercent(member.quotaShare / sum) : tr("—")));
        auto *amount =
            figureItem(split ? moneyText(split->annual.at(row), plan.info.currency) : tr("—"));
        if (split)
            amount->setToolTip(exactMoneyTip(split->annual.at(row), plan.info.currency));
        m_members->setItem(row, 5, amount);
    }
    m_members->setVisible(!members.isEmpty());
    m_membersNote->setText(
        members.isEmpty()
            ? tr("No team members yet: add them in the Team section to split the target by "
                 "person.")
            : tr("The split by person follows each member's quota weight. Members and their "
                 "weights are edited in the Team section."));
    if (members.isEmpty() || summary.decomposition)
        showProblem(m_membersProblem, {});
    else
        showProblem(m_membersProblem, summary.decomposition.error().message());
}

} // namespace salesplan::ui
