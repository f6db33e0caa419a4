#include "overviewpage.h"

#include "help/figurehelp.h"
#include "plan/format.h"
#include "review/attainmentlight.h"
#include "severitystyle.h"
#include "summary/headcount.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"
#include "summary/teamquotas.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

QString figureRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 24px 2px 0'>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// A key figure: its name, its value and the formulas it comes from (none for a problem).
struct KeyFigure
{
    QString key; // names its labels: overview.figure.<key> and overview.figure.<key>.label
    QString label;
    QString value;
    QList<Figure> figures;
};

void addFunnelFigures(const Plan &plan, const PlanSummary &summary, QList<KeyFigure> &rows)
{
    if (!summary.funnel) {
        rows.append({QStringLiteral("funnel"),
                     OverviewPage::tr("Funnel"),
                     summary.funnel.error().message(),
                     {}});
        return;
    }
    const BackwardResult &funnel = *summary.funnel;
    rows.append({QStringLiteral("deals"),
                 OverviewPage::tr("Deals to win"),
                 formatCount(double(funnel.deals)),
                 {Figure::Deals}});
    rows.append({QStringLiteral("activity"),
                 OverviewPage::tr("Calls and demos a day"),
                 OverviewPage::tr("%1 calls, %2 demos")
                     .arg(formatCount(funnel.callsPerDay, 1), formatCount(funnel.demosPerDay, 1)),
                 {Figure::CallsPerDay, Figure::DemosPerDay}});
    const HeadcountLine year = yearHeadcountLine(funnel);
    rows.append({QStringLiteral("yearHeadcount"),
                 year.label,
                 year.text,
                 {Figure::YearHeadcount, Figure::RepsRequired}});
    if (summary.capacity) {
        const HeadcountLine month = tightestMonthLine(*summary.capacity, plan.info.period);
        rows.append(
            {QStringLiteral("tightestMonth"), month.label, month.text, {Figure::TightestMonth}});
    }
    if (!funnel.marketingBudget.isZero())
        rows.append({QStringLiteral("marketingBudget"),
                     OverviewPage::tr("Marketing budget"),
                     formatMoney(funnel.marketingBudget),
                     {Figure::MarketingBudget}});
}

QList<KeyFigure> keyFigures(const Plan &plan, const PlanSummary &summary)
{
    QList<KeyFigure> rows{{QStringLiteral("annualTarget"),
                           OverviewPage::tr("Annual target"),
                           formatMoney(plan.targets.annualTarget),
                           {Figure::AnnualTarget}}};
    if (summary.growth)
        rows.append({QStringLiteral("growth"),
                     OverviewPage::tr("Growth on last year"),
                     formatPercent(*summary.growth),
                     {Figure::Growth}});
    if (summary.tiers) {
        rows.append({QStringLiteral("stretch"),
                     OverviewPage::tr("Stretch tier"),
                     formatMoney(summary.tiers->stretch),
                     {Figure::StretchTier}});
        rows.append({QStringLiteral("challenge"),
                     OverviewPage::tr("Challenge tier"),
                     formatMoney(summary.tiers->challenge),
                     {Figure::ChallengeTier}});
    }
    if (summary.quotas && !summary.quotas->holders.isEmpty())
        rows.append({QStringLiteral("assigned"),
                     OverviewPage::tr("Assigned to reps"),
                     assignedAmountText(plan, *summary.quotas),
                     {Figure::AssignedToReps}});
    if (summary.collections && *summary.collections)
        rows.append({QStringLiteral("collections"),
                     OverviewPage::tr("Collections"),
                     collectionsText(plan, **summary.collections),
                     {Figure::Collections}});
    addFunnelFigures(plan, summary, rows);
    return rows;
}

QList<FigureExplanation> explanations(const Plan &plan, const PlanSummary &summary,
                                      const QList<Figure> &figures, int index = 0)
{
    QList<FigureExplanation> explained;
    for (Figure figure : figures)
        explained.append(explainFigure(plan, summary, figure, index));
    return explained;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// An amount as a cell: shortened to 万 or 亿 when the preference asks, every digit as its tooltip.
QTableWidgetItem *moneyItem(qint64 minor, const QString &currency)
{
    const Money money{minor, currency};
    auto *item = numberItem(formatMoney(money));
    if (item->text() != formatMoneyExact(money))
        item->setToolTip(formatMoneyExact(money));
    return item;
}

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName,
                        const QStringList &columns, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// "3 ● Red, 1 ● Yellow, 8 ● Green" over the lines' year to date and the KPIs' month.
QString lightCounts(const PlanReview &review)
{
    std::array<int, 4> counts{};
    for (const ReviewLine &line : review.lines)
        ++counts[std::size_t(review.lightOf(line.attainment.yearToDate))];
    for (const KpiReview &kpi : review.kpis)
        ++counts[std::size_t(kpi.light)];
    QStringList parts;
    for (Light light : {Light::Red, Light::Yellow, Light::Green}) {
        if (const int count = counts[std::size_t(light)]; count > 0)
            //: How many lines and KPIs have a light: "3 ● Red".
            parts.append(OverviewPage::tr("%1 %2").arg(count).arg(lightHtml(light)));
    }
    return parts.join(QStringLiteral(", "));
}

QString statusFigures(const Plan &plan, const PlanReview &review)
{
    const ReviewLine &company = review.lines.first();
    const Attainment &toDate = company.attainment.yearToDate;
    const QString month =
        formatMonthOfYear(plan.info.period.monthStart(review.monthIndex), MonthForm::Long);
    const qint64 target = company.attainment.year.target;
    const QString forecast =
        withShareOfTarget(formatMoney(company.forecast.runRate, plan.info.currency),
                          company.forecast.runRate, target);
    const QString ratio = toDate.ratio() ? formatPercent(*toDate.ratio()) : QStringLiteral("—");
    QString rows = figureRow(OverviewPage::tr("Reviewed month"), month);
    rows += QStringLiteral("<tr><td style='padding:2px 24px 2px 0'>%1</td><td><b>%2</b> %3</td>"
                           "</tr>")
                .arg(OverviewPage::tr("Year to date").toHtmlEscaped(), ratio.toHtmlEscaped(),
                     lightHtml(review.lightOf(toDate)));
    rows += figureRow(OverviewPage::tr("Forecast at the run rate"), forecast);
    rows += QStringLiteral("<tr><td style='padding:2px 24px 2px 0'>%1</td><td>%2</td></tr>")
                .arg(OverviewPage::tr("Lines and KPIs").toHtmlEscaped(), lightCounts(review));
    if (review.revision)
        rows +=
            figureRow(OverviewPage::tr("Targets"),
                      revisionText(*review.revision, review.revisionChange, plan.info.currency));
    if (const qsizetype open = review.unnotedCount(); open > 0)
        rows += figureRow(OverviewPage::tr("Review log"),
                          OverviewPage::tr("%n deviation(s) need a note", nullptr, int(open)));
    return QStringLiteral("<table>%1</table>").arg(rows);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_statusHeading(heading(tr("Status"), this))
    , m_status(new QLabel(this))
    , m_quarters(makeTable(QStringLiteral("quarterTargets"), tr("Quarter targets"),
                           {tr("Target"), tr("Share")}, this))
    , m_months(makeTable(
          QStringLiteral("monthTargets"), tr("Month targets"),
          {tr("Target"), tr("Share"), tr("Working days"), tr("Reps needed"), tr("Reps available")},
          this))
    , m_findings(new QListWidget(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Each month's figures whole: the columns as wide as they need, the spare room to the last.
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_months->horizontalHeader()->setStretchLastSection(true);
    m_figures->setObjectName(QStringLiteral("overview.keyFigures"));
    auto *figures = new QGridLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setHorizontalSpacing(24);
    figures->setVerticalSpacing(4);
    figures->setColumnStretch(1, 1);
    explainFiguresIn(m_quarters);
    explainFiguresIn(m_months);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setWordWrap(true);
    const int iconSide = m_findings->fontMetrics().height();
    m_findings->setIconSize(QSize(iconSide, iconSide)); // a severity's icon, as high as the text
    m_findings->setToolTip(tr("Double-click a finding to go to its field"));
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_findings->row(item);
        if (row >= 0 && row < m_shownFindings.size())
            emit findingActivated(m_shownFindings.at(row));
    });

    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("Key figures"), this));
    left->addWidget(m_figures);
    left->addWidget(heading(tr("Targets by quarter"), this));
    left->addWidget(m_quarters, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("Targets and capacity by month"), this));
    right->addWidget(m_months, 1);
    // Under the months, in the room their twelve rows leave.
    right->addWidget(m_statusHeading);
    right->addWidget(m_status);
    right->addStretch(0); // the room the months, at their full height, leave

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addLayout(left, 1, 0);
    layout->addLayout(right, 1, 1);
    layout->addWidget(heading(tr("Findings"), this), 2, 0, 1, 2);
    layout->addWidget(m_findings, 3, 0, 1, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(3, 1);
}

void OverviewPage::showPlan(const Plan &plan, const PlanSummary &summary)
{
    m_title->setText(plan.info.name.isEmpty() ? tr("Untitled plan") : plan.info.name);
    showKeyFigures(plan, summary);
    showQuarters(plan, summary);
    showMonths(plan, summary);
    showFindings(summary);
    showStatus(plan, summary);
}

void OverviewPage::showKeyFigures(const Plan &plan, const PlanSummary &summary)
{
    qDeleteAll(m_figures->findChildren<QLabel *>(Qt::FindDirectChildrenOnly));
    auto *grid = static_cast<QGridLayout *>(m_figures->layout());
    int row = 0;
    for (const KeyFigure &figure : keyFigures(plan, summary)) {
        const QString name = QStringLiteral("overview.figure.") + figure.key;
        auto *label = new QLabel(figure.label, m_figures);
        label->setObjectName(name + QStringLiteral(".label"));
        auto *value = new QLabel(figure.value, m_figures);
        value->setObjectName(name);
        value->setAccessibleName(figure.label);
        value->setWordWrap(true); // the headcount lines wrap rather than squeeze the months
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        if (!figure.figures.isEmpty()) {
            const QList<FigureExplanation> explained = explanations(plan, summary, figure.figures);
            setFigureHelp(label, explained);
            setFigureHelp(value, explained);
        }
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1, Qt::AlignTop);
        ++row;
    }
}

void OverviewPage::showStatus(const Plan &plan, const PlanSummary &summary)
{
    m_statusHeading->hide();
    m_status->hide();
    if (!summary.review)
        return;
    m_status->setText(statusFigures(plan, *summary.review));
    m_statusHeading->show();
    m_status->show();
}

void OverviewPage::showQuarters(const Plan &plan, const PlanSummary &summary)
{
    m_quarters->setRowCount(Period::quarterCount);
    for (int q = 0; q < Period::quarterCount; ++q) {
        m_quarters->setVerticalHeaderItem(q, new QTableWidgetItem(tr("Q%1").arg(q + 1)));
        if (!summary.decomposition)
            continue;
        const Decomposition &decomposition = *summary.decomposition;
        const qint64 value = decomposition.quarters[size_t(q)];
        const QList<FigureExplanation> explained =
            explanations(plan, summary, {Figure::QuarterTarget}, q);
        m_quarters->setItem(q, 0, moneyItem(value, plan.info.currency));
        const double share =
            decomposition.annual > 0 ? double(value) / double(decomposition.annual) : 0.0;
        m_quarters->setItem(q, 1, numberItem(formatPercent(share)));
        setFigureHelp(m_quarters->item(q, 0), explained);
        setFigureHelp(m_quarters->item(q, 1), explained);
    }
}

void OverviewPage::showMonths(const Plan &plan, const PlanSummary &summary)
{
    m_months->setRowCount(Period::monthCount);
    const QLocale locale;
    for (int m = 0; m < Period::monthCount; ++m) {
        const QDate start = plan.info.period.monthStart(m);
        m_months->setVerticalHeaderItem(m, new QTableWidgetItem(formatMonthOfYear(start)));
        m_months->setItem(m, 2, numberItem(locale.toString(summary.workingDays[size_t(m)])));
        setFigureHelp(m_months->item(m, 2), explanations(plan, summary, {Figure::WorkingDays}));
        if (summary.decomposition) {
            const Decomposition &decomposition = *summary.decomposition;
            const qint64 value = decomposition.months[size_t(m)];
            m_months->setItem(m, 0, moneyItem(value, plan.info.currency));
            const double share =
                decomposition.annual > 0 ? double(value) / double(decomposition.annual) : 0.0;
            m_months->setItem(m, 1, numberItem(formatPercent(share)));
            const QList<FigureExplanation> explained =
                explanations(plan, summary, {Figure::MonthTarget}, m);
            setFigureHelp(m_months->item(m, 0), explained);
            setFigureHelp(m_months->item(m, 1), explained);
        }
        if (summary.capacity) {
            const MonthCapacity &month = summary.capacity->months.at(m);
            m_months->setItem(m, 3, numberItem(locale.toString(month.repsRequired)));
            auto *available = numberItem(formatCount(month.repsAvailable, 1));
            if (month.repsShort > 0) {
                // A sign as well as the colour: "▼ 4.0" where reps are short.
                available->setText(QStringLiteral("▼ ") + available->text());
                available->setForeground(severityColor(Severity::Error, m_months->palette()));
                available->setToolTip(tr("%n rep(s) short", nullptr, month.repsShort));
                available->setData(Qt::AccessibleDescriptionRole, available->toolTip());
            }
            m_months->setItem(m, 4, available);
            setFigureHelp(m_months->item(m, 3),
                          explanations(plan, summary, {Figure::MonthRepsRequired}, m));
            setFigureHelp(m_months->item(m, 4),
                          explanations(plan, summary, {Figure::MonthRepsAvailable}, m));
        }
    }
    // No taller than its twelve rows, so that the status fits below them.
    m_months->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_months->setMaximumHeight(m_months->horizontalHeader()->sizeHint().height() +
                               m_months->verticalHeader()->length() + 2 * m_months->frameWidth());
}

void OverviewPage::showFindings(const PlanSummary &summary)
{
    m_findings->clear();
    m_shownFindings = summary.findings;
    for (const Finding &finding : summary.findings) {
        //: A finding in the list: its severity ("Error"), then what it says.
        auto *item = new QListWidgetItem(
            severityIcon(finding.severity, style()),
            tr("%1: %2").arg(choiceName(finding.severity), finding.message), m_findings);
        item->setForeground(severityColor(finding.severity, m_findings->palette()));
    }
    if (summary.findings.isEmpty())
        m_findings->addItem(tr("No findings: the plan is complete and consistent."));
}

} // namespace salesplan::ui
