#pragma once

#include "plantablemodel.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>

namespace salesplan::ui {

// The table models of the Metrics section: the KPIs' fields, and the risks' fields with their
// score (likelihood × impact, key "score") after the impact. Models are children of `parent`.
struct MetricsTables
{
    Q_DECLARE_TR_FUNCTIONS(MetricsEditor)

public:
    static RowTableModel<Kpi> *kpis(PlanDocument *document, QObject *parent);
    static RowTableModel<Risk> *risks(PlanDocument *document, QObject *parent);
    // The action plan's initiatives, and their milestones with the initiative named by its name
    // (key "initiative"; the plan keeps its id, so renaming an initiative keeps its milestones).
    static RowTableModel<Initiative> *initiatives(PlanDocument *document, QObject *parent);
    static RowTableModel<Milestone> *milestones(PlanDocument *document, QObject *parent);

    // The words for a risk score: "High" (15 and above), "Medium" (8 and above), "Low".
    static QString levelLabel(int score);
};

// How serious a risk is by its score (likelihood × impact, 1–25).
enum class RiskLevel { Low, Medium, High };
RiskLevel riskLevel(int score);

// The risks as the user sees them: highest score first (ties keep the plan's order), the score
// cell coloured by level in a colour-blind-safe palette and spelled out ("16 · High"), so the
// colour is never the only sign.
class RiskSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    RiskSortProxy(int scoreColumn, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_scoreColumn;
};

} // namespace salesplan::ui
