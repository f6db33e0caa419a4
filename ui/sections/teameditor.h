#pragma once

#include "sectioneditor.h"

class QLabel;
class QTabWidget;

namespace salesplan::ui {

class RefreshWhenShown;
class TableEditor;
class TeamBudgetPanel;
class TeamTargetsPanel;

// The Team section: the roles, the members who carry the target (role, region, quota share,
// start, ramp), the hiring and training plans and the incentive scheme on its People tab, and
// each person's activity targets on its Targets tab, and the sales budget — its lines, its limit
// and the budget by month and category — on its Budget tab.
//
// Fields (object names): team.roles, team.members, team.hiring (tables), team.trainingPlan,
// team.commissionRate, team.acceleratorRate, team.incentiveNotes, team.budgetLines (table),
// team.budgetLimit; a table's key with a field's
// focuses that column. Widgets are owned by Qt's parent chain; the
// table models are children of this editor.
class TeamEditor : public SectionEditor
{
    Q_OBJECT
public:
    explicit TeamEditor(PlanDocument *document, QWidget *parent = nullptr);

    // "12 people, 3 regions": the line above the members table.
    QString headcountText() const;
    // Also opens the tab the field is on: Budget for the budget's, People for the others.
    bool focusField(const QString &fieldKey) override;
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildRoles();
    QWidget *buildMembers();
    QWidget *buildHiring();
    QWidget *buildTraining();
    QWidget *buildIncentives();
    QWidget *buildBudget();
    void pickRolesAndRegions(TableEditor *table);
    void updateHeadcount();

    TableEditor *m_roles = nullptr;
    TableEditor *m_members = nullptr;
    TableEditor *m_hiring = nullptr;
    QLabel *m_headcount = nullptr;
    QTabWidget *m_tabs = nullptr;
    TeamTargetsPanel *m_targets = nullptr;
    TableEditor *m_budgetLines = nullptr;
    TeamBudgetPanel *m_budget = nullptr;
    // The figures' tabs refresh when shown, not on every keystroke of another page.
    RefreshWhenShown *m_targetsRefresher = nullptr;
    RefreshWhenShown *m_budgetRefresher = nullptr;
};

} // namespace salesplan::ui
