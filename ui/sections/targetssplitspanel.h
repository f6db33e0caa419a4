#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;
class TableEditor;

// The "Splits" tab of the Targets editor: the regions and product lines with their weights and
// the share and annual target each gets, and the team members' split (read-only here: members
// are edited in the Team section).
class TargetsSplitsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsSplitsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeMembersGroup();

    PlanDocument *m_document;
    TableEditor *m_regions = nullptr;
    TableEditor *m_products = nullptr;
    QTableWidget *m_members = nullptr;
    QLabel *m_membersNote = nullptr;
    QLabel *m_membersProblem = nullptr;
};

} // namespace salesplan::ui
