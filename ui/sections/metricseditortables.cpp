#include "metricseditortables.h"

#include "cells/fieldcolumns.h"
#include "document/plandocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace salesplan::ui {

RiskLevel riskLevel(int score)
{
    if (score >= 15)
        return RiskLevel::High;
    if (score >= 8)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

QString MetricsTables::levelLabel(int score)
{
    switch (riskLevel(score)) {
    case RiskLevel::High:
        return tr("High");
    case RiskLevel::Medium:
        return tr("Medium");
    case RiskLevel::Low:
        break;
    }
    return tr("Low");
}

RowTableModel<Kpi> *MetricsTables::kpis(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Kpi>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Kpi> & { return p.metrics.kpis; },
        [](Plan &p) -> QList<Kpi> & { return p.metrics.kpis; }, fieldColumns<Kpi>(document),
        [](RowIdSource &ids) {
            Kpi kpi;
            kpi.id = ids.take();
            return kpi;
        },
        parent);
}

RowTableModel<Risk> *MetricsTables::risks(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Risk>> columns = fieldColumns<Risk>(document);
    // The proxy spells the score out ("16 · High"); the model holds the number it sorts by.
    insertColumnAfter(columns, u"impact",
                      computedColumn<Risk>(
                          QStringLiteral("score"), FieldKind::Count, tr("Score"),
                          [](const Risk &risk) -> QVariant { return risk.score(); },
                          tr("Likelihood × impact: 15–25 high, 8–14 medium, 1–7 low.")));
    return new RowTableModel<Risk>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Risk> & { return p.metrics.risks; },
        [](Plan &p) -> QList<Risk> & { return p.metrics.risks; }, std::move(columns),
        [](RowIdSource &ids) {
            Risk risk;
            risk.id = ids.take();
            return risk;
        },
        parent);
}

// --- RiskSortProxy ----------------------------------------------------------------------------

RiskSortProxy::RiskSortProxy(int scoreColumn, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_scoreColumn(scoreColumn)
{
    setDynamicSortFilter(true);
    sort(scoreColumn, Qt::DescendingOrder);
}

QVariant RiskSortProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != m_scoreColumn)
        return QSortFilterProxyModel::data(index, role);
    const int score = QSortFilterProxyModel::data(index, Qt::EditRole).toInt();
    // Okabe–Ito colours, darkest for the worst, so the levels differ in lightness as well as hue
    // and each still reads with its text colour.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return MetricsTables::tr("%1 · %2").arg(score).arg(MetricsTables::levelLabel(score));
    case Qt::BackgroundRole:
        switch (riskLevel(score)) {
        case RiskLevel::High:
            return QBrush(QColor(0xB3, 0x47, 0x00)); // dark vermillion
        case RiskLevel::Medium:
            return QBrush(QColor(0xE6, 0x9F, 0x00)); // orange
        case RiskLevel::Low:
            return QBrush(QColor(0xC4, 0xE8, 0xDB)); // pale bluish green
        }
        return {};
    case Qt::ForegroundRole:
        return QBrush(riskLevel(score) == RiskLevel::High ? QColor(Qt::white) : QColor(Qt::black));
    case Qt::FontRole:
        if (riskLevel(score) == RiskLevel::High) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

} // namespace salesplan::ui
