#pragma once

#include <QWidget>

namespace salesplan::ui {

class PlanDocument;
class TableEditor;

// The "History" tab of the Targets editor: the amounts booked month by month in earlier years
// (imported with File ▸ Import History… or typed), which the seasonality "from history" and the
// growth figures are worked out from. One row per month, region, product line and member, shown
// in month order; rows are added, removed, edited, copied to and pasted from spreadsheets like
// in every table of the plan.
class TargetsHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsHistoryPanel(PlanDocument *document, QWidget *parent = nullptr);

    TableEditor *table() const { return m_table; }

private:
    TableEditor *m_table;
};

} // namespace salesplan::ui
