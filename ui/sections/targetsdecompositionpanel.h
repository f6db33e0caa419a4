#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;
class TargetsDecompositionModel;

// The "Decomposition" tab of the Targets editor: the target by quarter and month, in total and
// by region, product line or team member, always adding up exactly.
class TargetsDecompositionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsDecompositionPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);
    TargetsDecompositionModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Columns as wide as their figures; spare width is shared out so the table fills the view.
    void fitColumns();

    PlanDocument *m_document;
    TargetsDecompositionModel *m_model;
    QComboBox *m_split = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace salesplan::ui
