#include "store/plantables.h"

#include "store/storekeys.h"

namespace salesplan::store {

namespace {

QVariant integer(qint64 value)
{
    return QVariant(qlonglong(value));
}

// A money amount takes two columns: NAME_minor and NAME_currency.
void appendMoney(QVariantList &values, const Money &money)
{
    values << integer(money.minor) << textValue(money.currency);
}

template <typename E> QVariant key(E value)
{
    return storeKey(value);
}

// Reads the columns of one row from a given column on.
class Columns
{
public:
    Columns(const QSqlQuery &query, int first)
        : m_query(query)
        , m_next(first)
    {}
    QString text() { return m_query.value(m_next++).toString(); }
    qint64 integer() { return m_query.value(m_next++).toLongLong(); }
    int number() { return m_query.value(m_next++).toInt(); }
    double real() { return m_query.value(m_next++).toDouble(); }
    QDate date() { return dateFrom(m_query.value(m_next++)); }
    Money money()
    {
        Money money;
        money.minor = integer();
        money.currency = text();
        return money;
    }
    template <typename E> E key() { return storeValue<E>(text()); }

private:
    const QSqlQuery &m_query;
    int m_next;
};

QStringList moneyColumns(const QString &name)
{
    return {name + QStringLiteral("_minor"), name + QStringLiteral("_currency")};
}

// --- Single-row tables ------------------------------------------------------------------------

SingletonTable planTable()
{
    return {
        QStringLiteral("plan"),
        {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("author"),
         QStringLiteral("language"), QStringLiteral("currency"), QStringLiteral("period_year"),
         QStringLiteral("period_start_month"), QStringLiteral("status"),
         QStringLiteral("next_row_id")},
        [](const Plan &plan) {
            const PlanInfo &info = plan.info;
            return QVariantList{
                textValue(info.name),     textValue(info.company),  textValue(info.author),
                textValue(info.language), textValue(info.currency), info.period.year,
                info.period.startMonth,   key(info.status),         integer(plan.ids.peek())};
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            PlanInfo &info = plan.info;
            info.name = c.text();
            info.company = c.text();
            info.author = c.text();
            info.language = c.text();
            info.currency = c.text();
            info.period.year = c.number();
            info.period.startMonth = c.number();
            info.status = c.key<PlanStatus>();
            plan.ids = RowIdSource(c.integer());
        },
        [](const Plan &a, const Plan &b) { return a.info == b.info && a.ids == b.ids; },
    };
}

SingletonTable missionTable()
{
    return {
        QStringLiteral("mission"),
        QStringList{QStringLiteral("mission"), QStringLiteral("market_position"),
                    QStringLiteral("value_proposition")} +
            moneyColumns(QStringLiteral("market_size")) +
            QStringList{QStringLiteral("market_growth"), QStringLiteral("market_trends")},
        [](const Plan &plan) {
            const MissionSection &m = plan.mission;
            QVariantList values{textValue(m.mission), textValue(m.marketPosition),
                                textValue(m.valueProposition)};
            appendMoney(values, m.marketSize);
            values << m.marketGrowth << textValue(m.marketTrends);
            return values;
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            MissionSection &m = plan.mission;
            m.mission = c.text();
            m.marketPosition = c.text();
            m.valueProposition = c.text();
            m.marketSize = c.money();
            m.marketGrowth = c.real();
            m.marketTrends = c.text();
        },
        [](const Plan &a, const Plan &b) {
            const auto fields = [](MissionSection m) {
                m.competitors.clear();
                return m;
            };
            return fields(a.mission) == fields(b.mission);
        },
    };
}

SingletonTable targetsTable()
{
    return {
        QStringLiteral("targets"),
        moneyColumns(QStringLiteral("annual_target")) +
            moneyColumns(QStringLiteral("last_year_actual")) +
            QStringList{QStringLiteral("stretch_reserve"), QStringLiteral("challenge_reserve"),
                        QStringLiteral("seasonality"), QStringLiteral("history_years")},
        [](const Plan &plan) {
            const TargetsSection &t = plan.targets;
            QVariantList values;
            appendMoney(values, t.annualTarget);
            appendMoney(values, t.lastYearActual);
            values << t.stretchReserve << t.challengeReserve << key(t.seasonality)
                   << t.historyYears;
            return values;
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            TargetsSection &t = plan.targets;
            t.annualTarget = c.money();
            t.lastYearActual = c.money();
            t.stretchReserve = c.real();
            t.challengeReserve = c.real();
            t.seasonality = c.key<SeasonalityMode>();
            t.historyYears = c.number();
        },
        [](const Plan &a, const Plan &b) {
            // The weights, regions, products and funnel have tables of their own.
            const auto fields = [](TargetsSection t) {
                t.customWeights = {};
                t.regions.clear();
                t.products.clear();
                t.funnel = {};
                return t;
            };
            return fields(a.targets) == fields(b.targets);
        },
    };
}

SingletonTable funnelTable()
{
    return {
        QStringLiteral("funnel"),
        moneyColumns(QStringLiteral("average_deal_size")) +
            QStringList{QStringLiteral("lead_to_qualified"),
                        QStringLiteral("qualified_to_proposal"), QStringLiteral("proposal_to_won"),
                        QStringLiteral("calls_per_lead"), QStringLiteral("calls_per_rep_day"),
                        QStringLiteral("demos_per_rep_day"), QStringLiteral("annual_attrition"),
                        QStringLiteral("new_hire_ramp_months")} +
            moneyColumns(QStringLiteral("cost_per_lead")),
        [](const Plan &plan) {
            const FunnelAssumptions &f = plan.targets.funnel;
            QVariantList values;
            appendMoney(values, f.averageDealSize);
            values << f.leadToQualified << f.qualifiedToProposal << f.proposalToWon
                   << f.callsPerLead << f.callsPerRepDay << f.demosPerRepDay << f.annualAttrition
                   << f.newHireRampMonths;
            appendMoney(values, f.costPerLead);
            return values;
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            FunnelAssumptions &f = plan.targets.funnel;
            f.averageDealSize = c.money();
            f.leadToQualified = c.real();
            f.qualifiedToProposal = c.real();
            f.proposalToWon = c.real();
            f.callsPerLead = c.real();
            f.callsPerRepDay = c.real();
            f.demosPerRepDay = c.real();
            f.annualAttrition = c.real();
            f.newHireRampMonths = c.number();
            f.costPerLead = c.money();
        },
        [](const Plan &a, const Plan &b) {
            const auto fields = [](FunnelAssumptions f) {
                f.holidays.clear();
                f.extraWorkdays.clear();
                return f;
            };
            return fields(a.targets.funnel) == fields(b.targets.funnel);
        },
    };
}

SingletonTable teamTable()
{
    return {
        QStringLiteral("team"),
        {QStringLiteral("training_plan"), QStringLiteral("commission_rate"),
         QStringLiteral("accelerator_rate"), QStringLiteral("incentive_notes")},
        [](const Plan &plan) {
            const TeamSection &t = plan.team;
            return QVariantList{textValue(t.trainingPlan), t.commissionRate, t.acceleratorRate,
                                textValue(t.incentiveNotes)};
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            TeamSection &t = plan.team;
            t.trainingPlan = c.text();
            t.commissionRate = c.real();
            t.acceleratorRate = c.real();
            t.incentiveNotes = c.text();
        },
        [](const Plan &a, const Plan &b) {
            const auto fields = [](TeamSection t) {
                t.roles.clear();
                t.members.clear();
                t.hiring.clear();
                return t;
            };
            return fields(a.team) == fields(b.team);
        },
    };
}

SingletonTable metricsTable()
{
    return {
        QStringLiteral("metrics"),
        {QStringLiteral("review_cadence"), QStringLiteral("review_notes")},
        [](const Plan &plan) {
            return QVariantList{key(plan.metrics.reviewCadence),
                                textValue(plan.metrics.reviewNotes)};
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns c(query, 0);
            plan.metrics.reviewCadence = c.key<ReviewFrequency>();
            plan.metrics.reviewNotes = c.text();
        },
        [](const Plan &a, const Plan &b) {
            return a.metrics.reviewCadence == b.metrics.reviewCadence &&
                   a.metrics.reviewNotes == b.metrics.reviewNotes;
        },
    };
}

// --- Row tables -------------------------------------------------------------------------------

QStringList names(std::initializer_list<const char16_t *> columns)
{
    QStringList list;
    for (const char16_t *column : columns)
        list.append(QString::fromUtf16(column));
    return list;
}

RowTable<WeightedItem> weightedTable(const QString &name)
{
    return {
        name,
        names({u"name", u"weight"}),
        [](const WeightedItem &item) {
            return QVariantList{textValue(item.name), item.weight};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            WeightedItem item;
            item.name = c.text();
            item.weight = c.real();
            return item;
        },
    };
}

} // namespace

const QList<SingletonTable> &singletonTables()
{
    static const QList<SingletonTable> tables{planTable(),   missionTable(), targetsTable(),
                                              funnelTable(), teamTable(),    metricsTable()};
    return tables;
}

const RowTable<Competitor> &competitorTable()
{
    static const RowTable<Competitor> table{
        QStringLiteral("competitors"),
        names({u"name", u"kind", u"strengths", u"weaknesses"}),
        [](const Competitor &row) {
            return QVariantList{textValue(row.name), key(row.kind), textValue(row.strengths),
                                textValue(row.weaknesses)};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Competitor row;
            row.name = c.text();
            row.kind = c.key<CompetitorKind>();
            row.strengths = c.text();
            row.weaknesses = c.text();
            return row;
        },
    };
    return table;
}

const RowTable<WeightedItem> &regionTable()
{
    static const RowTable<WeightedItem> table = weightedTable(QStringLiteral("regions"));
    return table;
}

const RowTable<WeightedItem> &productTable()
{
    static const RowTable<WeightedItem> table = weightedTable(QStringLiteral("products"));
    return table;
}

const RowTable<Role> &roleTable()
{
    static const RowTable<Role> table{
        QStringLiteral("roles"),
        names({u"name", u"responsibilities", u"skills"}),
        [](const Role &row) {
            return QVariantList{textValue(row.name), textValue(row.responsibilities),
                                textValue(row.skills)};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Role row;
            row.name = c.text();
            row.responsibilities = c.text();
            row.skills = c.text();
            return row;
        },
    };
    return table;
}

const RowTable<Member> &memberTable()
{
    static const RowTable<Member> table{
        QStringLiteral("members"),
        names({u"name", u"role", u"region", u"quota_share", u"start_date", u"ramp_months"}),
        [](const Member &row) {
            return QVariantList{textValue(row.name),      textValue(row.role),
                                textValue(row.region),    row.quotaShare,
                                dateValue(row.startDate), row.rampMonths};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Member row;
            row.name = c.text();
            row.role = c.text();
            row.region = c.text();
            row.quotaShare = c.real();
            row.startDate = c.date();
            row.rampMonths = c.number();
            return row;
        },
    };
    return table;
}

const RowTable<Hire> &hireTable()
{
    static const RowTable<Hire> table{
        QStringLiteral("hires"),
        names({u"role", u"region", u"count", u"start_date"}),
        [](const Hire &row) {
            return QVariantList{textValue(row.role), textValue(row.region), row.count,
                                dateValue(row.startDate)};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Hire row;
            row.role = c.text();
            row.region = c.text();
            row.count = c.number();
            row.startDate = c.date();
            return row;
        },
    };
    return table;
}

const RowTable<Segment> &segmentTable()
{
    static const RowTable<Segment> table{
        QStringLiteral("segments"),
        names({u"name", u"customer_type", u"characteristics", u"challenges", u"goals", u"tier",
               u"strategy"}),
        [](const Segment &row) {
            return QVariantList{
                textValue(row.name),       key(row.type),        textValue(row.characteristics),
                textValue(row.challenges), textValue(row.goals), key(row.tier),
                textValue(row.strategy)};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Segment row;
            row.name = c.text();
            row.type = c.key<CustomerType>();
            row.characteristics = c.text();
            row.challenges = c.text();
            row.goals = c.text();
            row.tier = c.key<SegmentTier>();
            row.strategy = c.text();
            return row;
        },
    };
    return table;
}

const RowTable<Stage> &stageTable()
{
    static const RowTable<Stage> table{
        QStringLiteral("stages"),
        names({u"name", u"method", u"exit_criteria", u"collateral", u"conversion_rate",
               u"typical_days"}),
        [](const Stage &row) {
            return QVariantList{textValue(row.name),         textValue(row.method),
                                textValue(row.exitCriteria), textValue(row.collateral),
                                row.conversionRate,          row.typicalDays};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Stage row;
            row.name = c.text();
            row.method = c.text();
            row.exitCriteria = c.text();
            row.collateral = c.text();
            row.conversionRate = c.real();
            row.typicalDays = c.number();
            return row;
        },
    };
    return table;
}

const RowTable<Tool> &toolTable()
{
    static const RowTable<Tool> table{
        QStringLiteral("tools"),
        names({u"name", u"purpose", u"owner", u"annual_cost_minor", u"annual_cost_currency",
               u"data_held"}),
        [](const Tool &row) {
            QVariantList values{textValue(row.name), textValue(row.purpose), textValue(row.owner)};
            appendMoney(values, row.annualCost);
            values << textValue(row.dataHeld);
            return values;
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Tool row;
            row.name = c.text();
            row.purpose = c.text();
            row.owner = c.text();
            row.annualCost = c.money();
            row.dataHeld = c.text();
            return row;
        },
    };
    return table;
}

const RowTable<Kpi> &kpiTable()
{
    static const RowTable<Kpi> table{
        QStringLiteral("kpis"),
        names(
            {u"name", u"definition", u"unit", u"target", u"frequency", u"green_at", u"yellow_at"}),
        [](const Kpi &row) {
            return QVariantList{textValue(row.name), textValue(row.definition), textValue(row.unit),
                                row.target,          key(row.frequency),        row.greenAt,
                                row.yellowAt};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Kpi row;
            row.name = c.text();
            row.definition = c.text();
            row.unit = c.text();
            row.target = c.real();
            row.frequency = c.key<ReviewFrequency>();
            row.greenAt = c.real();
            row.yellowAt = c.real();
            return row;
        },
    };
    return table;
}

const RowTable<Risk> &riskTable()
{
    static const RowTable<Risk> table{
        QStringLiteral("risks"),
        names({u"category", u"description", u"likelihood", u"impact", u"mitigation", u"owner"}),
        [](const Risk &row) {
            return QVariantList{
                key(row.category), textValue(row.description), row.likelihood,
                row.impact,        textValue(row.mitigation),  textValue(row.owner)};
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            Risk row;
            row.category = c.key<RiskCategory>();
            row.description = c.text();
            row.likelihood = c.number();
            row.impact = c.number();
            row.mitigation = c.text();
            row.owner = c.text();
            return row;
        },
    };
    return table;
}

const RowTable<HistoryEntry> &historyTable()
{
    static const RowTable<HistoryEntry> table{
        QStringLiteral("history"),
        names({u"month", u"region", u"product", u"member", u"amount_minor", u"amount_currency"}),
        [](const HistoryEntry &row) {
            QVariantList values{dateValue(row.month), textValue(row.region), textValue(row.product),
                                textValue(row.member)};
            appendMoney(values, row.amount);
            return values;
        },
        [](const QSqlQuery &query, int first) {
            Columns c(query, first);
            HistoryEntry row;
            row.month = c.date();
            row.region = c.text();
            row.product = c.text();
            row.member = c.text();
            row.amount = c.money();
            return row;
        },
    };
    return table;
}

} // namespace salesplan::store
