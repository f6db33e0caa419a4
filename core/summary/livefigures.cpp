#include "summary/livefigures.h"

#include "plan/fields.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace salesplan {

namespace {

// The translation context of the figures' descriptions.
struct LiveFigures
{
    Q_DECLARE_TR_FUNCTIONS(LiveFigures)
};

// A placeholder: a key in braces, with no braces or white space inside.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]+)\\}"));
    return pattern;
}

// Collects the figures of one plan, written as the report writes them.
class FigureList
{
public:
    explicit FigureList(const Plan &plan)
        : m_currency(plan.info.currency)
    {}

    void money(const QString &key, const QString &description, qint64 minor)
    {
        m_figures.append({key, description, formatMoney(minor, m_currency)});
    }
    void percent(const QString &key, const QString &description, double fraction)
    {
        const bool whole = qFuzzyCompare(fraction * 100 + 1, std::round(fraction * 100) + 1);
        m_figures.append({key, description, formatPercent(fraction, whole ? 0 : 1)});
    }
    void count(const QString &key, const QString &description, double value, int decimals = 0)
    {
        m_figures.append({key, description, formatCount(value, decimals)});
    }
    void text(const QString &key, const QString &description, const QString &value)
    {
        m_figures.append({key, description, value});
    }
    QList<LiveFigure> figures() const { return m_figures; }

private:
    QString m_currency;
    QList<LiveFigure> m_figures;
};

void addTargets(const Plan &plan, const PlanSummary &summary, FigureList &list)
{
    list.text(QStringLiteral("year"), LiveFigures::tr("The plan year"),
              QString::number(plan.info.period.year));
    list.money(QStringLiteral("target"), LiveFigures::tr("The annual target"),
               plan.targets.annualTarget.minor);
    if (!plan.targets.lastYearActual.isZero())
        list.money(QStringLiteral("lastYear"), LiveFigures::tr("Last year's actual"),
                   plan.targets.lastYearActual.minor);
    if (summary.growth)
        list.percent(QStringLiteral("growth"), LiveFigures::tr("Growth on last year"),
                     *summary.growth);
    if (summary.tiers) {
        list.money(QStringLiteral("stretch"), LiveFigures::tr("The stretch tier"),
                   summary.tiers->stretch.minor);
        list.money(QStringLiteral("challenge"), LiveFigures::tr("The challenge tier"),
                   summary.tiers->challenge.minor);
    }
    if (!summary.decomposition)
        return;
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter)
        list.money(QStringLiteral("target.q%1").arg(quarter + 1),
                   LiveFigures::tr("The target of Q%1").arg(quarter + 1),
                   summary.decomposition->quarters[size_t(quarter)]);
}

// {region.NAME.target}, {product.NAME.target}, {member.NAME.quota}.
void addSplits(const PlanSummary &summary, FigureList &list)
{
    if (!summary.decomposition)
        return;
    struct Kind
    {
        TargetSplit split;
        const char *prefix;
        const char *suffix;
        const char *description;
    };
    static const Kind kinds[] = {
        {TargetSplit::Regions, "region", "target", QT_TRANSLATE_NOOP("LiveFigures", "%1's target")},
        {TargetSplit::Products, "product", "target",
         QT_TRANSLATE_NOOP("LiveFigures", "%1's target")},
        {TargetSplit::Members, "member", "quota", QT_TRANSLATE_NOOP("LiveFigures", "%1's quota")},
    };
    for (const Kind &kind : kinds) {
        const DimensionSplit *split = summary.decomposition->split(kind.split);
        if (!split)
            continue;
        for (qsizetype i = 0; i < split->itemNames.size(); ++i) {
            const QString &name = split->itemNames.at(i);
            if (name.contains(u'{') || name.contains(u'}') || name.contains(u' ') || name.isEmpty())
                continue; // a name a placeholder cannot hold
            list.money(QStringLiteral("%1.%2.%3")
                           .arg(QLatin1String(kind.prefix), name, QLatin1String(kind.suffix)),
                       QCoreApplication::translate("LiveFigures", kind.description).arg(name),
                       split->annual.at(i));
        }
    }
}

void addFunnel(const PlanSummary &summary, FigureList &list)
{
    if (!summary.funnel)
        return;
    const BackwardResult &funnel = *summary.funnel;
    list.count(QStringLiteral("deals"), LiveFigures::tr("Deals to win"), double(funnel.deals));
    list.count(QStringLiteral("proposals"), LiveFigures::tr("Demos and proposals"),
               double(funnel.proposals));
    list.count(QStringLiteral("qualifiedLeads"), LiveFigures::tr("Qualified leads"),
               double(funnel.qualifiedLeads));
    list.count(QStringLiteral("leads"), LiveFigures::tr("Leads"), double(funnel.leads));
    list.count(QStringLiteral("calls"), LiveFigures::tr("Calls"), double(funnel.calls));
    list.count(QStringLiteral("callsPerDay"), LiveFigures::tr("Calls a day"), funnel.callsPerDay,
               1);
    list.count(QStringLiteral("reps.needed"), LiveFigures::tr("Reps to employ for the year"),
               double(funnel.headcountRequired));
    list.count(QStringLiteral("reps.team"), LiveFigures::tr("Reps on the team"),
               double(funnel.headcount));
    list.count(QStringLiteral("reps.short"), LiveFigures::tr("Reps to hire for the year"),
               double(funnel.repsShort));
    if (!funnel.marketingBudget.isZero())
        list.money(QStringLiteral("marketingBudget"), LiveFigures::tr("The marketing budget"),
                   funnel.marketingBudget.minor);
}

void addQuotasAndCollections(const Plan &plan, const PlanSummary &summary, FigureList &list)
{
    if (summary.quotas && !summary.quotas->holders.isEmpty()) {
        list.money(QStringLiteral("assigned"), LiveFigures::tr("What the reps' quotas add up to"),
                   summary.quotas->assigned);
        list.percent(QStringLiteral("overAssignment"), LiveFigures::tr("The over-assignment"),
                     plan.targets.overAssignment);
    }
    if (!summary.collections || !*summary.collections)
        return;
    const CollectionPlan &collections = **summary.collections;
    qint64 collected = 0;
    for (qint64 month : collections.months)
        collected += month;
    list.money(QStringLiteral("collected"), LiveFigures::tr("Cash collected in the year"),
               collected);
    list.money(QStringLiteral("receivable.closing"),
               LiveFigures::tr("Still to collect at year end"), collections.closingReceivable);
}

QHash<QString, QString> valuesByKey(const QList<LiveFigure> &figures)
{
    QHash<QString, QString> values;
    for (const LiveFigure &figure : figures)
        values.insert(figure.key, figure.value);
    return values;
}

// --- Findings ---------------------------------------------------------------------------------

// One text field of the plan: its text, where it is and what it is called.
struct PlanText
{
    QString text;
    Section section;
    QString field; // "mission.mission", "metrics.risks.mitigation"
    QString label;
};

// Calls `visit` with each text and note field of the plan's sections and rows.
class TextWalk
{
public:
    explicit TextWalk(const std::function<void(const PlanText &)> &visit)
        : m_visit(visit)
    {}

    void plan(const Plan &plan)
    {
        record(plan.mission, Section::Mission, QStringLiteral("mission"));
        rows(plan.mission.competitors, Section::Mission, QStringLiteral("mission.competitors"));
        record(plan.team, Section::Team, QStringLiteral("team"));
        rows(plan.team.roles, Section::Team, QStringLiteral("team.roles"));
        rows(plan.segments, Section::Segments, QStringLiteral("segments"));
        rows(plan.stages, Section::Stages, QStringLiteral("stages"));
        rows(plan.tools, Section::Tools, QStringLiteral("tools"));
        record(plan.metrics, Section::Metrics, QStringLiteral("metrics"));
        rows(plan.metrics.kpis, Section::Metrics, QStringLiteral("metrics.kpis"));
        rows(plan.metrics.risks, Section::Metrics, QStringLiteral("metrics.risks"));
    }

private:
    template <typename R> void record(const R &record, Section section, const QString &path)
    {
        for (const FieldOf<R> &field : fieldsOf<R>().fields) {
            if (field.kind == FieldKind::Text || field.kind == FieldKind::Note)
                m_visit({field.get(record).toString(), section, path + u'.' + field.key.toString(),
                         field.labelText()});
        }
    }
    template <typename R> void rows(const QList<R> &rows, Section section, const QString &path)
    {
        for (const R &row : rows)
            record(row, section, path);
    }

    const std::function<void(const PlanText &)> &m_visit;
};

} // namespace

QList<LiveFigure> liveFigures(const Plan &plan, const PlanSummary &summary)
{
    FigureList list(plan);
    addTargets(plan, summary, list);
    addSplits(summary, list);
    addFunnel(summary, list);
    addQuotasAndCollections(plan, summary, list);
    return list.figures();
}

QString fillLiveFigures(const QString &text, const QList<LiveFigure> &figures)
{
    if (!text.contains(u'{'))
        return text;
    const QHash<QString, QString> values = valuesByKey(figures);
    QString filled;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        filled += QStringView(text).mid(from, match.capturedStart() - from);
        filled += *value;
        from = match.capturedEnd();
    }
    filled += QStringView(text).mid(from);
    return filled;
}

QStringList unknownPlaceholders(const QString &text, const QList<LiveFigure> &figures)
{
    if (!text.contains(u'{'))
        return {};
    const QHash<QString, QString> values = valuesByKey(figures);
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!values.contains(match.captured(1)))
            unknown.append(match.captured(0));
    }
    return unknown;
}

QList<Finding> liveFigureFindings(const Plan &plan, const QList<LiveFigure> &figures)
{
    QList<Finding> findings;
    const std::function<void(const PlanText &)> visit = [&](const PlanText &text) {
        const QStringList unknown = unknownPlaceholders(text.text, figures);
        if (unknown.isEmpty())
            return;
        findings.append({Severity::Warning, text.section, text.field,
                         LiveFigures::tr("%1 holds %2, which is not a figure of this plan; it "
                                         "is printed as typed.")
                             .arg(text.label, unknown.join(QStringLiteral(", ")))});
    };
    TextWalk(visit).plan(plan);
    return findings;
}

} // namespace salesplan
