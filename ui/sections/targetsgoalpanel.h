#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;
class PercentField;

// The "Target" tab of the Targets editor: plan year, fiscal start and currency; last year's
// actual, growth and the annual target kept in step; the stretch and challenge tiers.
class TargetsGoalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsGoalPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makePlanYearGroup();
    QWidget *makeRevenueGroup();
    QWidget *makeTiersGroup();
    void onCurrencyEdited(const QString &text);
    void showGrowth(const PlanSummary &summary);

    PlanDocument *m_document;
    QComboBox *m_currency = nullptr;
    QLabel *m_currencyProblem = nullptr;
    PercentField *m_growth = nullptr;
    QLabel *m_growthNote = nullptr;
    QLabel *m_base = nullptr;
    QLabel *m_stretch = nullptr;
    QLabel *m_challenge = nullptr;
    QLabel *m_tierProblem = nullptr;
};

} // namespace salesplan::ui
