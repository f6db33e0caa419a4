#include "store/schema.h"

#include <QStringList>

namespace salesplan::store {

namespace {

// Schema version 1. Every row table has the plan's RowId as its key and an explicit position
// for the order of the rows. Money is an INTEGER count of minor units with its currency beside
// it; dates are ISO 8601 text (NULL for no date); enums are the text keys of plan/choices.h.
// Single-row tables hold the fields of a section; their id is always 1.
const char16_t *const version1[] = {
    uR"(CREATE TABLE plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        company TEXT NOT NULL,
        author TEXT NOT NULL,
        language TEXT NOT NULL,
        currency TEXT NOT NULL,
        period_year INTEGER NOT NULL,
        period_start_month INTEGER NOT NULL,
        status TEXT NOT NULL,
        next_row_id INTEGER NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE mission (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mission TEXT NOT NULL,
        market_position TEXT NOT NULL,
        value_proposition TEXT NOT NULL,
        market_size_minor INTEGER NOT NULL,
        market_size_currency TEXT NOT NULL,
        market_growth REAL NOT NULL,
        market_trends TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE competitors (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        strengths TEXT NOT NULL,
        weaknesses TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE targets (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        annual_target_minor INTEGER NOT NULL,
        annual_target_currency TEXT NOT NULL,
        last_year_actual_minor INTEGER NOT NULL,
        last_year_actual_currency TEXT NOT NULL,
        stretch_reserve REAL NOT NULL,
        challenge_reserve REAL NOT NULL,
        seasonality TEXT NOT NULL,
        history_years INTEGER NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE seasonality_weights (
        month INTEGER PRIMARY KEY CHECK (month BETWEEN 0 AND 11),
        weight REAL NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE regions (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE funnel (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        average_deal_size_minor INTEGER NOT NULL,
        average_deal_size_currency TEXT NOT NULL,
        lead_to_qualified REAL NOT NULL,
        qualified_to_proposal REAL NOT NULL,
        proposal_to_won REAL NOT NULL,
        calls_per_lead REAL NOT NULL,
        calls_per_rep_day REAL NOT NULL,
        demos_per_rep_day REAL NOT NULL,
        annual_attrition REAL NOT NULL,
        new_hire_ramp_months INTEGER NOT NULL,
        cost_per_lead_minor INTEGER NOT NULL,
        cost_per_lead_currency TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE calendar_days (
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'extra_workday')),
        position INTEGER NOT NULL,
        day TEXT,
        PRIMARY KEY (kind, position)
    ) STRICT)",
    uR"(CREATE TABLE team (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        training_plan TEXT NOT NULL,
        commission_rate REAL NOT NULL,
        accelerator_rate REAL NOT NULL,
        incentive_notes TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        responsibilities TEXT NOT NULL,
        skills TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        quota_share REAL NOT NULL,
        start_date TEXT,
        ramp_months INTEGER NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE hires (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        count INTEGER NOT NULL,
        start_date TEXT
    ) STRICT)",
    uR"(CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        customer_type TEXT NOT NULL,
        characteristics TEXT NOT NULL,
        challenges TEXT NOT NULL,
        goals TEXT NOT NULL,
        tier TEXT NOT NULL,
        strategy TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE segment_attributes (
        segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attribute TEXT NOT NULL,
        PRIMARY KEY (segment_id, position)
    ) STRICT)",
    uR"(CREATE TABLE stages (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        method TEXT NOT NULL,
        exit_criteria TEXT NOT NULL,
        collateral TEXT NOT NULL,
        conversion_rate REAL NOT NULL,
        typical_days INTEGER NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE tools (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        purpose TEXT NOT NULL,
        owner TEXT NOT NULL,
        annual_cost_minor INTEGER NOT NULL,
        annual_cost_currency TEXT NOT NULL,
        data_held TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE metrics (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        review_cadence TEXT NOT NULL,
        review_notes TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE kpis (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        unit TEXT NOT NULL,
        target REAL NOT NULL,
        frequency TEXT NOT NULL,
        green_at REAL NOT NULL,
        yellow_at REAL NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE risks (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        likelihood INTEGER NOT NULL,
        impact INTEGER NOT NULL,
        mitigation TEXT NOT NULL,
        owner TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        month TEXT,
        region TEXT NOT NULL,
        product TEXT NOT NULL,
        member TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        amount_currency TEXT NOT NULL
    ) STRICT)",
};

// Schema version 2: the presentation deck, the chart keys in the order they are shown. A plan
// without rows here presents the default deck.
const char16_t *const version2[] = {
    uR"(CREATE TABLE presentation_deck (
        position INTEGER PRIMARY KEY,
        chart_key TEXT NOT NULL
    ) STRICT)",
};

// Schema version 3: the plan's holiday calendar ("none", "CN", "TW"). Existing plans keep
// counting weekdays only, so their figures do not change.
const char16_t *const version3[] = {
    uR"(ALTER TABLE funnel ADD COLUMN calendar TEXT NOT NULL DEFAULT 'none')",
};

// Schema version 4: what a KPI measures and whether its target follows the plan. Existing
// KPIs are custom with their typed target, so their figures do not change.
const char16_t *const version4[] = {
    uR"(ALTER TABLE kpis ADD COLUMN measures TEXT NOT NULL DEFAULT 'custom')",
    uR"(ALTER TABLE kpis ADD COLUMN target_from TEXT NOT NULL DEFAULT 'typed')",
};

// Schema version 5: fixed quotas, quotas that follow start dates, over-assignment and the
// collection terms. Existing plans keep quotas by weight over the whole year, no over-assignment
// and no collections, so their figures do not change.
const char16_t *const version5[] = {
    uR"(ALTER TABLE members ADD COLUMN quota_amount_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE members ADD COLUMN quota_amount_currency TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE regions ADD COLUMN quota_amount_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE regions ADD COLUMN quota_amount_currency TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE products ADD COLUMN quota_amount_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE products ADD COLUMN quota_amount_currency TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE targets ADD COLUMN quotas_follow_start INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE targets ADD COLUMN over_assignment REAL NOT NULL DEFAULT 0)",
    uR"(CREATE TABLE collections (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        same_month REAL NOT NULL,
        after_1_month REAL NOT NULL,
        after_2_months REAL NOT NULL,
        after_3_months REAL NOT NULL,
        after_4_months REAL NOT NULL,
        after_5_months REAL NOT NULL,
        after_6_months REAL NOT NULL,
        opening_receivable_minor INTEGER NOT NULL,
        opening_receivable_currency TEXT NOT NULL
    ) STRICT)",
    // A file being created has no plan row yet: it writes its own collections row.
    uR"(INSERT INTO collections SELECT 1, 0, 0, 0, 0, 0, 0, 0, 0, currency FROM plan)",
    uR"(UPDATE members SET quota_amount_currency = (SELECT currency FROM plan))",
    uR"(UPDATE regions SET quota_amount_currency = (SELECT currency FROM plan))",
    uR"(UPDATE products SET quota_amount_currency = (SELECT currency FROM plan))",
};

// Schema version 6: the speaker notes, one row a slide that has notes. Existing plans have none.
const char16_t *const version6[] = {
    uR"(CREATE TABLE speaker_notes (
        slide_key TEXT PRIMARY KEY,
        notes TEXT NOT NULL
    ) STRICT)",
};

// Schema version 7: the plan in execution — which way a KPI is better, the deviation that asks
// for a note, the KPIs' monthly actuals and the review log. Existing KPIs are better higher.
const char16_t *const version7[] = {
    uR"(ALTER TABLE kpis ADD COLUMN direction TEXT NOT NULL DEFAULT 'higher')",
    uR"(ALTER TABLE metrics ADD COLUMN deviation_threshold REAL NOT NULL DEFAULT 0.1)",
    uR"(CREATE TABLE kpi_actuals (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        kpi INTEGER NOT NULL,
        month TEXT,
        value REAL NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        month TEXT,
        subject TEXT NOT NULL,
        name TEXT NOT NULL,
        cause TEXT NOT NULL,
        action TEXT NOT NULL,
        owner TEXT NOT NULL,
        due TEXT,
        done INTEGER NOT NULL
    ) STRICT)",
};

// Schema version 8: "Adjust the remaining months" — the versions of the company's month targets
// made at monthly reviews, each with its first month, a note and the twelve months in minor units.
const char16_t *const version8[] = {
    uR"(CREATE TABLE target_revisions (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        from_month TEXT,
        note TEXT NOT NULL,
        month_1 INTEGER NOT NULL,
        month_2 INTEGER NOT NULL,
        month_3 INTEGER NOT NULL,
        month_4 INTEGER NOT NULL,
        month_5 INTEGER NOT NULL,
        month_6 INTEGER NOT NULL,
        month_7 INTEGER NOT NULL,
        month_8 INTEGER NOT NULL,
        month_9 INTEGER NOT NULL,
        month_10 INTEGER NOT NULL,
        month_11 INTEGER NOT NULL,
        month_12 INTEGER NOT NULL
    ) STRICT)",
};

// Schema version 9: the saved versions of the plan, each the whole plan frozen under a name as its
// JSON (exchange/planjson.h) compressed with zlib (qCompress). Names are unique, so that
// PLAN@NAME names one version; `created` is an ISO 8601 date-time in UTC.
const char16_t *const version9[] = {
    uR"(CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        author TEXT,
        plan BLOB NOT NULL
    ) STRICT)",
};

// Schema version 10: the plan's status changes — submitted, approved (by whom, when, with a
// comment, and whether the narrative stays editable) and reopened (with the reason). Existing
// plans have none: their status stays as it was, with no approval on record.
const char16_t *const version10[] = {
    uR"(CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        status TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        date TEXT,
        comment TEXT NOT NULL,
        narrative_editable INTEGER NOT NULL
    ) STRICT)",
};

// Schema version 11: the what-if scenarios beside the plan. Each override is a nullable column
// (NULL = the baseline's value): money in minor units of the plan's currency, rates as fractions,
// the seasonality as its key with the twelve custom weights as text ("1,1,…") when custom. The
// baseline's tables are untouched; existing plans have no scenarios.
const char16_t *const version11[] = {
    uR"(CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        annual_target_minor INTEGER,
        average_deal_size_minor INTEGER,
        lead_to_qualified REAL,
        qualified_to_proposal REAL,
        proposal_to_won REAL,
        calls_per_rep_day REAL,
        demos_per_rep_day REAL,
        annual_attrition REAL,
        headcount_change INTEGER,
        seasonality TEXT,
        custom_weights TEXT
    ) STRICT)",
};

// Schema version 12: the calibration's inputs — the market share the plan assumes (0 = last
// year's), the marketing budget (0 = not set) and the share of last year's actual existing
// customers bring again — and the uplifts of the reps' productivity. Existing plans have none of
// them, so their ceilings read "not set" where they need one.
const char16_t *const version12[] = {
    uR"(ALTER TABLE targets ADD COLUMN market_share REAL NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE targets ADD COLUMN marketing_budget_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE targets ADD COLUMN marketing_budget_currency TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE targets ADD COLUMN existing_customer_share REAL NOT NULL DEFAULT 0)",
    uR"(UPDATE targets SET marketing_budget_currency = (SELECT currency FROM plan))",
    uR"(CREATE TABLE uplifts (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        reason TEXT NOT NULL,
        uplift REAL NOT NULL,
        applies_to TEXT NOT NULL
    ) STRICT)",
};

// Schema version 13: the action plan — the initiatives (owner, dates, budget, what they serve,
// the KPI they move, status, notes, spend to date) and their milestones, each naming its
// initiative by id. Existing plans have none.
const char16_t *const version13[] = {
    uR"(CREATE TABLE initiatives (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        goal TEXT NOT NULL,
        owner TEXT NOT NULL,
        start TEXT,
        due TEXT,
        budget_minor INTEGER NOT NULL,
        budget_currency TEXT NOT NULL,
        serves TEXT NOT NULL,
        kpi TEXT NOT NULL,
        status TEXT NOT NULL,
        notes TEXT NOT NULL,
        spent_minor INTEGER NOT NULL,
        spent_currency TEXT NOT NULL
    ) STRICT)",
    uR"(CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        initiative INTEGER NOT NULL,
        name TEXT NOT NULL,
        date TEXT,
        done INTEGER NOT NULL
    ) STRICT)",
};

// Schema version 14: the sales budget's inputs — each role's monthly cost per head, the budget
// lines the user types (events, travel, campaigns, other: an amount a month from one month to
// another) and the budget's limit (0 = none). Existing plans have none of them, so their budget
// has no headcount cost and a finding asks for the roles' costs.
const char16_t *const version14[] = {
    uR"(ALTER TABLE roles ADD COLUMN monthly_cost_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE roles ADD COLUMN monthly_cost_currency TEXT NOT NULL DEFAULT '')",
    uR"(UPDATE roles SET monthly_cost_currency = (SELECT currency FROM plan))",
    uR"(ALTER TABLE team ADD COLUMN budget_limit_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE team ADD COLUMN budget_limit_currency TEXT NOT NULL DEFAULT '')",
    uR"(UPDATE team SET budget_limit_currency = (SELECT currency FROM plan))",
    uR"(CREATE TABLE budget_lines (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        monthly_amount_minor INTEGER NOT NULL,
        monthly_amount_currency TEXT NOT NULL,
        from_month INTEGER NOT NULL,
        to_month INTEGER NOT NULL
    ) STRICT)",
};

// Schema version 15: a team plan's units — each a name, the path of its plan file, an allocated
// amount and a weight — and, with the targets, how the target is split among them and the gap
// that is a finding. Existing plans have no units and split by amounts with a 5 % threshold.
const char16_t *const version15[] = {
    uR"(ALTER TABLE targets ADD COLUMN unit_allocation TEXT NOT NULL DEFAULT 'amounts')",
    uR"(ALTER TABLE targets ADD COLUMN unit_gap_threshold REAL NOT NULL DEFAULT 0.05)",
    uR"(CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        path TEXT NOT NULL,
        allocation_minor INTEGER NOT NULL,
        allocation_currency TEXT NOT NULL,
        weight REAL NOT NULL
    ) STRICT)",
};

// Schema version 16: what the plan is based on at the team server — the server and unit it was
// fetched from or published to, the allocation's and the unit's versions then (0: none) and the
// unit's allocated target. Existing plans were never fetched: an empty server, and the target
// Money's default (0 CNY), as a plan made in memory has it.
const char16_t *const version16[] = {
    uR"(ALTER TABLE plan
        ADD COLUMN team_server TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE plan
        ADD COLUMN team_server_unit TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE plan
        ADD COLUMN team_server_allocation_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE plan
        ADD COLUMN team_server_unit_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE plan
        ADD COLUMN team_server_allocated_target_minor INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE plan
        ADD COLUMN team_server_allocated_target_currency TEXT NOT NULL DEFAULT 'CNY')",
};

template <std::size_t N>
SqlStatus runAll(const QSqlDatabase &db, const char16_t *const (&statements)[N])
{
    for (const char16_t *statement : statements) {
        if (SqlStatus status = exec(db, QString::fromUtf16(statement)); !status)
            return status;
    }
    return {};
}

} // namespace

const Migrations &planMigrations()
{
    // Append a step for each schema change; never edit a step that has shipped. Each new step
    // gets a test that opens tests/data/plan-v<N>.salesplan (see tests/store/test_migrations.cpp).
    static const Migrations steps{
        {QStringLiteral("create the version 1 tables"),
         [](const QSqlDatabase &db) {
             return runAll(db, version1);
         }},
        {QStringLiteral("add the presentation deck"),
         [](const QSqlDatabase &db) {
             return runAll(db, version2);
         }},
        {QStringLiteral("add the holiday calendar"),
         [](const QSqlDatabase &db) {
             return runAll(db, version3);
         }},
        {QStringLiteral("add what a KPI measures"),
         [](const QSqlDatabase &db) {
             return runAll(db, version4);
         }},
        {QStringLiteral("add fixed quotas, over-assignment and collections"),
         [](const QSqlDatabase &db) {
             return runAll(db, version5);
         }},
        {QStringLiteral("add the speaker notes"),
         [](const QSqlDatabase &db) {
             return runAll(db, version6);
         }},
        {QStringLiteral("add the KPIs' actuals and the review log"),
         [](const QSqlDatabase &db) {
             return runAll(db, version7);
         }},
        {QStringLiteral("add the target revisions"),
         [](const QSqlDatabase &db) {
             return runAll(db, version8);
         }},
        {QStringLiteral("add the saved versions"),
         [](const QSqlDatabase &db) {
             return runAll(db, version9);
         }},
        {QStringLiteral("add the status changes"),
         [](const QSqlDatabase &db) {
             return runAll(db, version10);
         }},
        {QStringLiteral("add the what-if scenarios"),
         [](const QSqlDatabase &db) {
             return runAll(db, version11);
         }},
        {QStringLiteral("add the calibration's inputs and uplifts"),
         [](const QSqlDatabase &db) {
             return runAll(db, version12);
         }},
        {QStringLiteral("add the action plan's initiatives and milestones"),
         [](const QSqlDatabase &db) {
             return runAll(db, version13);
         }},
        {QStringLiteral("add the sales budget's inputs"),
         [](const QSqlDatabase &db) {
             return runAll(db, version14);
         }},
        {QStringLiteral("add the team plan's units"),
         [](const QSqlDatabase &db) {
             return runAll(db, version15);
         }},
        {QStringLiteral("add what the plan is based on at the team server"),
         [](const QSqlDatabase &db) {
             return runAll(db, version16);
         }},
    };
    return steps;
}

SqlStatus migrate(const QSqlDatabase &db, int fromVersion, const Migrations &steps)
{
    for (int version = fromVersion; version < latestVersion(steps); ++version) {
        if (SqlStatus begun = beginWrite(db); !begun)
            return begun;
        SqlStatus status = steps[version].run(db);
        if (status) {
            // A PRAGMA takes no bound values; the version is this build's own number.
            status = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        }
        if (status)
            status = commitWrite(db);
        if (!status) {
            rollbackWrite(db);
            return SqlError{status.error().code, QStringLiteral("%1 (schema step %2: %3)")
                                                     .arg(status.error().text)
                                                     .arg(version + 1)
                                                     .arg(steps[version].description)};
        }
    }
    return {};
}

} // namespace salesplan::store
