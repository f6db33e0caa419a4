#include "targetsquotasgroup.h"

#include "cells/tableclipboard.h"
#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"
#include "targetsform.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

enum HolderColumn {
    NameColumn,
    RegionColumn,
    BasisColumn,
    AnnualColumn,
    ShareColumn,
    FirstMonthColumn,
    HolderColumnCount
};

// The month a plan month index names: "March", or "March 2028" when the plan year spans two.
QString planMonthText(const Period &period, int month)
{
    if (month < 0)
        return TargetsQuotasGroup::tr("—");
    const QDate start = period.monthStart(month);
    const QString name = formatMonthName(start.month());
    return period.startMonth == 1 ? name : QStringLiteral("%1 %2").arg(name).arg(start.year());
}

// The holder's annual quota as a share of what its region assigns; "—" outside every region.
QString shareOfGroup(const QuotaSplit &quotas, const HolderQuota &quota)
{
    if (quota.group < 0 || quota.group >= quotas.groups.size())
        return TargetsQuotasGroup::tr("—");
    qint64 assigned = 0;
    for (const qint64 month : quotas.groups.at(quota.group).assigned)
        assigned += month;
    return assigned > 0 ? formatPercent(double(quota.annual) / double(assigned))
                        : TargetsQuotasGroup::tr("—");
}

// A quota holder's row of the table, one text per HolderColumn; "—" for the figures of quotas
// that could not be worked out.
QStringList holderTexts(const Plan &plan, const QuotaHolder &holder, const QuotaSplit *quotas,
                        const HolderQuota *quota)
{
    const QString none = TargetsQuotasGroup::tr("—");
    const QString basis =
        holder.fixedAnnual > 0 ? TargetsQuotasGroup::tr("Fixed") : TargetsQuotasGroup::tr("Share");
    if (!quotas || !quota)
        return {holder.name, holder.group, basis, none, none, none};
    return {holder.name,
            holder.group,
            basis,
            moneyText(quota->annual, plan.info.currency),
            shareOfGroup(*quotas, *quota),
            planMonthText(plan.info.period, quota->firstMonth)};
}

QTableWidgetItem *holderItem(int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    if (column == AnnualColumn || column == ShareColumn)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Tall enough to show every row up to a dozen (the page scrolls), so no quota hides below.
void fitRows(QTableWidget *table)
{
    constexpr int mostRows = 12;
    const int rows = qBound(4, table->rowCount(), mostRows);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * table->frameWidth());
}

} // namespace

TargetsQuotasGroup::TargetsQuotasGroup(PlanDocument *document, QWidget *parent)
    : QGroupBox(tr("Quotas"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.membersGroup"));
    m_members = new QTableWidget(this);
    m_members->setObjectName(QStringLiteral("targets.members"));
    m_members->setAccessibleName(tr("Each quota holder's part of the target"));
    m_members->setTabKeyNavigation(
        false); // Tab leaves the table; the arrows move between its cells
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setColumnCount(HolderColumnCount);
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Region"), tr("Quota basis"),
                                          tr("Annual quota"), tr("Share of region"),
                                          tr("First month with quota")});
    // The names (a hire line is long) take the spare width; the figures fit their contents.
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->hide();
    m_members->setAlternatingRowColors(true);
    new TableClipboard(m_members); // copied to a spreadsheet as numbers
    m_membersNote = noteLabel({}, this);
    m_membersProblem = problemLabel(QStringLiteral("targets.membersProblem"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeQuotaSettings());
    layout->addWidget(m_membersNote);
    layout->addWidget(m_membersProblem);
    layout->addWidget(m_members, 1);
    layout->addStretch(0);
}

QWidget *TargetsQuotasGroup::makeQuotaSettings()
{
    auto *settings = new QWidget(this);
    const FieldOf<TargetsSection> *follows = fieldsOf<TargetsSection>().find(u"quotasFollowStart");
    auto *followStart = new QCheckBox(follows->labelText(), settings);
    followStart->setToolTip(follows->hintText());
    followStart->setAccessibleName(follows->labelText());
    bindCheckBox(followStart, m_document,
                 {QStringLiteral("targets.quotasFollowStart"),
                  tr("Make quotas follow start dates and ramp"),
                  tr("Make quotas ignore start dates and ramp"),
                  [](const Plan &plan) { return plan.targets.quotasFollowStart; },
                  [](Plan &plan, bool follow) {
                      plan.targets.quotasFollowStart = follow;
                  }});

    auto *over =
        new PercentField(m_document,
                         {QStringLiteral("targets.overAssignment"), tr("Edit over-assignment"),
                          [](const Plan &plan) { return plan.targets.overAssignment; },
                          [](Plan &plan, double value) {
                              plan.targets.overAssignment = value;
                          }},
                         rangeOf<TargetsSection>(u"overAssignment"), settings);
    over->lineEdit()->setAccessibleName(tr("Over-assignment, percent above the target"));
    over->setToolTip(fieldsOf<TargetsSection>().find(u"overAssignment")->hintText());

    m_assigned = figureLabel(QStringLiteral("targets.quotasAssigned"),
                             tr("The target and the quotas assigned to reps"), settings);
    auto *grid = new QGridLayout(settings);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(followStart, 0, 0, 1, 3);
    auto *overLabel = new QLabel(tr("Over-assignment:"), settings);
    overLabel->setBuddy(over);
    grid->addWidget(overLabel, 1, 0);
    grid->addWidget(over, 1, 1, 1, 2);
    grid->addWidget(m_assigned, 2, 0, 1, 3);
    m_quotasProblem = problemLabel(QStringLiteral("targets.quotasProblem"), settings);
    grid->addWidget(m_quotasProblem, 3, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    // The table, made first, comes after the settings above it.
    setTabOrder(over->lineEdit(), m_members);
    return settings;
}

void TargetsQuotasGroup::showSummary(const PlanSummary &summary)
{
    showQuotas(summary);
    showHolders(summary);
}

void TargetsQuotasGroup::showQuotas(const PlanSummary &summary)
{
    m_assigned->setText(summary.quotas ? assignedTargetText(m_document->plan(), *summary.quotas)
                                       : QString());
    m_assigned->setVisible(bool(summary.quotas));
    // The decomposition's own error is shown under the table; say only what is the quotas' own.
    showProblem(
        m_quotasProblem,
        summary.quotas || !summary.decomposition
            ? QString()
            : tr("The quotas cannot be worked out: %1.").arg(summary.quotas.error().message()));
}

void TargetsQuotasGroup::showHolders(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    const QList<QuotaHolder> holders = quotaHolders(plan);
    const QuotaSplit *quotas = summary.quotas ? &*summary.quotas : nullptr;
    const bool unassigned = quotas && quotas->unassigned > 0;
    m_members->setRowCount(int(holders.size()) + (unassigned ? 1 : 0));
    for (int row = 0; row < holders.size(); ++row) {
        const QuotaHolder &holder = holders.at(row);
        const HolderQuota *quota =
            quotas && row < quotas->holders.size() ? &quotas->holders.at(row) : nullptr;
        const QStringList texts = holderTexts(plan, holder, quotas, quota);
        for (int column = 0; column < HolderColumnCount; ++column)
            m_members->setItem(row, column, holderItem(column, texts.at(column)));
        if (quota) {
            m_members->item(row, AnnualColumn)
                ->setToolTip(exactMoneyTip(quota->annual, plan.info.currency));
            copyAsAmount(m_members->item(row, AnnualColumn), quota->annual, plan.info.currency);
        }
    }
    if (unassigned) {
        const int row = int(holders.size());
        const QStringList texts{unassignedQuotaName(),
                                {},
                                tr("—"),
                                moneyText(quotas->unassigned, plan.info.currency),
                                tr("—"),
                                tr("—")};
        for (int column = 0; column < HolderColumnCount; ++column)
            m_members->setItem(row, column, holderItem(column, texts.at(column)));
        m_members->item(row, AnnualColumn)
            ->setToolTip(exactMoneyTip(quotas->unassigned, plan.info.currency));
        copyAsAmount(m_members->item(row, AnnualColumn), quotas->unassigned, plan.info.currency);
    }
    m_members->setVisible(!holders.isEmpty());
    fitRows(m_members);
    m_membersNote->setText(
        holders.isEmpty()
            ? tr("No team members yet: add them in the Team section to split the target by "
                 "person.")
            : tr("Fixed quotas are taken first; the rest of each region's target is shared by "
                 "quota weight. Members, their weights and fixed quotas are edited in the Team "
                 "section."));
    if (holders.isEmpty() || summary.decomposition)
        showProblem(m_membersProblem, {});
    else
        showProblem(m_membersProblem, summary.decomposition.error().message());
}

} // namespace salesplan::ui
