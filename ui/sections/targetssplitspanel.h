#pragma once

#include <QWidget>

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;
class TableEditor;
class TargetsQuotasGroup;

// The "Splits" tab of the Targets editor: the regions and product lines with their weights and
// the share and annual target each gets, and the quotas of the team (TargetsQuotasGroup).
class TargetsSplitsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsSplitsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    PlanDocument *m_document;
    TableEditor *m_regions = nullptr;
    TableEditor *m_products = nullptr;
    TargetsQuotasGroup *m_quotas = nullptr;
};

} // namespace salesplan::ui
