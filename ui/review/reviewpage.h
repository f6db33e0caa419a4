#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace salesplan::ui {

class ActualsPanel;
class PlanDocument;

// The navigator's "Review" page, for the plan in execution: the month reviewed (one of the plan
// year's twelve, the latest with actuals unless chosen), a headline of what is booked to date
// against plan, "Adjust the Remaining Months…", and tabs below: the actuals (ActualsPanel), the
// attainment, the KPI board and the review log, which follow month() through monthChanged().
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    // `month` is the plan month (0–11) shown first; -1 for the latest with actuals.
    explicit ReviewPage(PlanDocument *document, int month = -1, QWidget *parent = nullptr);

    // The month reviewed, 0–11 in the plan year.
    int month() const;
    void setMonth(int month);
    void addTab(QWidget *panel, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    ActualsPanel *actualsPanel() const { return m_actuals; }
    QString headline() const;

signals:
    void monthChanged(int month);

private:
    void addMonthPanels();
    void fillMonths();
    void showHeadline();

    PlanDocument *m_document;
    QComboBox *m_month;
    QLabel *m_headline;
    QTabWidget *m_tabs;
    ActualsPanel *m_actuals;
};

} // namespace salesplan::ui
