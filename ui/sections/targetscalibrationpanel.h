#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;
class TableEditor;

// The "Calibration" tab of the Targets editor: is the target achievable? On the left what the
// ceilings are worked out from — the market share the plan assumes, the marketing budget, what
// existing customers bring again and the uplifts of the reps' productivity; on the right the
// three ceilings (market, team, resources) as a chart with the target as a line, and a table of
// each ceiling, its inputs, the target as a share of it and what would have to change.
class TargetsCalibrationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsCalibrationPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the ceilings derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeInputsGroup();
    QWidget *makeUpliftsGroup();
    QWidget *makeCeilingsGroup();
    void showInputs(const PlanSummary &summary);
    void showCeilings(const PlanSummary &summary);

    PlanDocument *m_document;
    QLabel *m_market = nullptr; // the market size and growth, from the Mission
    QLineEdit *m_shareEdit = nullptr;
    TableEditor *m_uplifts = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace salesplan::ui
