#pragma once

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace salesplan {
struct Plan;
struct PlanSummary;
} // namespace salesplan

namespace salesplan::ui {

class PlanDocument;

// The "Funnel & capacity" tab of the Targets editor: the historical ratios beside what the
// target needs of them (deals, leads, calls, reps, marketing budget) and the capacity gap in
// words, all recalculated as the person types.
class TargetsFunnelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsFunnelPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeInputsGroup();
    QWidget *makeResultsGroup();
    QWidget *makeCapacityGroup();
    QLabel *addResult(QFormLayout *form, const QString &key, const QString &label);
    void setResult(const QString &key, const QString &text);
    // Each result says how it is computed, with the plan's numbers ("What's this?").
    void explainResults(const Plan &plan, const PlanSummary &summary);

    PlanDocument *m_document;
    QMap<QString, QLabel *> m_results; // by key, e.g. "deals"
    QWidget *m_resultsBox = nullptr;
    QLabel *m_funnelProblem = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_capacityProblem = nullptr;
};

} // namespace salesplan::ui
