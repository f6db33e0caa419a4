#include "attainmentpanel.h"

#include "attainmentlight.h"
#include "attainmenttable.h"
#include "document/plandocument.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "refreshwhenshown.h"
#include "sections/cells/tableclipboard.h"
#include "sections/targetsform.h"
#include "severitystyle.h"
#include "summary/planreview.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <limits>

namespace salesplan::ui {

namespace {

constexpr int SortKeyRole = Qt::UserRole + 1;
constexpr double noDataKey = std::numeric_limits<double>::lowest();

// A cell that sorts by its figure (SortKeyRole), not by its text: "—" for no data sorts first.
class FigureItem : public QTableWidgetItem
{
public:
    FigureItem(const QString &text, double sortKey)
        : QTableWidgetItem(text)
    {
        setData(SortKeyRole, sortKey);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(SortKeyRole).toDouble() < other.data(SortKeyRole).toDouble();
    }
};

QTableWidgetItem *noDataItem()
{
    auto *item = new FigureItem(QStringLiteral("—"), noDataKey);
    item->setToolTip(AttainmentPanel::tr("No data: no actuals are booked in these months yet"));
    item->setData(SpreadsheetTextRole, QString()); // an empty cell in a spreadsheet, not text
    return item;
}

QTableWidgetItem *moneyItem(std::optional<qint64> minor, const QString &currency)
{
    if (!minor)
        return noDataItem();
    const Money money{*minor, currency};
    auto *item = new FigureItem(formatMoney(money), double(*minor));
    if (item->text() != formatMoneyExact(money))
        item->setToolTip(formatMoneyExact(money));
    copyAsAmount(item, *minor, currency);
    return item;
}

QTableWidgetItem *ratioItem(const Attainment &window)
{
    const std::optional<double> ratio = window.ratio();
    if (!ratio)
        return noDataItem();
    auto *item = new FigureItem(formatPercent(*ratio), *ratio);
    item->setData(SpreadsheetTextRole, QString::number(*ratio * 100.0, 'f', 1) + u'%');
    return item;
}

QTableWidgetItem *statusItem(Light light, int iconSide)
{
    auto *item = new FigureItem(lightName(light), double(int(light)));
    item->setIcon(lightIcon(light, iconSide));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QStringList columnTitles()
{
    return {AttainmentPanel::tr("Name"),
            AttainmentPanel::tr("Status\n(year to date)"),
            AttainmentPanel::tr("Month\nactual"),
            AttainmentPanel::tr("Month\ntarget"),
            AttainmentPanel::tr("Month\n%"),
            AttainmentPanel::tr("Quarter\nto date %"),
            AttainmentPanel::tr("Year to date\nactual"),
            AttainmentPanel::tr("Year to date\ntarget"),
            AttainmentPanel::tr("Year to date\n%"),
            AttainmentPanel::tr("Year\ntarget"),
            AttainmentPanel::tr("Year's gap"),
            AttainmentPanel::tr("Gap in\ndeals")};
}

QString levelTitle(ReviewSubject level)
{
    switch (level) {
    case ReviewSubject::Company:
        return AttainmentPanel::tr("Company");
    case ReviewSubject::Region:
        return AttainmentPanel::tr("Regions");
    case ReviewSubject::Product:
        return AttainmentPanel::tr("Product lines");
    case ReviewSubject::Member:
        return AttainmentPanel::tr("Members");
    case ReviewSubject::Kpi:
        break;
    }
    return {};
}

QTableWidget *makeTable(ReviewSubject level, QWidget *parent)
{
    QTableWidget *table = makeReviewTable(QStringLiteral("attainment.") + choiceKey(level),
                                          levelTitle(level), columnTitles(), parent);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order
    // As wide as its columns (fitToCells): the page scrolls sideways, not each table.
    table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return table;
}

// Makes `table` as large as its cells, measured now.
void fitToCells(QTableWidget *table)
{
    QHeaderView *columns = table->horizontalHeader();
    columns->resizeSections(QHeaderView::ResizeToContents);
    fitTableHeight(table);
    table->setFixedWidth(columns->length() + 2 * table->frameWidth());
}

constexpr std::array levels{ReviewSubject::Company, ReviewSubject::Region, ReviewSubject::Product,
                            ReviewSubject::Member};

} // namespace

AttainmentPanel::AttainmentPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_month(latestActualMonth(document->plan()))
    , m_forecast(new QLabel(this))
    , m_unmatched(new QLabel(this))
{
    setObjectName(QStringLiteral("review.attainment"));
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    m_forecast->setObjectName(QStringLiteral("attainment.forecast"));
    m_forecast->setTextFormat(Qt::RichText);
    m_forecast->setWordWrap(true);
    m_forecast->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unmatched->setObjectName(QStringLiteral("attainment.unmatched"));
    m_unmatched->setWordWrap(true);
    QPalette warning = m_unmatched->palette();
    warning.setColor(QPalette::WindowText, severityColor(Severity::Warning, warning));
    m_unmatched->setPalette(warning);

    auto *outer = new QVBoxLayout(this);
    // The forecast above the tables, wrapped to the panel's width while the tables scroll.
    outer->addWidget(m_forecast);
    outer->addWidget(m_unmatched);
    outer->addWidget(makeTables(), 1);

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes & reviewParts())
            m_refresher->request();
    });
    refresh();
}

QScrollArea *AttainmentPanel::makeTables()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0); // the panel has its margins
    for (ReviewSubject level : levels) {
        auto *box = new QGroupBox(levelTitle(level), content);
        auto *boxLayout = new QVBoxLayout(box);
        QTableWidget *table = makeTable(level, box);
        boxLayout->addWidget(table);
        layout->addWidget(box);
        m_boxes.append(box);
        m_tables.append(table);
    }
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void AttainmentPanel::setMonth(int monthIndex)
{
    m_month = std::clamp(monthIndex, 0, Period::monthCount - 1);
    m_refresher->request();
}

QTableWidget *AttainmentPanel::table(ReviewSubject level) const
{
    for (qsizetype i = 0; i < qsizetype(levels.size()); ++i) {
        if (levels[std::size_t(i)] == level)
            return m_tables.at(i);
    }
    return nullptr;
}

QString AttainmentPanel::forecastText() const
{
    return QTextDocumentFragment::fromHtml(m_forecast->text()).toPlainText();
}

void AttainmentPanel::refresh()
{
    const Result<PlanReview> &review = m_document->review(m_month);
    if (!review) {
        m_forecast->setText(review.error().message().toHtmlEscaped());
        m_unmatched->hide();
        for (QWidget *box : std::as_const(m_boxes))
            box->hide();
        return;
    }
    showReview(*review);
}

void AttainmentPanel::showReview(const PlanReview &review)
{
    m_forecast->setText(forecastHtml(review));
    m_unmatched->setText(review.unmatched.join(u'\n'));
    m_unmatched->setVisible(!review.unmatched.isEmpty());
    for (qsizetype i = 0; i < qsizetype(levels.size()); ++i) {
        QList<const ReviewLine *> lines;
        for (const ReviewLine &line : review.lines) {
            if (line.subject == levels[std::size_t(i)])
                lines.append(&line);
        }
        fillTable(m_tables.at(i), lines, review);
        m_boxes.at(i)->setVisible(!lines.isEmpty());
    }
}

void AttainmentPanel::fillTable(QTableWidget *table, const QList<const ReviewLine *> &lines,
                                const PlanReview &review)
{
    const QString &currency = m_document->plan().info.currency;
    const int iconSide = table->fontMetrics().height();
    table->setSortingEnabled(false);
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const ReviewLine &line = *lines.at(row);
        const ReviewAttainment &a = line.attainment;
        const QString name = line.subject == ReviewSubject::Company ? tr("Company") : line.name;
        table->setItem(row, NameColumn, new QTableWidgetItem(name));
        table->setItem(row, MonthActualColumn, moneyItem(a.month.actual, currency));
        table->setItem(row, MonthTargetColumn, moneyItem(a.month.target, currency));
        table->setItem(row, MonthRatioColumn, ratioItem(a.month));
        table->setItem(row, QuarterRatioColumn, ratioItem(a.quarter));
        table->setItem(row, YearToDateActualColumn, moneyItem(a.yearToDate.actual, currency));
        table->setItem(row, YearToDateTargetColumn, moneyItem(a.yearToDate.target, currency));
        table->setItem(row, YearToDateRatioColumn, ratioItem(a.yearToDate));
        table->setItem(row, YearTargetColumn, moneyItem(a.year.target, currency));
        table->setItem(row, GapColumn, moneyItem(a.year.gap(), currency));
        table->setItem(
            row, GapDealsColumn,
            a.year.gap() ? new FigureItem(formatCount(double(line.gapDeals)), double(line.gapDeals))
                         : noDataItem());
        table->setItem(row, StatusColumn, statusItem(review.lightOf(a.yearToDate), iconSide));
    }
    table->setSortingEnabled(true);
    fitToCells(table);
}

QString AttainmentPanel::forecastHtml(const PlanReview &review) const
{
    const Plan &plan = m_document->plan();
    const QString monthName =
        formatMonthOfYear(plan.info.period.monthStart(review.monthIndex), MonthForm::Long);
    if (!review.hasActuals)
        return tr("No actuals are booked up to %1 yet: import the months' results to compare "
                  "them with the plan.")
            .arg(monthName)
            .toHtmlEscaped();
    const ReviewLine &company = review.lines.first();
    const qint64 target = company.attainment.year.target;
    auto withShare = [&](qint64 minor) {
        return withShareOfTarget(formatMoney(minor, plan.info.currency), minor, target);
    };
    QString html =
        QStringLiteral("<b>%1</b><br>").arg(tr("Review of %1").arg(monthName).toHtmlEscaped());
    html += tr("Forecast for the year: %1 at the seasonal run rate; %2 with the plan's "
               "remaining months.")
                .arg(withShare(company.forecast.runRate), withShare(company.forecast.planRest))
                .toHtmlEscaped();
    if (review.revision)
        html += QStringLiteral("<br>") +
                revisionText(*review.revision, review.revisionChange, plan.info.currency)
                    .toHtmlEscaped();
    if (review.toClose) {
        const BackwardResult &close = *review.toClose;
        const QString perDay =
            close.headcount > 0
                ? tr("%1 calls and %2 demos a day per rep")
                      .arg(formatCount(close.callsPerDay / close.headcount, 1),
                           formatCount(close.demosPerDay / close.headcount, 1))
                : tr("%1 calls and %2 demos a day for the team")
                      .arg(formatCount(close.callsPerDay, 1), formatCount(close.demosPerDay, 1));
        html += QStringLiteral("<br>") + tr("To close the gap: %1 deals in %2 working days — %3.")
                                             .arg(formatCount(double(close.deals)))
                                             .arg(close.workingDays)
                                             .arg(perDay)
                                             .toHtmlEscaped();
    }
    return html;
}

} // namespace salesplan::ui
