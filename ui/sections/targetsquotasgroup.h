#pragma once

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace salesplan {
struct PlanSummary;
}

namespace salesplan::ui {

class PlanDocument;

// The "Quotas" block of the Targets editor's Splits tab: whether quotas follow start dates and
// ramp, the over-assignment, what the quotas add up to, and each quota holder's quota (members,
// then planned hires, then what no one carries; members are edited in the Team section).
class TargetsQuotasGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit TargetsQuotasGroup(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the quotas derived from the document's plan.
    void showSummary(const PlanSummary &summary);

private:
    QWidget *makeQuotaSettings();
    void showQuotas(const PlanSummary &summary);
    void showHolders(const PlanSummary &summary);

    PlanDocument *m_document;
    QTableWidget *m_members = nullptr;
    QLabel *m_membersNote = nullptr;
    QLabel *m_membersProblem = nullptr;
    QLabel *m_assigned = nullptr;      // the target and what the quotas add up to
    QLabel *m_quotasProblem = nullptr; // why the quotas cannot be worked out
};

} // namespace salesplan::ui
