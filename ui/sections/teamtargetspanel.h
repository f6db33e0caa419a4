#pragma once

#include "summary/memberactivity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace salesplan::ui {

class PlanDocument;

// The "Targets" tab of the Team page: each person's activity targets from their quota — deals,
// demos, qualified leads and calls, in the year and per working day — with the team's total, and
// for the person picked, the figures by month or by quarter and their SMART targets in words.
// Read-only; it follows every edit of the figures' inputs.
class TeamTargetsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamTargetsPanel(PlanDocument *document, QWidget *parent = nullptr);

    // Shows the figures of the document's plan as they are now.
    void refresh();

private:
    void showPeople();
    void showSelected();
    int selectedHolder() const;

    PlanDocument *m_document;
    Result<TeamActivity> m_activity = Error{};
    QLabel *m_problem = nullptr;
    QTableWidget *m_people = nullptr;
    QComboBox *m_periods = nullptr;
    QTableWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_smart = nullptr;
};

} // namespace salesplan::ui
