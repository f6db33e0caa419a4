#include "targetsgoalpanel.h"

#include "calc/growth.h"
#include "document/plandocument.h"
#include "fieldbinding.h"
#include "fieldwidgets.h"
#include "help/figurehelp.h"
#include "plan/format.h"
#include "plan/scenario.h"
#include "review/revisionlist.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QValidator>

#include <cmath>
#include <numeric>
#include <optional>

namespace salesplan::ui {

namespace {

const QString growthKey = QStringLiteral("targets.growth");

// Accepts up to three letters and writes them in upper case: "usd" becomes "USD".
class CurrencyValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        static const QRegularExpression letters(QStringLiteral("^[A-Z]{0,3}$"));
        if (!letters.match(input).hasMatch())
            return Invalid;
        return input.size() == 3 ? Acceptable : Intermediate;
    }
};

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// The same amount in another currency's minor units: the plan is relabelled, not converted, so
// ¥1,200.50 becomes $1,200.50 and, in a currency without cents, ¥1,201.
std::optional<Money> relabelled(const Money &money, const QString &currency)
{
    const int from = minorDigits(money.currency);
    const int to = minorDigits(currency);
    if (to >= from) {
        const Result<Money> scaled = Money{money.minor, currency}.times(powerOfTen(to - from));
        return scaled ? std::optional<Money>(*scaled) : std::nullopt;
    }
    const qint64 divisor = powerOfTen(from - to);
    qint64 whole = money.minor / divisor;
    const qint64 rest = money.minor % divisor;
    if (2 * (rest < 0 ? -rest : rest) >= divisor)
        whole += money.minor < 0 ? -1 : 1;
    return Money{whole, currency};
}

// Moves every amount of the plan to `currency`; false when one would no longer fit.
bool relabelPlan(Plan &plan, const QString &currency)
{
    bool fits = true;
    const QString previous = plan.info.currency;
    const qint64 annualBefore = plan.targets.annualTarget.minor;
    const auto relabel = [&](Money &money) {
        const std::optional<Money> moved = relabelled(money, currency);
        if (moved)
            money = *moved;
        else
            fits = false;
    };
    plan.info.currency = currency;
    relabel(plan.mission.marketSize);
    relabel(plan.targets.annualTarget);
    relabel(plan.targets.lastYearActual);
    relabel(plan.targets.funnel.averageDealSize);
    relabel(plan.targets.funnel.costPerLead);
    relabel(plan.targets.marketingBudget);
    relabel(plan.team.budgetLimit);
    for (Role &role : plan.team.roles)
        relabel(role.monthlyCost);
    for (BudgetLine &line : plan.team.budgetLines)
        relabel(line.monthlyAmount);
    for (PlanUnit &unit : plan.units)
        relabel(unit.allocation);
    for (Tool &tool : plan.tools)
        relabel(tool.annualCost);
    for (HistoryEntry &entry : plan.history)
        relabel(entry.amount);
    for (Scenario &scenario : plan.scenarios) {
        for (const ScenarioDriverInfo &driver : scenarioDrivers()) {
            const std::optional<double> value = scenario.value(driver.driver);
            if (driver.kind != FieldKind::Money || !value)
                continue;
            Money amount{qint64(std::llround(*value)),
                         previous}; // kept as minor units of the plan's currency
            relabel(amount);
            scenario.setValue(driver.driver, double(amount.minor));
        }
    }
    for (TargetRevision &revision : plan.targets.revisions) {
        const bool addedUp = std::accumulate(revision.months.cbegin(), revision.months.cend(),
                                             qint64(0)) == annualBefore;
        for (qint64 &minor : revision.months) {
            Money month{minor, previous}; // kept in the plan's currency, as minor units
            relabel(month);
            minor = month.minor;
        }
        // Each month rounded on its own may leave the year a few units off the relabelled
        // target: December takes the difference, so a revision in force stays in force.
        if (addedUp)
            revision.months.back() +=
                plan.targets.annualTarget.minor -
                std::accumulate(revision.months.cbegin(), revision.months.cend(), qint64(0));
    }
    return fits;
}

// The growth the target means on last year's actual; NaN while either is missing.
double growthOf(const Plan &plan)
{
    if (plan.targets.annualTarget.minor <= 0)
        return std::nan("");
    const Result<double> growth =
        growthRate(plan.targets.annualTarget, plan.targets.lastYearActual);
    return growth ? *growth : std::nan("");
}

// A row of a form that holds a field and a figure or note beside it.
QWidget *besideEachOther(QWidget *field, QWidget *beside, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(beside, 1);
    return row;
}

} // namespace

TargetsGoalPanel::TargetsGoalPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.target"));
    auto *left = new QVBoxLayout;
    left->addWidget(makePlanYearGroup());
    left->addWidget(makeRevenueGroup());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(makeTiersGroup());
    right->addWidget(new TargetRevisionsGroup(document, this));
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
}

QWidget *TargetsGoalPanel::makePlanYearGroup()
{
    auto *group =
        panelGroup(tr("Plan year and currency"), QStringLiteral("targets.group.year"), this);
    auto *form = new QFormLayout(group);

    auto *year = new QSpinBox(group);
    year->setRange(1900, 9999);
    year->setKeyboardTracking(false); // one edit for "2028", not for 2, 20, 202
    year->setAccessibleName(tr("Plan year"));
    limitWidth(year, 8);
    bindSpinValue(year, m_document,
                  {QStringLiteral("info.period.year"), tr("Edit plan year"),
                   [](const Plan &plan) { return plan.info.period.year; },
                   [](Plan &plan, int value) {
                       plan.info.period.year = value;
                   }});
    form->addRow(tr("Plan year:"), year);

    auto *startMonth = new QComboBox(group);
    for (int month = 1; month <= 12; ++month)
        startMonth->addItem(formatMonthName(month));
    startMonth->setAccessibleName(tr("Fiscal year starts in"));
    limitWidth(startMonth, 14);
    bindComboIndex(startMonth, m_document,
                   {QStringLiteral("info.period.startMonth"), tr("Edit fiscal year start"),
                    [](const Plan &plan) { return plan.info.period.startMonth - 1; },
                    [](Plan &plan, int index) {
                        plan.info.period.startMonth = index + 1;
                    }});
    form->addRow(tr("Fiscal year starts in:"), startMonth);

    m_currency = new QComboBox(group);
    m_currency->setObjectName(QStringLiteral("info.currency"));
    m_currency->setAccessibleName(tr("Currency (ISO 4217 code)"));
    m_currency->setToolTip(tr("Changing the currency relabels every amount of the plan; it does "
                              "not convert them at an exchange rate."));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setCompleter(nullptr);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("MOP"),
                          QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("SGD"),
                          QStringLiteral("MYR"), QStringLiteral("GBP"), QStringLiteral("AUD"),
                          QStringLiteral("CAD"), QStringLiteral("CHF")});
    m_currency->setValidator(new CurrencyValidator(m_currency));
    limitWidth(m_currency, 8);
    m_currency->setMinimumWidth(m_currency->maximumWidth());
    m_currency->setEditText(m_document->plan().info.currency);
    m_currencyProblem = problemLabel(QStringLiteral("info.currencyProblem"), group);
    connect(m_currency->lineEdit(), &QLineEdit::textEdited, this,
            &TargetsGoalPanel::onCurrencyEdited);
    connect(m_currency, &QComboBox::textActivated, this, &TargetsGoalPanel::onCurrencyEdited);
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString current = m_document->plan().info.currency;
        if (m_currency->currentText() == current)
            return;
        showProblem(m_currencyProblem,
                    tr("\"%1\" is not a three-letter currency code; the plan stays in %2.")
                        .arg(m_currency->currentText(), current));
        m_currency->setEditText(current);
    });
    form->addRow(tr("Currency:"), besideEachOther(m_currency, m_currencyProblem, group));
    return group;
}

QWidget *TargetsGoalPanel::makeRevenueGroup()
{
    auto *group = panelGroup(tr("Revenue target"), QStringLiteral("targets.group.revenue"), this);
    auto *form = new QFormLayout(group);

    auto *lastYear =
        new MoneyField(m_document,
                       {QStringLiteral("targets.lastYearActual"), tr("Edit last year's actual"),
                        [](const Plan &plan) { return plan.targets.lastYearActual; },
                        [](Plan &plan, const Money &value) {
                            plan.targets.lastYearActual = value;
                        }},
                       group);
    lastYear->lineEdit()->setAccessibleName(tr("Last year's actual revenue"));
    lastYear->lineEdit()->setMinimumWidth(200);
    form->addRow(tr("Last year's actual:"), lastYear);

    m_growth = new PercentField(
        m_document,
        {growthKey, tr("Edit growth"), growthOf,
         [](Plan &plan, double growth) {
             plan.targets.annualTarget = *targetFromGrowth(plan.targets.lastYearActual, growth);
         },
         [](const Plan &plan, double growth) {
             const Result<Money> target = targetFromGrowth(plan.targets.lastYearActual, growth);
             if (!target)
                 return target.error().reason;
             return target->minor > 0 ? QString() : tr("The target must be more than zero.");
         }},
        {-1.0, 10.0}, group);
    m_growth->lineEdit()->setAccessibleName(tr("Growth on last year, percent"));
    m_growth->lineEdit()->setPlaceholderText(tr("—"));
    m_growthNote = noteLabel({}, group);
    m_growthNote->setObjectName(QStringLiteral("targets.growthNote"));
    form->addRow(tr("Growth on last year:"), besideEachOther(m_growth, m_growthNote, group));

    auto *target = new MoneyField(
        m_document,
        {QStringLiteral("targets.annualTarget"), tr("Edit annual target"),
         [](const Plan &plan) { return plan.targets.annualTarget; },
         [](Plan &plan, const Money &value) { plan.targets.annualTarget = value; }, false, false},
        group);
    target->lineEdit()->setAccessibleName(tr("Annual revenue target (committed)"));
    target->lineEdit()->setMinimumWidth(200);
    form->addRow(tr("Annual target:"), target);
    form->addRow(noteLabel(tr("Type the growth to set the target from last year's actual, or "
                              "type the target and see the growth it means. 1.2亿 and 500万 "
                              "are understood."),
                           group));
    return group;
}

QWidget *TargetsGoalPanel::makeTiersGroup()
{
    auto *group =
        panelGroup(tr("Base, stretch and challenge"), QStringLiteral("targets.group.tiers"), this);
    auto *grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);

    m_base = figureLabel(QStringLiteral("targets.tiers.base"), tr("Base target"), group);
    grid->addWidget(new QLabel(tr("Base (committed):"), group), 0, 0);
    grid->addWidget(m_base, 0, 1, 1, 2);

    auto *stretch =
        new PercentField(m_document,
                         {QStringLiteral("targets.stretchReserve"), tr("Edit stretch reserve"),
                          [](const Plan &plan) { return plan.targets.stretchReserve; },
                          [](Plan &plan, double value) {
                              plan.targets.stretchReserve = value;
                          }},
                         rangeOf<TargetsSection>(u"stretchReserve"), group);
    stretch->lineEdit()->setAccessibleName(tr("Stretch reserve, percent above the base"));
    m_stretch = figureLabel(QStringLiteral("targets.tiers.stretch"), tr("Stretch target"), group);
    grid->addWidget(new QLabel(tr("Stretch reserve:"), group), 1, 0);
    grid->addWidget(stretch, 1, 1);
    grid->addWidget(m_stretch, 1, 2);

    auto *challenge =
        new PercentField(m_document,
                         {QStringLiteral("targets.challengeReserve"), tr("Edit challenge reserve"),
                          [](const Plan &plan) { return plan.targets.challengeReserve; },
                          [](Plan &plan, double value) {
                              plan.targets.challengeReserve = value;
                          }},
                         rangeOf<TargetsSection>(u"challengeReserve"), group);
    challenge->lineEdit()->setAccessibleName(tr("Challenge reserve, percent above the base"));
    m_challenge =
        figureLabel(QStringLiteral("targets.tiers.challenge"), tr("Challenge target"), group);
    grid->addWidget(new QLabel(tr("Challenge reserve:"), group), 2, 0);
    grid->addWidget(challenge, 2, 1);
    grid->addWidget(m_challenge, 2, 2);

    m_tierProblem = problemLabel(QStringLiteral("targets.tiersProblem"), group);
    grid->addWidget(m_tierProblem, 3, 0, 1, 3);
    grid->addWidget(noteLabel(tr("Commit the base to the company and plan the team's work to the "
                                 "stretch tier: a reserve of 10–15 % absorbs deals that slip. "
                                 "The challenge tier is what earns the accelerators."),
                              group),
                    4, 0, 1, 3);
    return group;
}

void TargetsGoalPanel::showSummary(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    if (!m_currency->lineEdit()->hasFocus() && m_currency->currentText() != plan.info.currency) {
        const QSignalBlocker blocker(m_currency);
        m_currency->setEditText(plan.info.currency);
    }
    if (m_currency->currentText() == plan.info.currency)
        showProblem(m_currencyProblem, {});
    showGrowth(summary);
    setFigureHelp(m_base, {explainFigure(plan, summary, Figure::AnnualTarget)});
    setFigureHelp(m_stretch, {explainFigure(plan, summary, Figure::StretchTier)});
    setFigureHelp(m_challenge, {explainFigure(plan, summary, Figure::ChallengeTier)});
    setFigureHelp(m_growthNote, {explainFigure(plan, summary, Figure::Growth)});
    if (summary.tiers) {
        const TargetTiers &tiers = *summary.tiers;
        m_base->setText(moneyText(tiers.base.minor, plan.info.currency));
        m_base->setToolTip(exactMoneyTip(tiers.base.minor, plan.info.currency));
        m_stretch->setText(tr("= %1").arg(moneyText(tiers.stretch.minor, plan.info.currency)));
        m_stretch->setToolTip(exactMoneyTip(tiers.stretch.minor, plan.info.currency));
        m_challenge->setText(tr("= %1").arg(moneyText(tiers.challenge.minor, plan.info.currency)));
        m_challenge->setToolTip(exactMoneyTip(tiers.challenge.minor, plan.info.currency));
        showProblem(m_tierProblem, {});
    } else {
        m_base->setText(moneyText(plan.targets.annualTarget.minor, plan.info.currency));
        m_stretch->clear();
        m_challenge->clear();
        showProblem(m_tierProblem, summary.tiers.error().message());
    }
}

void TargetsGoalPanel::showGrowth(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    const bool hasLastYear = plan.targets.lastYearActual.minor > 0;
    m_growth->setEnabled(hasLastYear);
    if (!hasLastYear) {
        m_growthNote->setText(tr("Enter last year's actual to plan by growth."));
    } else if (summary.growth && plan.targets.annualTarget.minor > 0) {
        const qint64 difference =
            plan.targets.annualTarget.minor - plan.targets.lastYearActual.minor;
        const QString amount =
            moneyText(difference < 0 ? -difference : difference, plan.info.currency);
        m_growthNote->setText(difference < 0 ? tr("%1 less than last year").arg(amount)
                                             : tr("%1 more than last year").arg(amount));
    } else {
        m_growthNote->setText(tr("Enter the target, or type the growth to set it."));
    }
}

void TargetsGoalPanel::onCurrencyEdited(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (!isCurrencyCode(code)) {
        showProblem(m_currencyProblem, tr("A currency is three letters, such as CNY or USD."));
        return;
    }
    showProblem(m_currencyProblem, {});
    Plan changed = m_document->plan();
    if (changed.info.currency == code)
        return;
    if (!relabelPlan(changed, code)) {
        showProblem(m_currencyProblem,
                    tr("An amount of the plan is too large to write in %1.").arg(code));
        return;
    }
    m_document->edit(tr("Change currency to %1").arg(code), [&](Plan &plan) { plan = changed; });
}

} // namespace salesplan::ui
