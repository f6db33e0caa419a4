#include "targetsfunnelpanel.h"

#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "help/figurehelp.h"
#include "plan/format.h"
#include "summary/headcount.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace salesplan::ui {

namespace {

QString funnelKey(const char *name)
{
    return QStringLiteral("targets.funnel.") + QLatin1String(name);
}

NumberBinding funnelNumber(const char *name, const QString &undoText,
                           double FunnelAssumptions::*rate)
{
    return {funnelKey(name), undoText,
            [rate](const Plan &plan) { return plan.targets.funnel.*rate; },
            [rate](Plan &plan, double value) {
                plan.targets.funnel.*rate = value;
            }};
}

MoneyBinding moneyBinding(const char *name, const QString &undoText,
                          Money FunnelAssumptions::*amount, bool allowZero)
{
    return {funnelKey(name),
            undoText,
            [amount](const Plan &plan) { return plan.targets.funnel.*amount; },
            [amount](Plan &plan, const Money &value) { plan.targets.funnel.*amount = value; },
            false,
            allowZero};
}

} // namespace

TargetsFunnelPanel::TargetsFunnelPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.funnel"));
    auto *right = new QVBoxLayout;
    right->addWidget(makeResultsGroup());
    right->addWidget(makeCapacityGroup());
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    auto *inputs = new QVBoxLayout;
    inputs->addWidget(makeInputsGroup());
    inputs->addStretch(1);
    layout->addLayout(inputs, 1);
    layout->addLayout(right, 1);
}

QWidget *TargetsFunnelPanel::makeInputsGroup()
{
    auto *group =
        panelGroup(tr("Your ratios from last year"), QStringLiteral("targets.funnel"), this);
    auto *form = new QFormLayout(group);

    auto *dealSize = new MoneyField(m_document,
                                    moneyBinding("averageDealSize", tr("Edit average deal size"),
                                                 &FunnelAssumptions::averageDealSize, false),
                                    group);
    dealSize->lineEdit()->setAccessibleName(tr("Average deal size"));
    dealSize->lineEdit()->setMinimumWidth(200);
    form->addRow(tr("Average deal size:"), dealSize);

    const struct
    {
        const char *key;
        QString label;
        QString undo;
        double FunnelAssumptions::*rate;
    } rates[] = {
        {"leadToQualified", tr("Leads that qualify:"), tr("Edit lead to qualified rate"),
         &FunnelAssumptions::leadToQualified},
        {"qualifiedToProposal", tr("Qualified leads that get a demo or proposal:"),
         tr("Edit qualified to proposal rate"), &FunnelAssumptions::qualifiedToProposal},
        {"proposalToWon", tr("Proposals that are won:"), tr("Edit win rate"),
         &FunnelAssumptions::proposalToWon},
    };
    for (const auto &rate : rates) {
        auto *field =
            new PercentField(m_document, funnelNumber(rate.key, rate.undo, rate.rate),
                             rangeOf<FunnelAssumptions>(QString::fromLatin1(rate.key)), group);
        field->lineEdit()->setAccessibleName(QString(rate.label).remove(u':'));
        limitWidth(field->lineEdit(), 10);
        form->addRow(rate.label, field);
    }

    const struct
    {
        const char *key;
        QString label;
        QString undo;
        double FunnelAssumptions::*value;
        double maximum;
    } numbers[] = {
        {"callsPerLead", tr("Calls per lead:"), tr("Edit calls per lead"),
         &FunnelAssumptions::callsPerLead, 10000.0},
        {"callsPerRepDay", tr("Calls a rep makes a day:"), tr("Edit calls per rep a day"),
         &FunnelAssumptions::callsPerRepDay, 1000.0},
        {"demosPerRepDay", tr("Demos a rep gives a day:"), tr("Edit demos per rep a day"),
         &FunnelAssumptions::demosPerRepDay, 100.0},
    };
    for (const auto &number : numbers) {
        auto *field =
            new NumberField(m_document, funnelNumber(number.key, number.undo, number.value), 0.0,
                            number.maximum, 1, {}, group);
        field->lineEdit()->setAccessibleName(QString(number.label).remove(u':'));
        limitWidth(field->lineEdit(), 10);
        form->addRow(number.label, field);
    }

    auto *attrition = new PercentField(
        m_document,
        funnelNumber("annualAttrition", tr("Edit attrition"), &FunnelAssumptions::annualAttrition),
        {0.0, 0.99}, group); // [0, 1): a rate of 1 would leave nobody
    attrition->lineEdit()->setAccessibleName(tr("Reps expected to leave in the year"));
    limitWidth(attrition->lineEdit(), 10);
    form->addRow(tr("Reps expected to leave in the year:"), attrition);

    auto *ramp = new NumberField(
        m_document,
        {funnelKey("newHireRampMonths"), tr("Edit new-hire ramp"),
         [](const Plan &plan) { return double(plan.targets.funnel.newHireRampMonths); },
         [](Plan &plan, double value) {
             plan.targets.funnel.newHireRampMonths = int(std::lround(value));
         }},
        0.0, 24.0, 0, tr("months"), group);
    ramp->lineEdit()->setAccessibleName(tr("Months a new hire needs to reach full productivity"));
    limitWidth(ramp->lineEdit(), 10);
    form->addRow(tr("New hires reach full speed after:"), ramp);

    auto *costPerLead = new MoneyField(m_document,
                                       moneyBinding("costPerLead", tr("Edit cost per lead"),
                                                    &FunnelAssumptions::costPerLead, true),
                                       group);
    costPerLead->lineEdit()->setAccessibleName(tr("Marketing cost per lead"));
    costPerLead->lineEdit()->setMinimumWidth(200);
    costPerLead->lineEdit()->setPlaceholderText(tr("empty if leads are not bought"));
    form->addRow(tr("Marketing cost per lead:"), costPerLead);
    form->addRow(noteLabel(tr("Take these from last year's CRM records, not from hope: how many "
                              "calls made a lead, how many leads became deals."),
                           group));
    return group;
}

QLabel *TargetsFunnelPanel::addResult(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = figureLabel(QStringLiteral("targets.funnel.result.") + key,
                              QString(label).remove(u':'), form->parentWidget());
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    form->addRow(label, value);
    m_results.insert(key, value);
    return value;
}

void TargetsFunnelPanel::setResult(const QString &key, const QString &text)
{
    m_results.value(key)->setText(text);
}

QWidget *TargetsFunnelPanel::makeResultsGroup()
{
    auto *group = panelGroup(tr("What the target needs"),
                             QStringLiteral("targets.group.funnelResults"), this);
    m_funnelProblem = problemLabel(QStringLiteral("targets.funnel.problem"), group);
    m_funnelProblem->setAccessibleName(tr("Why the activity cannot be calculated"));
    m_resultsBox = new QWidget(group);
    auto *form = new QFormLayout(m_resultsBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addResult(form, QStringLiteral("deals"), tr("Deals to win:"));
    addResult(form, QStringLiteral("proposals"), tr("Demos or proposals:"));
    addResult(form, QStringLiteral("qualifiedLeads"), tr("Qualified leads:"));
    addResult(form, QStringLiteral("leads"), tr("Leads:"));
    addResult(form, QStringLiteral("calls"), tr("Calls:"));
    addResult(form, QStringLiteral("workingDays"), tr("Working days:"));
    addResult(form, QStringLiteral("callsPerDay"), tr("Calls a day:"));
    addResult(form, QStringLiteral("demosPerDay"), tr("Demos a day:"));
    addResult(form, QStringLiteral("qualifiedPerDay"), tr("Qualified leads a day:"));
    addResult(form, QStringLiteral("repsRequired"), tr("Productive reps the activity needs:"));
    addResult(form, QStringLiteral("headcount"), tr("Reps to employ (allowing for attrition):"));
    addResult(form, QStringLiteral("marketingBudget"), tr("Marketing budget for leads:"));
    // The year's headcount in the words the overview, the check and the report use.
    auto *year = figureLabel(QStringLiteral("targets.funnel.result.yearHeadcount"),
                             tr("Headcount for the year"), m_resultsBox);
    QFont font = year->font();
    font.setBold(true);
    year->setFont(font);
    form->addRow(year);
    m_results.insert(QStringLiteral("yearHeadcount"), year);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_funnelProblem);
    layout->addWidget(m_resultsBox);
    return group;
}

QWidget *TargetsFunnelPanel::makeCapacityGroup()
{
    auto *group =
        panelGroup(tr("Capacity by month"), QStringLiteral("targets.group.capacity"), this);
    m_capacity = figureLabel(QStringLiteral("targets.capacityGap"), tr("Capacity gap"), group);
    QFont font = m_capacity->font();
    font.setBold(true);
    m_capacity->setFont(font);
    m_capacityProblem = problemLabel(QStringLiteral("targets.capacityProblem"), group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_capacity);
    layout->addWidget(m_capacityProblem);
    layout->addWidget(noteLabel(tr("Counts the members and planned hires of the Team section, "
                                   "each ramping up from the start date, less expected attrition, "
                                   "against each month's share of the activity."),
                                group));
    return group;
}

void TargetsFunnelPanel::explainResults(const Plan &plan, const PlanSummary &summary)
{
    const std::pair<const char *, Figure> results[] = {
        {"deals", Figure::Deals},
        {"proposals", Figure::Proposals},
        {"qualifiedLeads", Figure::QualifiedLeads},
        {"leads", Figure::Leads},
        {"calls", Figure::Calls},
        {"workingDays", Figure::WorkingDays},
        {"callsPerDay", Figure::CallsPerDay},
        {"demosPerDay", Figure::DemosPerDay},
        {"qualifiedPerDay", Figure::QualifiedPerDay},
        {"repsRequired", Figure::RepsRequired},
        {"headcount", Figure::HeadcountRequired},
        {"yearHeadcount", Figure::YearHeadcount},
        {"marketingBudget", Figure::MarketingBudget},
    };
    for (const auto &[key, figure] : results)
        setFigureHelp(m_results.value(QLatin1String(key)), {explainFigure(plan, summary, figure)});
}

void TargetsFunnelPanel::showSummary(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    m_resultsBox->setVisible(bool(summary.funnel));
    showProblem(m_funnelProblem, summary.funnel ? QString() : summary.funnel.error().message());
    if (summary.funnel) {
        const BackwardResult &funnel = *summary.funnel;
        setResult(QStringLiteral("deals"), formatCount(double(funnel.deals)));
        setResult(QStringLiteral("proposals"), formatCount(double(funnel.proposals)));
        setResult(QStringLiteral("qualifiedLeads"), formatCount(double(funnel.qualifiedLeads)));
        setResult(QStringLiteral("leads"), formatCount(double(funnel.leads)));
        setResult(QStringLiteral("calls"), formatCount(double(funnel.calls)));
        setResult(QStringLiteral("workingDays"), formatCount(funnel.workingDays));
        setResult(QStringLiteral("callsPerDay"), formatCount(funnel.callsPerDay, 1));
        setResult(QStringLiteral("demosPerDay"), formatCount(funnel.demosPerDay, 1));
        setResult(QStringLiteral("qualifiedPerDay"), formatCount(funnel.qualifiedPerDay, 1));
        setResult(QStringLiteral("repsRequired"), formatCount(funnel.repsRequired));
        setResult(QStringLiteral("headcount"), formatCount(funnel.headcountRequired));
        setResult(QStringLiteral("yearHeadcount"), yearHeadcountLine(funnel).sentence());
        setResult(QStringLiteral("marketingBudget"), funnel.marketingBudget.isZero()
                                                         ? tr("none: no cost per lead entered")
                                                         : formatMoney(funnel.marketingBudget));
        explainResults(plan, summary);
    }
    if (summary.capacity) {
        m_capacity->setText(tightestMonthLine(*summary.capacity, plan.info.period).sentence());
        setFigureHelp(m_capacity, {explainFigure(plan, summary, Figure::TightestMonth)});
        m_capacity->show();
        showProblem(m_capacityProblem, {});
    } else {
        m_capacity->hide();
        showProblem(m_capacityProblem, summary.funnel
                                           ? summary.capacity.error().message()
                                           : tr("Shown once the activity the target needs can be "
                                                "calculated."));
    }
}

} // namespace salesplan::ui
