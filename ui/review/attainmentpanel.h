#pragma once

#include "plan/plan.h"

#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTableWidget;

namespace salesplan {
struct PlanReview;
struct ReviewLine;
} // namespace salesplan

namespace salesplan::ui {

class RefreshWhenShown;

class PlanDocument;

// The monthly review's attainment: for the company, each region, product line and member, the
// month, the quarter and the year to date against the plan, the year's gap and the year to date's
// light (a dot and its word); above them where the year is heading and what closing the gap takes.
// Reads the document on every change; keeps no copy of the plan.
class AttainmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttainmentPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Reviews the plan's month `monthIndex` (0–11); the last month with actuals until set.
    void setMonth(int monthIndex);
    int month() const { return m_month; }

    // The table of one level (Company, Region, Product or Member), for tests.
    QTableWidget *table(ReviewSubject level) const;
    // The forecast and the gap's closing above the tables, as plain text, for tests.
    QString forecastText() const;

    // The columns of each table.
    enum Column {
        NameColumn,
        StatusColumn, // beside the name, so the light shows without scrolling sideways
        MonthActualColumn,
        MonthTargetColumn,
        MonthRatioColumn,
        QuarterRatioColumn,
        YearToDateActualColumn,
        YearToDateTargetColumn,
        YearToDateRatioColumn,
        YearTargetColumn,
        GapColumn,
        GapDealsColumn,
        ColumnCount
    };

private:
    // A group box and table for each level, in a page that scrolls.
    QScrollArea *makeTables();
    void refresh();
    void showReview(const PlanReview &review);
    void fillTable(QTableWidget *table, const QList<const ReviewLine *> &lines,
                   const PlanReview &review);
    QString forecastHtml(const PlanReview &review) const;

    PlanDocument *m_document;
    int m_month = 0;
    QLabel *m_forecast;
    QLabel *m_unmatched;
    QList<QWidget *> m_boxes;       // one per level, hidden when the plan has no line of it
    QList<QTableWidget *> m_tables; // Company, Region, Product, Member
    RefreshWhenShown *m_refresher = nullptr; // the refresh, put off while hidden behind a tab
};

} // namespace salesplan::ui
