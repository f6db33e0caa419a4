#include "metricseditortables.h"

#include "cells/valuedelegates.h"
#include "document/plandocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>
#include <optional>

namespace salesplan::ui {

namespace {

QString textOf(const QVariant &value)
{
    return value.toString().trimmed();
}

// The stable keys of the enums (as in the JSON format), also accepted when pasted.
QStringList frequencyKeys()
{
    return {QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("quarterly"),
            QStringLiteral("yearly")};
}

QStringList categoryKeys()
{
    return {QStringLiteral("market"), QStringLiteral("customer"), QStringLiteral("execution"),
            QStringLiteral("financial")};
}

std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// A rating from 1 to 5; nothing for anything else (7, 2.5, "high").
std::optional<int> ratingOf(const QVariant &value)
{
    const std::optional<double> number = numberOf(value);
    if (!number || *number != std::floor(*number) || *number < 1.0 || *number > 5.0)
        return std::nullopt;
    return int(*number);
}

// Thresholds are shares of the target: 0 to 1000 %.
constexpr double maximumThreshold = 10.0;

} // namespace

int labelIndex(const QVariant &value, const QStringList &labels, const QStringList &keys)
{
    if (!holdsText(value)) {
        bool ok = false;
        const int at = value.toInt(&ok);
        return ok && at >= 0 && at < labels.size() ? at : -1;
    }
    const QString text = textOf(value);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (text.compare(labels.at(i), Qt::CaseInsensitive) == 0 ||
            text.compare(keys.value(i), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QStringList MetricsTables::frequencyLabels()
{
    return {tr("Weekly"), tr("Monthly"), tr("Quarterly"), tr("Yearly")};
}

QStringList MetricsTables::categoryLabels()
{
    return {tr("Market"), tr("Customer"), tr("Execution"), tr("Financial")};
}

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
    QList<RowColumn<Kpi>> columns{
        {tr("KPI"), [](const Kpi &k) -> QVariant { return k.name; },
         [](Kpi &k, const QVariant &v) {
             k.name = textOf(v);
             return true;
         },
         tr("What is measured, e.g. qualified leads.")},
        {tr("Definition"), [](const Kpi &k) -> QVariant { return k.definition; },
         [](Kpi &k, const QVariant &v) {
             k.definition = textOf(v);
             return true;
         },
         tr("How it is counted, so that everyone gets the same number.")},
        {tr("Unit"), [](const Kpi &k) -> QVariant { return k.unit; },
         [](Kpi &k, const QVariant &v) {
             k.unit = textOf(v);
             return true;
         },
         tr("e.g. leads a month, %, yuan.")},
        {tr("Target"), [](const Kpi &k) -> QVariant { return k.target; },
         [](Kpi &k, const QVariant &v) {
             const std::optional<double> target = numberOf(v);
             if (!target || *target < 0.0)
                 return false;
             k.target = *target;
             return true;
         },
         tr("The value to reach in each period, zero or more.")},
        {tr("Frequency"),
         [](const Kpi &k) -> QVariant { return frequencyLabels().value(int(k.frequency)); },
         [](Kpi &k, const QVariant &v) {
             const int at = labelIndex(v, frequencyLabels(), frequencyKeys());
             if (at < 0)
                 return false;
             k.frequency = ReviewFrequency(at);
             return true;
         },
         tr("How often the KPI is measured and looked at.")},
        {tr("Green at"), [](const Kpi &k) -> QVariant { return k.greenAt; },
         [](Kpi &k, const QVariant &v) {
             const std::optional<double> share = numberOf(v);
             if (!share || *share < k.yellowAt || *share > maximumThreshold)
                 return false;
             k.greenAt = *share;
             return true;
         },
         tr("Green at or above this share of the target. It cannot be below the yellow "
            "threshold.")},
        {tr("Yellow at"), [](const Kpi &k) -> QVariant { return k.yellowAt; },
         [](Kpi &k, const QVariant &v) {
             const std::optional<double> share = numberOf(v);
             if (!share || *share < 0.0 || *share > k.greenAt)
                 return false;
             k.yellowAt = *share;
             return true;
         },
         tr("Yellow at or above this share of the target, red below it. It cannot be above the "
            "green threshold.")},
    };
    return new RowTableModel<Kpi>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Kpi> & { return p.metrics.kpis; },
        [](Plan &p) -> QList<Kpi> & { return p.metrics.kpis; }, std::move(columns),
        [](RowIdSource &ids) {
            Kpi kpi;
            kpi.id = ids.take();
            return kpi;
        },
        parent);
}

RowTableModel<Risk> *MetricsTables::risks(PlanDocument *document, QObject *parent)
{
    auto rating = [](int Risk::*member) {
        return [member](Risk &r, const QVariant &v) {
            const std::optional<int> value = ratingOf(v);
            if (!value)
                return false;
            r.*member = *value;
            return true;
        };
    };
    QList<RowColumn<Risk>> columns{
        {tr("Category"),
         [](const Risk &r) -> QVariant { return categoryLabels().value(int(r.category)); },
         [](Risk &r, const QVariant &v) {
             const int at = labelIndex(v, categoryLabels(), categoryKeys());
             if (at < 0)
                 return false;
             r.category = RiskCategory(at);
             return true;
         },
         tr("Market, customer, execution or financial.")},
        {tr("Risk"), [](const Risk &r) -> QVariant { return r.description; },
         [](Risk &r, const QVariant &v) {
             r.description = textOf(v);
             return true;
         },
         tr("What could go wrong, and what it would cost the plan.")},
        {tr("Likelihood"), [](const Risk &r) -> QVariant { return r.likelihood; },
         rating(&Risk::likelihood), tr("How likely it is: 1 (rare) to 5 (almost certain).")},
        {tr("Impact"), [](const Risk &r) -> QVariant { return r.impact; }, rating(&Risk::impact),
         tr("How much it would hurt the plan: 1 (minor) to 5 (severe).")},
        {tr("Score"),
         [](const Risk &r) -> QVariant { return r.score(); },
         {},
         tr("Likelihood × impact: 15–25 high, 8–14 medium, 1–7 low.")},
        {tr("Mitigation"), [](const Risk &r) -> QVariant { return r.mitigation; },
         [](Risk &r, const QVariant &v) {
             r.mitigation = textOf(v);
             return true;
         },
         tr("What you do now to make it less likely, and what you do if it happens.")},
        {tr("Owner"), [](const Risk &r) -> QVariant { return r.owner; },
         [](Risk &r, const QVariant &v) {
             r.owner = textOf(v);
             return true;
         },
         tr("Who watches the risk and acts on it.")},
    };
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
