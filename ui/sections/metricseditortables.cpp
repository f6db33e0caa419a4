#include "metricseditortables.h"

#include "cells/fieldcolumns.h"
#include "document/plandocument.h"
#include "summary/kpitargets.h"

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

namespace {

// The target cell's tooltip: where the target comes from and how to change that.
QString kpiTargetToolTip(const Kpi &kpi, const PlanDocument *document, const QString &figure)
{
    if (kpiFollowsPlan(kpi, document->plan(), document->summary()))
        return MetricsTables::tr("Worked out from the plan; it follows the plan's figures. Type "
                                 "a target to set your own.");
    if (kpi.measures != KpiMeasure::Custom && !figure.isEmpty())
        return MetricsTables::tr("Typed. Clear the cell to follow the plan's figure (%1) again.")
            .arg(figure);
    return {};
}

// The target column: the plan's figure while the KPI follows the plan; typing a target
// overrides it, and clearing the cell of a KPI that measures a plan figure follows it again.
RowColumn<Kpi> kpiTargetColumn(PlanDocument *document)
{
    RowColumn<Kpi> column = fieldColumn(*fieldsOf<Kpi>().find(u"target"), document);
    const ColumnSpec spec = column.spec;
    const auto shown = [document](const Kpi &kpi) {
        return kpiTarget(kpi, document->plan(), document->summary());
    };
    column.value = [spec, shown](const Kpi &kpi) {
        return cellText(spec, shown(kpi));
    };
    column.editValue = [spec, shown](const Kpi &kpi) {
        return cellEditValue(spec, shown(kpi));
    };
    const auto fieldToolTip = column.cellToolTip;
    column.cellToolTip = [spec, document, fieldToolTip](const Kpi &kpi) {
        const std::optional<double> figure =
            planFigureForKpi(kpi, document->plan(), document->summary());
        const QString text = kpiTargetToolTip(
            kpi, document, figure ? cellText(spec, *figure).toString() : QString());
        return text.isEmpty() ? fieldToolTip(kpi) : text;
    };
    const auto typed = column.setValue;
    column.setValue = [typed](Kpi &kpi, const QVariant &input) {
        if (kpi.measures != KpiMeasure::Custom && input.toString().trimmed().isEmpty()) {
            kpi.targetFrom = KpiTargetFrom::Plan;
            return true;
        }
        if (!typed(kpi, input))
            return false;
        kpi.targetFrom = KpiTargetFrom::Typed;
        return true;
    };
    return column;
}

} // namespace

RowTableModel<Kpi> *MetricsTables::kpis(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Kpi>> columns =
        fieldColumns<Kpi>(document, {u"name", u"definition", u"unit", u"measures"});
    columns.append(kpiTargetColumn(document));
    columns.append(
        fieldColumns<Kpi>(document, {u"frequency", u"greenAt", u"yellowAt", u"direction"}));
    auto *model = new RowTableModel<Kpi>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Kpi> & { return p.metrics.kpis; },
        [](Plan &p) -> QList<Kpi> & { return p.metrics.kpis; }, std::move(columns),
        [](RowIdSource &ids) {
            Kpi kpi;
            kpi.id = ids.take();
            return kpi;
        },
        parent);
    // A following KPI's target is worked out from the targets and the funnel.
    model->setAlsoShows(PlanPart::Targets);
    return model;
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

RowTableModel<Initiative> *MetricsTables::initiatives(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Initiative>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Initiative> & { return p.initiatives; },
        [](Plan &p) -> QList<Initiative> & { return p.initiatives; },
        fieldColumns<Initiative>(document),
        [document](RowIdSource &ids) {
            Initiative initiative;
            initiative.id = ids.take();
            initiative.budget.currency = document->plan().info.currency;
            initiative.spent.currency = document->plan().info.currency;
            return initiative;
        },
        parent);
}

namespace {

// The milestone's initiative by name: the cell shows the initiative's name and takes the name of
// one of the plan's initiatives.
RowColumn<Milestone> milestoneInitiativeColumn(PlanDocument *document)
{
    const FieldOf<Milestone> &field = *fieldsOf<Milestone>().find(u"initiative");
    RowColumn<Milestone> column;
    column.title = field.labelText();
    column.toolTip = MetricsTables::tr("The initiative the milestone belongs to");
    column.spec.key = field.key.toString();
    column.spec.kind = FieldKind::Text;
    column.value = [document](const Milestone &milestone) -> QVariant {
        for (const Initiative &initiative : document->plan().initiatives) {
            if (int(initiative.id) == milestone.initiative)
                return initiative.name;
        }
        return QString();
    };
    column.setValue = [document](Milestone &milestone, const QVariant &input) {
        const QString name = input.toString().trimmed();
        for (const Initiative &initiative : document->plan().initiatives) {
            if (initiative.name.trimmed() == name) {
                milestone.initiative = int(initiative.id);
                return true;
            }
        }
        return false;
    };
    return column;
}

} // namespace

RowTableModel<Milestone> *MetricsTables::milestones(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Milestone>> columns{milestoneInitiativeColumn(document)};
    columns.append(fieldColumns<Milestone>(document, {u"name", u"date", u"done"}));
    return new RowTableModel<Milestone>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Milestone> & { return p.milestones; },
        [](Plan &p) -> QList<Milestone> & { return p.milestones; }, std::move(columns),
        [document](RowIdSource &ids) {
            Milestone milestone;
            milestone.id = ids.take();
            // A new milestone belongs to the last initiative until another is picked.
            if (!document->plan().initiatives.isEmpty())
                milestone.initiative = int(document->plan().initiatives.last().id);
            return milestone;
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
