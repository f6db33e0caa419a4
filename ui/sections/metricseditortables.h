#pragma once

#include "plantablemodel.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>

namespace salesplan::ui {

// The table models of the Metrics section (KPIs, risks) and the words for its enums, in the
// column order of MetricsEditor's column enums. Models are children of `parent`.
struct MetricsTables
{
    Q_DECLARE_TR_FUNCTIONS(MetricsEditor)

public:
    static RowTableModel<Kpi> *kpis(PlanDocument *document, QObject *parent);
    static RowTableModel<Risk> *risks(PlanDocument *document, QObject *parent);

    // "Weekly", "Monthly", "Quarterly", "Yearly", in the order of ReviewFrequency.
    static QStringList frequencyLabels();
    // "Market", "Customer", "Execution", "Financial", in the order of RiskCategory.
    static QStringList categoryLabels();
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

// The position of `value` among `labels`: an int in range, a label, or one of the stable `keys`
// ("weekly"); -1 when it is none of them.
int labelIndex(const QVariant &value, const QStringList &labels, const QStringList &keys);

} // namespace salesplan::ui
