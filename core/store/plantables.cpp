#include "store/plantables.h"

#include "plan/fields.h"
#include "plan/scenario.h"

#include <QLocale>

#include <cmath>

#include <type_traits>
#include <utility>

namespace salesplan::store {

namespace {

QVariant integer(qint64 value)
{
    return QVariant(qlonglong(value));
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
    // A key this build does not know (a file edited by hand) reads as the first choice, so
    // that the plan still opens.
    int choice(ChoiceList choices)
    {
        return choiceValue(choices, text()).value_or(choices.front().value);
    }

private:
    const QSqlQuery &m_query;
    int m_next;
};

// --- One field in its columns -----------------------------------------------------------------

// A money field takes two columns, COLUMN_minor and COLUMN_currency; every other field one.
template <typename R> void appendColumns(QStringList &columns, const FieldOf<R> &field)
{
    const QString column = field.column.toString();
    if (field.kind == FieldKind::Money)
        columns << column + QStringLiteral("_minor") << column + QStringLiteral("_currency");
    else
        columns << column;
}

// Text is never NULL, a date is ISO 8601 text (NULL for none), a choice is its key.
template <typename R> void appendValues(QVariantList &values, const FieldOf<R> &field, const R &row)
{
    const QVariant value = field.get(row);
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        values << textValue(value.toString());
        return;
    case FieldKind::Money: {
        const Money money = value.value<Money>();
        values << integer(money.minor) << textValue(money.currency);
        return;
    }
    case FieldKind::Rate:
    case FieldKind::Number:
        values << value.toDouble();
        return;
    case FieldKind::Count:
        values << value.toInt();
        return;
    case FieldKind::Date:
    case FieldKind::Month:
        values << dateValue(value.toDate());
        return;
    case FieldKind::Choice:
        values << choiceKey(field.choices, value.toInt());
        return;
    case FieldKind::Flag:
        values << int(value.toBool());
        return;
    }
}

template <typename R> QVariant readValue(Columns &columns, const FieldOf<R> &field)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
        return columns.text();
    case FieldKind::Money:
        return QVariant::fromValue(columns.money());
    case FieldKind::Rate:
    case FieldKind::Number:
        return columns.real();
    case FieldKind::Count:
        return columns.number();
    case FieldKind::Date:
    case FieldKind::Month:
        return columns.date();
    case FieldKind::Choice:
        return columns.choice(field.choices);
    case FieldKind::Flag:
        return columns.number() != 0;
    }
    return {};
}

// --- A record's fields in their columns -------------------------------------------------------

template <typename R> QStringList columnsOf()
{
    QStringList columns;
    for (const FieldOf<R> &field : fieldsOf<R>().fields)
        appendColumns(columns, field);
    return columns;
}

template <typename R> QVariantList valuesOf(const R &row)
{
    QVariantList values;
    for (const FieldOf<R> &field : fieldsOf<R>().fields)
        appendValues(values, field, row);
    return values;
}

template <typename R> void readFields(Columns &columns, R &row)
{
    for (const FieldOf<R> &field : fieldsOf<R>().fields)
        field.set(row, readValue(columns, field));
}

template <typename R> bool sameFields(const R &a, const R &b)
{
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        if (field.get(a) != field.get(b))
            return false;
    }
    return true;
}

// --- Single-row tables ------------------------------------------------------------------------

// The part of a Plan (const or not) at a path of members such as &Plan::targets,
// &TargetsSection::funnel: the fold is (plan .* first) .* second.
template <auto... path> auto &partOf(auto &plan)
{
    return (plan.*....*path);
}

// The table of a section's own fields; `path` leads to the section in a Plan.
template <auto... path> SingletonTable sectionTable(const QString &name)
{
    using R = std::remove_cvref_t<decltype(partOf<path...>(std::declval<Plan &>()))>;
    return {
        name,
        columnsOf<R>(),
        [](const Plan &plan) { return valuesOf<R>(partOf<path...>(plan)); },
        [](const QSqlQuery &query, Plan &plan) {
            Columns columns(query, 0);
            readFields<R>(columns, partOf<path...>(plan));
        },
        [](const Plan &a, const Plan &b) {
            return sameFields<R>(partOf<path...>(a), partOf<path...>(b));
        },
    };
}

// The plan's information and, beside it, what it is based on at the team server and the next row
// id the plan hands out.
SingletonTable planTable()
{
    QStringList names = columnsOf<PlanInfo>() + columnsOf<TeamServerBasis>();
    names << QStringLiteral("next_row_id");
    return {
        QStringLiteral("plan"),
        names,
        [](const Plan &plan) {
            QVariantList values = valuesOf(plan.info) + valuesOf(plan.teamServer);
            values << integer(plan.ids.peek());
            return values;
        },
        [](const QSqlQuery &query, Plan &plan) {
            Columns columns(query, 0);
            readFields(columns, plan.info);
            readFields(columns, plan.teamServer);
            plan.ids = RowIdSource(columns.integer());
        },
        [](const Plan &a, const Plan &b) {
            return sameFields(a.info, b.info) && a.teamServer == b.teamServer && a.ids == b.ids;
        },
    };
}

// --- Row tables -------------------------------------------------------------------------------

template <typename R> RowTable<R> rowTable(const QString &name)
{
    return {
        name,
        columnsOf<R>(),
        &valuesOf<R>,
        [](const QSqlQuery &query, int first) {
            Columns columns(query, first);
            R row;
            readFields(columns, row);
            return row;
        },
    };
}

// An override as its column holds it: NULL for none, money and counts as integers.
QVariant overrideValue(const ScenarioDriverInfo &info, std::optional<double> value)
{
    if (!value)
        return {};
    if (info.kind == FieldKind::Money || info.kind == FieldKind::Count)
        return integer(std::llround(*value));
    return *value;
}

QString weightsText(const MonthWeights &weights)
{
    QStringList parts;
    for (const double weight : weights)
        parts << QString::number(weight, 'g', QLocale::FloatingPointShortest);
    return parts.join(u',');
}

// Twelve weights written by weightsText(); anything else (NULL) leaves `weights` as they are.
void readWeights(const QVariant &value, MonthWeights &weights)
{
    const QStringList parts = value.toString().split(u',');
    if (value.isNull() || parts.size() != Period::monthCount)
        return;
    for (int m = 0; m < Period::monthCount; ++m)
        weights[std::size_t(m)] = parts.at(m).toDouble();
}

// A revision's fields, then its twelve months in minor units (month_1 … month_12).
RowTable<TargetRevision> revisionTable()
{
    QStringList names = columnsOf<TargetRevision>();
    for (int m = 1; m <= Period::monthCount; ++m)
        names << QStringLiteral("month_%1").arg(m);
    return {
        QStringLiteral("target_revisions"),
        names,
        [](const TargetRevision &row) {
            QVariantList values = valuesOf(row);
            for (qint64 minor : row.months)
                values << integer(minor);
            return values;
        },
        [](const QSqlQuery &query, int first) {
            Columns columns(query, first);
            TargetRevision row;
            readFields(columns, row);
            for (qint64 &minor : row.months)
                minor = columns.integer();
            return row;
        },
    };
}

// A scenario's name, then each driver's override (NULL = none), its seasonality key (NULL = none)
// and its custom weights as text (NULL unless custom).
RowTable<Scenario> scenarioTable()
{
    QStringList names{QStringLiteral("name")};
    for (const ScenarioDriverInfo &info : scenarioDrivers())
        names << info.column.toString();
    names << QStringLiteral("seasonality") << QStringLiteral("custom_weights");
    return {
        QStringLiteral("scenarios"),
        names,
        [](const Scenario &row) {
            QVariantList values{textValue(row.name)};
            for (const ScenarioDriverInfo &info : scenarioDrivers())
                values << overrideValue(info, row.value(info.driver));
            values << (row.seasonality ? QVariant(choiceKey(*row.seasonality)) : QVariant());
            values << (row.seasonality == SeasonalityMode::Custom
                           ? QVariant(weightsText(row.customWeights))
                           : QVariant());
            return values;
        },
        [](const QSqlQuery &query, int first) {
            int column = first;
            Scenario row;
            row.name = query.value(column++).toString();
            for (const ScenarioDriverInfo &info : scenarioDrivers()) {
                const QVariant value = query.value(column++);
                if (!value.isNull())
                    row.setValue(info.driver, value.toDouble());
            }
            const QVariant mode = query.value(column++);
            if (!mode.isNull())
                row.seasonality =
                    choiceFromKey<SeasonalityMode>(mode.toString()).value_or(SeasonalityMode::Even);
            readWeights(query.value(column), row.customWeights);
            return row;
        },
    };
}

} // namespace

const QList<SingletonTable> &singletonTables()
{
    static const QList<SingletonTable> tables{
        planTable(),
        sectionTable<&Plan::mission>(QStringLiteral("mission")),
        sectionTable<&Plan::targets>(QStringLiteral("targets")),
        sectionTable<&Plan::targets, &TargetsSection::funnel>(QStringLiteral("funnel")),
        sectionTable<&Plan::targets, &TargetsSection::collections>(QStringLiteral("collections")),
        sectionTable<&Plan::team>(QStringLiteral("team")),
        sectionTable<&Plan::metrics>(QStringLiteral("metrics")),
    };
    return tables;
}

const RowTables &rowTables()
{
    static const RowTables tables{
        rowTable<Competitor>(QStringLiteral("competitors")),
        rowTable<WeightedItem>(QStringLiteral("regions")),
        rowTable<WeightedItem>(QStringLiteral("products")),
        rowTable<Role>(QStringLiteral("roles")),
        rowTable<Member>(QStringLiteral("members")),
        rowTable<Hire>(QStringLiteral("hires")),
        rowTable<Segment>(QStringLiteral("segments")),
        rowTable<Stage>(QStringLiteral("stages")),
        rowTable<Tool>(QStringLiteral("tools")),
        rowTable<Kpi>(QStringLiteral("kpis")),
        rowTable<Risk>(QStringLiteral("risks")),
        rowTable<HistoryEntry>(QStringLiteral("history")),
        rowTable<KpiActual>(QStringLiteral("kpi_actuals")),
        rowTable<ReviewEntry>(QStringLiteral("review_log")),
        revisionTable(),
        rowTable<StatusChange>(QStringLiteral("status_changes")),
        scenarioTable(),
        rowTable<Uplift>(QStringLiteral("uplifts")),
        rowTable<Initiative>(QStringLiteral("initiatives")),
        rowTable<Milestone>(QStringLiteral("milestones")),
        rowTable<BudgetLine>(QStringLiteral("budget_lines")),
        rowTable<PlanUnit>(QStringLiteral("units")),
    };
    return tables;
}

} // namespace salesplan::store
