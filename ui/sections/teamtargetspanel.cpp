#include "teamtargetspanel.h"

#include "cells/tableclipboard.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "summary/plansummary.h"
#include "targetsform.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace salesplan::ui {

namespace {

enum class Periods { Months, Quarters };

QTableWidget *figuresTable(const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    new TableClipboard(table); // copied to a spreadsheet as numbers; never pasted into
    return table;
}

QTableWidgetItem *textCell(const QString &text, bool bold = false)
{
    auto *item = new QTableWidgetItem(text);
    QFont font = item->font();
    font.setBold(bold);
    item->setFont(font);
    return item;
}

QTableWidgetItem *figureCell(const QString &text, bool bold = false)
{
    QTableWidgetItem *item = textCell(text, bold);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A per-day figure as the table writes it: one decimal.
QString perDay(double value)
{
    return formatCount(value, 1);
}

// The figures of `counts` in the columns after the first, from the quota (written as
// `quotaText`, in the unit of its column) to demos a day.
void setFigures(QTableWidget *table, int row, const ActivityCounts &counts,
                const QString &quotaText, const QString &currency, bool bold)
{
    const QStringList cells{quotaText,
                            formatCount(double(counts.deals)),
                            formatCount(double(counts.proposals)),
                            formatCount(double(counts.qualified)),
                            formatCount(double(counts.leads)),
                            formatCount(double(counts.calls)),
                            formatCount(counts.workingDays),
                            perDay(counts.callsPerDay),
                            perDay(counts.demosPerDay)};
    for (int column = 0; column < cells.size(); ++column) {
        QTableWidgetItem *item = figureCell(cells[column], bold);
        if (column == 0)
            item->setToolTip(exactMoneyTip(counts.quota, currency));
        table->setItem(row, column + 1, item);
    }
}

QStringList figureHeadings(const QString &first)
{
    return {first,
            TeamTargetsPanel::tr("Quota"),
            TeamTargetsPanel::tr("Deals"),
            TeamTargetsPanel::tr("Demos"),
            TeamTargetsPanel::tr("Qualified leads"),
            TeamTargetsPanel::tr("Leads"),
            TeamTargetsPanel::tr("Calls"),
            TeamTargetsPanel::tr("Working days"),
            TeamTargetsPanel::tr("Calls a day"),
            TeamTargetsPanel::tr("Demos a day")};
}

} // namespace

TeamTargetsPanel::TeamTargetsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("team.page.targets"));
    m_problem = problemLabel(QStringLiteral("team.targetsProblem"), this);
    m_problem->setAccessibleName(tr("Why the activity targets cannot be worked out"));

    m_people =
        figuresTable(QStringLiteral("team.targets"), tr("Activity targets per person"), this);
    m_people->setColumnCount(10);
    m_people->setHorizontalHeaderLabels(figureHeadings(tr("Person")));
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_people, &QTableWidget::itemSelectionChanged, this, &TeamTargetsPanel::showSelected);

    m_periods = new QComboBox(this);
    m_periods->setObjectName(QStringLiteral("team.targetsPeriods"));
    m_periods->setAccessibleName(tr("Show the person's targets by"));
    m_periods->addItem(tr("By month"), int(Periods::Months));
    m_periods->addItem(tr("By quarter"), int(Periods::Quarters));
    connect(m_periods, &QComboBox::currentIndexChanged, this, &TeamTargetsPanel::showSelected);
    auto *periodsLabel = new QLabel(tr("&Show:"), this);
    periodsLabel->setBuddy(m_periods);

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("team.targetsPerson"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detail = figuresTable(QStringLiteral("team.targetsByPeriod"),
                            tr("The person's targets by month or quarter"), this);
    m_detail->setColumnCount(10);
    m_detail->setHorizontalHeaderLabels(figureHeadings(tr("Period")));
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_detail->setSelectionMode(QAbstractItemView::NoSelection);

    m_smart = new QLabel(this);
    m_smart->setObjectName(QStringLiteral("team.smartTargets"));
    m_smart->setAccessibleName(tr("SMART targets of the person"));
    m_smart->setWordWrap(true);
    m_smart->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_smart->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *detailTop = new QHBoxLayout;
    detailTop->addWidget(m_detailTitle, 1);
    detailTop->addWidget(periodsLabel);
    detailTop->addWidget(m_periods);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(
        tr("What each quota asks for, by the plan's funnel: the team's deals, demos, leads and "
           "calls are shared by quota, so the people add up to the team. Per-day figures are per "
           "person, over their own working days from their start date. With over-assignment "
           "the quotas, and so the team's figures, are above the plan's funnel by as much."),
        this));
    layout->addWidget(m_problem);
    layout->addWidget(m_people);
    layout->addLayout(detailTop);
    layout->addWidget(m_smart);
    layout->addWidget(m_detail, 1);
    refresh();
    // As high as their rows: the page scrolls, not the tables.
    fitTableToRows(m_people, 3, 0, 40);
    fitTableToRows(m_detail, 5, 0, Period::monthCount + 1);
}

void TeamTargetsPanel::refresh()
{
    m_activity = planActivity(m_document->plan(), m_document->summary());
    showProblem(m_problem, m_activity ? QString()
                                      : tr("The activity targets cannot be worked out yet: %1")
                                            .arg(m_activity.error().message()));
    for (QWidget *widget : {static_cast<QWidget *>(m_people), static_cast<QWidget *>(m_detail),
                            static_cast<QWidget *>(m_smart), static_cast<QWidget *>(m_periods),
                            static_cast<QWidget *>(m_detailTitle)})
        widget->setVisible(bool(m_activity));
    showPeople();
}

int TeamTargetsPanel::selectedHolder() const
{
    const int row = m_people->currentRow();
    return m_activity && row >= 0 && row <= m_activity->holders.size() ? row : -1;
}

void TeamTargetsPanel::showPeople()
{
    const int selected = std::max(0, m_people->currentRow());
    const QSignalBlocker blocker(m_people);
    m_people->setRowCount(0);
    if (!m_activity)
        return;
    const QString &currency = m_document->plan().info.currency;
    const QList<HolderActivity> &holders = m_activity->holders;
    m_people->setRowCount(int(holders.size()) + 1);
    QList<qint64> quotas;
    for (const HolderActivity &holder : holders)
        quotas.append(holder.year.quota);
    quotas.append(m_activity->team.year.quota);
    const QStringList quotaTexts = formatPlanAmountColumn(quotas, currency);
    for (int row = 0; row < holders.size(); ++row) {
        m_people->setItem(row, 0, textCell(holders[row].name));
        setFigures(m_people, row, holders[row].year, quotaTexts[row], currency, false);
    }
    const int total = int(holders.size());
    m_people->setItem(total, 0, textCell(tr("Team"), true));
    setFigures(m_people, total, m_activity->team.year, quotaTexts[total], currency, true);
    // The team's per-day figures are the whole team's, not a person's: left out here.
    m_people->setItem(total, 7, figureCell(QString()));
    m_people->setItem(total, 8, figureCell(QString()));
    m_people->setItem(total, 9, figureCell(QString()));
    m_people->setCurrentCell(std::min(selected, std::max(0, total - 1)), 0);
    showSelected();
}

void TeamTargetsPanel::showSelected()
{
    const int holderIndex = selectedHolder();
    m_detail->setRowCount(0);
    if (holderIndex < 0) {
        m_detailTitle->setText(QString());
        m_smart->setText(QString());
        return;
    }
    const bool team = holderIndex == m_activity->holders.size();
    const HolderActivity &holder = team ? m_activity->team : m_activity->holders[holderIndex];
    const Plan &plan = m_document->plan();
    const QString &currency = plan.info.currency;
    const bool byMonth = Periods(m_periods->currentData().toInt()) == Periods::Months;
    const QStringList names = byMonth ? formatMonthNames(plan.info.period, MonthForm::Short)
                                      : QStringList{tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4")};
    m_detail->setRowCount(int(names.size()) + 1);
    const auto periodAt = [&](int row) -> const ActivityCounts & {
        return row == names.size() ? holder.year
                                   : (byMonth ? holder.months[row] : holder.quarters[row]);
    };
    QList<qint64> quotas;
    for (int row = 0; row <= names.size(); ++row)
        quotas.append(periodAt(row).quota);
    const QStringList quotaTexts = formatPlanAmountColumn(quotas, currency);
    for (int row = 0; row <= names.size(); ++row) {
        const bool year = row == names.size();
        m_detail->setItem(row, 0, textCell(year ? tr("Year") : names[row], year));
        setFigures(m_detail, row, periodAt(row), quotaTexts[row], currency, year);
    }

    m_detailTitle->setText(team ? tr("Targets of the whole team")
                                : tr("Targets of %1").arg(holder.name));
    if (team) {
        m_smart->setText(tr("SMART targets are written for each person: pick one above."));
        return;
    }
    const QStringList lines = smartTargets(holder, currency);
    QString items;
    for (const QString &line : lines)
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    const QString html =
        QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("SMART targets").toHtmlEscaped(), items);
    m_smart->setText(lines.isEmpty() ? tr("No quota in the plan year.") : html);
}

} // namespace salesplan::ui
