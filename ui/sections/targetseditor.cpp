#include "targetseditor.h"

#include "charts/chartview.h"
#include "document/plandocument.h"
#include "holidayspanel.h"
#include "summary/plansummary.h"
#include "targetscalibrationpanel.h"
#include "targetscollectionspanel.h"
#include "targetsdecompositionpanel.h"
#include "targetsfunnelpanel.h"
#include "targetsgoalpanel.h"
#include "targetshistorypanel.h"
#include "targetsseasonalitypanel.h"
#include "targetssplitspanel.h"
#include "targetsunitspanel.h"

#include <QBoxLayout>
#include <QHash>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// Keys that name a group of fields rather than one: focus goes to the group's first field.
QString firstFieldOf(const QString &fieldKey)
{
    static const QHash<QString, QString> groups{
        {QStringLiteral("targets"), QStringLiteral("targets.annualTarget")},
        {QStringLiteral("targets.funnel"), QStringLiteral("targets.funnel.averageDealSize")},
        {QStringLiteral("targets.customWeights"), QStringLiteral("targets.seasonality")},
        {QStringLiteral("targets.collections"), QStringLiteral("targets.collections.sameMonth")},
        {QStringLiteral("info.period"), QStringLiteral("info.period.year")},
    };
    return groups.value(fieldKey, fieldKey);
}

// The widget that takes the focus for `field`: itself, or its first focusable child.
QWidget *focusTarget(QWidget *field)
{
    if (field->focusPolicy() != Qt::NoFocus)
        return field;
    const QList<QWidget *> children = field->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->focusPolicy() != Qt::NoFocus && child->isEnabled())
            return child;
    }
    return field;
}

// The chart of `kind` for the panel that shows the same figures as a table.
ChartView *panelChart(PlanDocument *document, ChartKind kind, QWidget *panel, int minimumHeight)
{
    auto *view = new ChartView(document, {kind, 0}, panel);
    view->setMinimumHeight(minimumHeight);
    return view;
}

// Puts each chart beside the table it draws: the months under the decomposition, the region
// shares beside the splits, the funnel and the reps beside the activity math, the cash by month
// under the collection terms.
void addPanelCharts(PlanDocument *document, QWidget *splits, QWidget *decomposition,
                    QWidget *funnel, QWidget *collections)
{
    if (auto *layout = qobject_cast<QBoxLayout *>(collections->layout())) {
        if (auto *terms = qobject_cast<QBoxLayout *>(layout->itemAt(0)->layout()))
            terms->insertWidget(terms->count() - 1,
                                panelChart(document, ChartKind::Collections, collections, 340), 1);
    }
    if (auto *layout = qobject_cast<QBoxLayout *>(decomposition->layout()))
        layout->insertWidget(layout->count() - 1,
                             panelChart(document, ChartKind::TargetsByMonth, decomposition, 300),
                             1);
    if (auto *layout = qobject_cast<QBoxLayout *>(splits->layout())) {
        if (auto *weighted = qobject_cast<QBoxLayout *>(layout->itemAt(0)->layout())) {
            ChartView *shares = panelChart(document, ChartKind::SplitShares, splits, 220);
            shares->setMaximumWidth(460);
            weighted->addWidget(shares, 1);
        }
    }
    // Under the ratios, the funnel they give; under the reps, the reps month by month.
    if (auto *layout = qobject_cast<QBoxLayout *>(funnel->layout());
        layout && layout->count() == 2) {
        auto *inputs = qobject_cast<QBoxLayout *>(layout->itemAt(0)->layout());
        auto *results = qobject_cast<QBoxLayout *>(layout->itemAt(1)->layout());
        if (inputs && results) {
            inputs->insertWidget(inputs->count() - 1,
                                 panelChart(document, ChartKind::Funnel, funnel, 300), 1);
            results->insertWidget(results->count() - 1,
                                  panelChart(document, ChartKind::Capacity, funnel, 300), 1);
        }
    }
}

// `panel` in a scroll area, so a short window still reaches its last rows.
QScrollArea *scrolled(QWidget *panel)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    return scroll;
}

} // namespace

TargetsEditor::TargetsEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Targets, parent)
    , m_tabs(new QTabWidget(this))
    , m_goal(new TargetsGoalPanel(document, m_tabs))
    , m_seasonality(new TargetsSeasonalityPanel(document, m_tabs))
    , m_splits(new TargetsSplitsPanel(document, m_tabs))
    , m_decomposition(new TargetsDecompositionPanel(document, m_tabs))
    , m_funnel(new TargetsFunnelPanel(document, m_tabs))
    , m_calibration(new TargetsCalibrationPanel(document, m_tabs))
    , m_collections(new TargetsCollectionsPanel(document, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("targets.tabs"));
    m_tabs->setAccessibleName(tr("Parts of the targets section"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_goal, tr("&Target"));
    m_tabs->addTab(m_seasonality, tr("&Seasonality"));
    m_tabs->addTab(m_splits, tr("S&plits"));
    m_tabs->addTab(m_decomposition, tr("&Decomposition"));
    m_tabs->addTab(m_funnel, tr("&Funnel && capacity"));
    // No mnemonic: every letter of the word is taken on some tab of the page (Back, Import
    // .ics, All in the same month, Add day off…); Ctrl+Tab reaches it.
    m_tabs->addTab(scrolled(m_calibration), tr("Calibration"));
    m_tabs->addTab(scrolled(m_collections), tr("Co&llections"));
    m_tabs->addTab(scrolled(new HolidaysPanel(document, m_tabs)), tr("Work &calendar"));
    m_tabs->addTab(new TargetsHistoryPanel(document, m_tabs), tr("Histor&y"));
    // A team plan's units; no mnemonic, as for the calibration: Ctrl+Tab reaches it.
    m_tabs->addTab(scrolled(new TargetsUnitsPanel(document, m_tabs)), tr("Units"));
    contentLayout()->addWidget(m_tabs, 1);
    addPanelCharts(document, m_splits, m_decomposition, m_funnel, m_collections);

    setGuidance(
        tr("<p>Start from last year's actual and the growth you commit to; the target and the "
           "growth follow each other as you type. Put a reserve of 10–15 % on top of the "
           "committed target as the stretch tier, so one slipped deal does not sink the year. "
           "Then break the year down by quarter and month (seasonality from your own history), "
           "by region, by product line and by person: every part adds up exactly. Last, let "
           "last year's ratios tell you the activity and the reps the target needs.</p>"
           "<p><i>Example:</i> ¥100 million last year, +20 % → a target of ¥120 million, "
           "stretch +12 % → ¥134.4 million. If the team needs 200 calls and 25 demos a day and "
           "a rep makes 40 calls or 5 demos, you need at least 5 reps.</p>"));

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes & figureInputs)
            refresh();
    });
    refresh();
}

void TargetsEditor::refresh()
{
    const PlanSummary &summary = document()->summary();
    m_goal->showSummary(summary);
    m_seasonality->showSummary(summary);
    m_splits->showSummary(summary);
    m_decomposition->showSummary(summary);
    m_funnel->showSummary(summary);
    m_calibration->showSummary(summary);
    m_collections->showSummary(summary);
}

bool TargetsEditor::focusField(const QString &fieldKey)
{
    auto *field = findChild<QWidget *>(firstFieldOf(fieldKey));
    if (!field)
        return false;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(field))
            m_tabs->setCurrentIndex(tab);
    }
    QWidget *target = focusTarget(field);
    target->setFocus(Qt::OtherFocusReason);
    for (QWidget *parent = target->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(target);
            break;
        }
    }
    return true;
}

} // namespace salesplan::ui
