#include "targetsseasonalitypanel.h"

#include "calc/seasonality.h"
#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesplan::ui {

namespace {

// The modes in the order the combo box offers them.
constexpr SeasonalityMode modeOrder[] = {SeasonalityMode::Even, SeasonalityMode::LastYear,
                                         SeasonalityMode::AverageYears, SeasonalityMode::Custom};

int modeIndex(SeasonalityMode mode)
{
    const auto *found = std::find(std::begin(modeOrder), std::end(modeOrder), mode);
    return int(found - std::begin(modeOrder));
}

// Switching to custom weights starts from the shares in effect (last year's or the average),
// written as percent, so the person adjusts a shape instead of starting from scratch.
void setMode(Plan &plan, int index)
{
    const SeasonalityMode mode = modeOrder[std::clamp(index, 0, 3)];
    const SeasonalityMode before = plan.targets.seasonality;
    if (mode == SeasonalityMode::Custom &&
        (before == SeasonalityMode::LastYear || before == SeasonalityMode::AverageYears)) {
        const Result<MonthWeights> weights = seasonalityWeights(plan);
        const double sum = weights ? std::accumulate(weights->begin(), weights->end(), 0.0) : 0.0;
        if (sum > 0) {
            for (size_t m = 0; m < weights->size(); ++m)
                plan.targets.customWeights[m] = std::round((*weights)[m] / sum * 10000.0) / 100.0;
        }
    }
    plan.targets.seasonality = mode;
}

} // namespace

TargetsSeasonalityPanel::TargetsSeasonalityPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.seasonality"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeModeGroup());
    layout->addWidget(makeMonthsGroup());
    layout->addStretch(1);
}

QWidget *TargetsSeasonalityPanel::makeModeGroup()
{
    auto *group = panelGroup(tr("How the year is spread over the months"),
                             QStringLiteral("targets.group.seasonalityMode"), this);
    auto *form = new QFormLayout(group);

    m_mode = new QComboBox(group);
    m_mode->addItem(tr("Even: every month the same"));
    m_mode->addItem(tr("Like last year's history"));
    m_mode->addItem(tr("Average of earlier years"));
    m_mode->addItem(tr("Custom weights"));
    m_mode->setAccessibleName(tr("Seasonality"));
    limitWidth(m_mode, 32);
    bindComboIndex(m_mode, m_document,
                   {QStringLiteral("targets.seasonality"), tr("Change seasonality"),
                    [](const Plan &plan) { return modeIndex(plan.targets.seasonality); }, setMode});
    form->addRow(tr("Seasonality:"), m_mode);

    m_years = new QSpinBox(group);
    m_years->setRange(1, 3);
    m_years->setAccessibleName(tr("Years of history to average"));
    limitWidth(m_years, 4);
    bindSpinValue(m_years, m_document,
                  {QStringLiteral("targets.historyYears"), tr("Edit years to average"),
                   [](const Plan &plan) { return plan.targets.historyYears; },
                   [](Plan &plan, int value) {
                       plan.targets.historyYears = value;
                   }});
    form->addRow(tr("Years to average (1–3):"), m_years);

    m_modeNote = noteLabel({}, group);
    m_modeNote->setObjectName(QStringLiteral("targets.seasonalityNote"));
    form->addRow(m_modeNote);
    m_problem = problemLabel(QStringLiteral("targets.seasonalityProblem"), group);
    m_problem->setAccessibleName(tr("Why the month shares cannot be calculated"));
    form->addRow(m_problem);
    return group;
}

QWidget *TargetsSeasonalityPanel::makeMonthsGroup()
{
    auto *group = panelGroup(tr("Months"), QStringLiteral("targets.customWeights"), this);
    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(12);
    constexpr int columnsPerHalf = 5;
    constexpr int rowsPerHalf = Period::monthCount / 2;
    for (int half = 0; half < 2; ++half) {
        const int first = half * (columnsPerHalf + 1);
        const QStringList titles = {tr("Month"), tr("Weight"), tr("Share"), QString(),
                                    tr("Target")};
        for (int c = 0; c < columnsPerHalf; ++c) {
            auto *title = new QLabel(titles.at(c), group);
            QFont font = title->font();
            font.setBold(true);
            title->setFont(font);
            grid->addWidget(title, 0, first + c, c >= 2 ? Qt::AlignRight : Qt::AlignLeft);
        }
    }
    grid->setColumnMinimumWidth(columnsPerHalf, 24);

    for (int m = 0; m < Period::monthCount; ++m) {
        MonthRow row;
        const int position = m + 1;
        row.name = new QLabel(group);
        row.weight = new NumberField(
            m_document,
            {QStringLiteral("targets.customWeights.%1").arg(position), tr("Edit month weight"),
             [m](const Plan &plan) { return plan.targets.customWeights[size_t(m)]; },
             [m](Plan &plan, double value) {
                 plan.targets.customWeights[size_t(m)] = value;
             }},
            0.0, 1000.0, 2, {}, group);
        row.weight->lineEdit()->setAccessibleName(tr("Weight of plan month %1").arg(position));
        limitWidth(row.weight->lineEdit(), 8);
        row.weight->placeProblemBelow();
        row.name->setBuddy(row.weight->lineEdit());
        row.share = figureLabel(QStringLiteral("targets.seasonality.share.%1").arg(position),
                                tr("Share of the year, plan month %1").arg(position), group);
        row.share->setWordWrap(false);
        row.bar = new QProgressBar(group);
        row.bar->setTextVisible(false);
        row.bar->setRange(0, 1000);
        row.bar->setMaximumHeight(10);
        row.bar->setMinimumWidth(60);
        row.bar->setAccessibleName(tr("Share of the year, plan month %1").arg(position));
        row.amount = figureLabel(QStringLiteral("targets.seasonality.amount.%1").arg(position),
                                 tr("Target of plan month %1").arg(position), group);
        row.amount->setWordWrap(false);

        const int gridRow = 1 + m % rowsPerHalf;
        const int first = (m / rowsPerHalf) * (columnsPerHalf + 1);
        grid->addWidget(row.name, gridRow, first);
        grid->addWidget(row.weight, gridRow, first + 1);
        grid->addWidget(row.share, gridRow, first + 2, Qt::AlignRight);
        grid->addWidget(row.bar, gridRow, first + 3);
        grid->addWidget(row.amount, gridRow, first + 4, Qt::AlignRight);
        m_months.append(row);
    }
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(columnsPerHalf + 4, 1);
    return group;
}

void TargetsSeasonalityPanel::showSummary(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    const Period &period = plan.info.period;
    const SeasonalityMode mode = plan.targets.seasonality;
    m_years->setEnabled(mode == SeasonalityMode::AverageYears);

    const int lastYear = period.earlier(1).year;
    switch (mode) {
    case SeasonalityMode::Even:
        m_modeNote->setText(tr("Every month gets the same share of the year."));
        break;
    case SeasonalityMode::LastYear:
        m_modeNote->setText(
            tr("Each month gets the share it had of the revenue booked in plan year %1.")
                .arg(lastYear));
        break;
    case SeasonalityMode::AverageYears:
        m_modeNote->setText(tr("Each month gets its average share over plan years %1–%2; years "
                               "without history are left out.")
                                .arg(period.earlier(plan.targets.historyYears).year)
                                .arg(lastYear));
        break;
    case SeasonalityMode::Custom:
        m_modeNote->setText(tr("Type a weight for each month: 2 means twice the revenue of a "
                               "month weighted 1. Percentages that add up to 100 work too."));
        break;
    }

    const Result<MonthWeights> weights = seasonalityWeights(plan);
    showProblem(m_problem,
                weights ? QString()
                        : tr("%1. Import the bookings of earlier years as history, or choose "
                             "even or custom weights.")
                              .arg(weights.error().message()));
    const double sum = weights ? std::accumulate(weights->begin(), weights->end(), 0.0) : 0.0;
    const double largest = weights ? *std::max_element(weights->begin(), weights->end()) : 0.0;
    const bool custom = mode == SeasonalityMode::Custom;
    for (int m = 0; m < Period::monthCount; ++m) {
        const MonthRow &row = m_months.at(m);
        row.name->setText(formatMonthName(period.monthStart(m).month()));
        row.weight->setEnabled(custom);
        row.weight->setToolTip(custom ? QString() : tr("Choose custom weights to type your own."));
        const double weight = sum > 0 ? (*weights)[size_t(m)] : 0.0;
        row.share->setText(sum > 0 ? formatPercent(weight / sum) : tr("—"));
        row.bar->setValue(largest > 0 ? int(std::lround(weight / largest * 1000.0)) : 0);
        const qint64 amount = summary.decomposition ? summary.decomposition->months[size_t(m)] : 0;
        row.amount->setText(summary.decomposition ? moneyText(amount, plan.info.currency)
                                                  : tr("—"));
        row.amount->setToolTip(summary.decomposition ? exactMoneyTip(amount, plan.info.currency)
                                                     : QString());
    }
}

} // namespace salesplan::ui
