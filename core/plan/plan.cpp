#include "plan/plan.h"

#include <QCoreApplication>

namespace salesplan {

namespace {

struct StageDefault
{
    const char *name;
    const char *method;
    const char *exitCriteria;
    double conversionRate;
    int typicalDays;
};

// Conversion rates and durations are a starting point for a B2B sale; the manager replaces them
// with the team's own history.
const StageDefault stageDefaults[] = {
    {QT_TRANSLATE_NOOP("Stage", "Lead generation"),
     QT_TRANSLATE_NOOP("Stage", "Campaigns, referrals and outbound calls fill the pipeline"),
     QT_TRANSLATE_NOOP("Stage", "Contact details and a stated interest"), 0.60, 7},
    {QT_TRANSLATE_NOOP("Stage", "Qualification"),
     QT_TRANSLATE_NOOP("Stage", "Check budget, authority, need and timing before investing time"),
     QT_TRANSLATE_NOOP("Stage", "Budget, decision maker and timeline confirmed"), 0.50, 7},
    {QT_TRANSLATE_NOOP("Stage", "Contact"),
     QT_TRANSLATE_NOOP("Stage", "First meeting or call with the decision maker"),
     QT_TRANSLATE_NOOP("Stage", "A meeting held and a next step agreed"), 0.80, 10},
    {QT_TRANSLATE_NOOP("Stage", "Needs analysis"),
     QT_TRANSLATE_NOOP("Stage", "Ask open questions; document the problem and its cost"),
     QT_TRANSLATE_NOOP("Stage", "Written summary of needs confirmed by the customer"), 0.70, 14},
    {QT_TRANSLATE_NOOP("Stage", "Solution"),
     QT_TRANSLATE_NOOP("Stage", "Demo and proposal tailored to the confirmed needs"),
     QT_TRANSLATE_NOOP("Stage", "Proposal delivered and reviewed with the buyer"), 0.60, 14},
    {QT_TRANSLATE_NOOP("Stage", "Objection handling"),
     QT_TRANSLATE_NOOP("Stage", "Answer concerns on price, risk and fit with references"),
     QT_TRANSLATE_NOOP("Stage", "No open objections; terms agreed"), 0.70, 10},
    {QT_TRANSLATE_NOOP("Stage", "Close"),
     QT_TRANSLATE_NOOP("Stage", "Contract, signature and hand-over to delivery"),
     QT_TRANSLATE_NOOP("Stage", "Contract signed"), 1.00, 7},
};

struct KpiDefault
{
    const char *name;
    const char *definition;
    const char *unit;
    ReviewFrequency frequency;
    KpiMeasure measures;
};

// Each standard KPI measures one of the plan's figures and follows it until the user types a
// target. The win rate is deals won ÷ proposals, the funnel's proposal-to-won rate.
const KpiDefault kpiDefaults[] = {
    {QT_TRANSLATE_NOOP("Kpi", "Qualified leads"),
     QT_TRANSLATE_NOOP("Kpi", "Leads that passed qualification in the period"),
     QT_TRANSLATE_NOOP("Kpi", "leads"), ReviewFrequency::Weekly, KpiMeasure::QualifiedLeads},
    {QT_TRANSLATE_NOOP("Kpi", "Win rate"),
     QT_TRANSLATE_NOOP("Kpi", "Deals won divided by proposals made"), QT_TRANSLATE_NOOP("Kpi", "%"),
     ReviewFrequency::Monthly, KpiMeasure::WinRate},
    {QT_TRANSLATE_NOOP("Kpi", "Average deal size"),
     QT_TRANSLATE_NOOP("Kpi", "Revenue divided by deals won"), QT_TRANSLATE_NOOP("Kpi", "amount"),
     ReviewFrequency::Monthly, KpiMeasure::AverageDealSize},
    {QT_TRANSLATE_NOOP("Kpi", "Revenue per period"),
     QT_TRANSLATE_NOOP("Kpi", "Revenue booked in the period against its target"),
     QT_TRANSLATE_NOOP("Kpi", "amount"), ReviewFrequency::Monthly, KpiMeasure::Revenue},
};

} // namespace

QList<Stage> defaultStages(RowIdSource &ids)
{
    QList<Stage> stages;
    for (const StageDefault &d : stageDefaults) {
        Stage stage;
        stage.id = ids.take();
        stage.name = QCoreApplication::translate("Stage", d.name);
        stage.method = QCoreApplication::translate("Stage", d.method);
        stage.exitCriteria = QCoreApplication::translate("Stage", d.exitCriteria);
        stage.conversionRate = d.conversionRate;
        stage.typicalDays = d.typicalDays;
        stages.append(stage);
    }
    return stages;
}

QList<Kpi> defaultKpis(RowIdSource &ids)
{
    QList<Kpi> kpis;
    for (const KpiDefault &d : kpiDefaults) {
        Kpi kpi;
        kpi.id = ids.take();
        kpi.name = QCoreApplication::translate("Kpi", d.name);
        kpi.definition = QCoreApplication::translate("Kpi", d.definition);
        kpi.unit = QCoreApplication::translate("Kpi", d.unit);
        kpi.frequency = d.frequency;
        kpi.measures = d.measures;
        kpi.targetFrom = KpiTargetFrom::Plan;
        kpis.append(kpi);
    }
    return kpis;
}

Plan makeDefaultPlan()
{
    Plan plan;
    plan.info.period.year = QDate::currentDate().year() + 1;
    plan.stages = defaultStages(plan.ids);
    plan.metrics.kpis = defaultKpis(plan.ids);
    return plan;
}

const QStringList &presentationChartKeys()
{
    static const QStringList keys{QStringLiteral("units"),        QStringLiteral("consolidated"),
                                  QStringLiteral("targets"),      QStringLiteral("split:0"),
                                  QStringLiteral("split:1"),      QStringLiteral("split:2"),
                                  QStringLiteral("shares:0"),     QStringLiteral("shares:1"),
                                  QStringLiteral("shares:2"),     QStringLiteral("bridge:0"),
                                  QStringLiteral("bridge:1"),     QStringLiteral("funnel"),
                                  QStringLiteral("capacity"),     QStringLiteral("calibration"),
                                  QStringLiteral("collections"),  QStringLiteral("budget"),
                                  QStringLiteral("actual"),       QStringLiteral("cumulative"),
                                  QStringLiteral("attainment:0"), QStringLiteral("attainment:1"),
                                  QStringLiteral("attainment:2"), QStringLiteral("kpiboard"),
                                  QStringLiteral("timeline")};
    return keys;
}

bool isPresentationChartKey(const QString &key)
{
    return presentationChartKeys().contains(key);
}

const QStringList &speakerNotesKeys()
{
    static const QStringList keys =
        QStringList{QStringLiteral("title"), QStringLiteral("headline")} + presentationChartKeys();
    return keys;
}

bool isSpeakerNotesKey(const QString &key)
{
    return speakerNotesKeys().contains(key);
}

std::array<double, CollectionTerms::lagCount> CollectionTerms::shares() const
{
    return {sameMonth,    after1Month,  after2Months, after3Months,
            after4Months, after5Months, after6Months};
}

bool CollectionTerms::isPlanned() const
{
    for (double share : shares()) {
        if (share != 0)
            return true;
    }
    return false;
}

} // namespace salesplan
