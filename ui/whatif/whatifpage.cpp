#include "whatif/whatifpage.h"

#include "calc/whatif.h"
#include "document/plandocument.h"
#include "help/figurehelp.h"
#include "plan/approval.h"
#include "plan/format.h"
#include "plan/scenario.h"
#include "severitystyle.h"
#include "summary/scenariofigures.h"
#include "whatif/scenarioeditor.h"
#include "whatif/whatifcharts.h"
#include "windowmemory.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace salesplan::ui {

namespace {

enum Row {
    TargetRow,
    DealsRow,
    LeadsRow,
    CallsRow,
    NeededRow,
    AvailableRow,
    GapRow,
    MonthShortRow,
    MarketingRow,
    CostRow,
    rowCount
};

QStringList rowNames()
{
    return {WhatIfPage::tr("Annual target"),
            WhatIfPage::tr("Won deals"),
            WhatIfPage::tr("Leads"),
            WhatIfPage::tr("Calls per rep a day"),
            WhatIfPage::tr("Reps needed"),
            WhatIfPage::tr("Reps available"),
            WhatIfPage::tr("Headcount gap"),
            WhatIfPage::tr("Reps short in the tightest month"),
            WhatIfPage::tr("Marketing budget"),
            WhatIfPage::tr("Cost of sales")};
}

// The figure each row shows, by Row, for its "What's this?".
Figure rowFigure(int row)
{
    static const Figure figures[rowCount] = {
        Figure::AnnualTarget,      Figure::Deals,      Figure::Leads,        Figure::CallsPerRepDay,
        Figure::HeadcountRequired, Figure::TeamSize,   Figure::HeadcountGap, Figure::TightestMonth,
        Figure::MarketingBudget,   Figure::CostOfSales};
    return figures[row];
}

// How the figure in `row` of `column` is computed: with the plan's numbers in the plan's column,
// in words in a scenario's (whose figures are worked out apart from the plan's summary).
QList<FigureExplanation> cellHelp(const PlanDocument &document, int row, int column)
{
    if (column == 0)
        return {explainFigure(document.plan(), document.summary(), rowFigure(row))};
    FigureExplanation words = explainFigure(document.plan(), document.summary(), rowFigure(row));
    words.worked.clear();
    return {words};
}

// Each figure of a column as people read it, by Row.
QStringList figureTexts(const WhatIfFigures &figures)
{
    const int gap = figures.headcountGap();
    return {formatPlanAmount(figures.target),
            formatCount(double(figures.deals)),
            formatCount(double(figures.leads)),
            figures.callsPerRepDay ? formatNumber(*figures.callsPerRepDay, 1) : QStringLiteral("—"),
            formatCount(figures.repsNeeded),
            formatCount(figures.repsAvailable),
            gap > 0   ? WhatIfPage::tr("%1 to hire").arg(formatCount(gap))
            : gap < 0 ? WhatIfPage::tr("%1 to spare").arg(formatCount(-gap))
                      : WhatIfPage::tr("none"),
            formatCount(figures.largestMonthShortfall),
            formatPlanAmount(figures.marketingBudget),
            formatPlanAmount(figures.costOfSales)};
}

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

WhatIfPage::WhatIfPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
    , m_problems(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_editorPage(new QWidget(m_tabs))
    , m_noScenario(new QLabel(m_editorPage))
    , m_comparison(chartView(m_tabs))
    , m_tornado(chartView(m_tabs))
{
    setObjectName(QStringLiteral("whatIfPage"));
    m_table->setObjectName(QStringLiteral("whatIf.table"));
    m_table->setAccessibleName(tr("Scenarios beside the plan"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    explainFiguresIn(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setWordWrap(true);
    showInSeverityColor(m_problems, Severity::Error);
    m_noScenario->setText(tr("Add a scenario, or choose a scenario's column in the table, to "
                             "change its drivers. The plan itself changes only through Make This "
                             "the Baseline."));
    m_noScenario->setWordWrap(true);
    m_editorPage->setObjectName(QStringLiteral("whatIf.page.scenario"));
    m_editorPage->setLayout(new QVBoxLayout);
    m_editorPage->layout()->addWidget(m_noScenario);
    m_noScenario->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_comparison->setObjectName(QStringLiteral("whatIf.page.comparison"));
    m_tornado->setObjectName(QStringLiteral("whatIf.page.sensitivity"));
    m_tabs->setObjectName(QStringLiteral("whatIf.tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editorPage, tr("Scenario"));
    m_tabs->addTab(m_comparison, tr("Comparison"));
    m_tabs->addTab(m_tornado, tr("Sensitivity"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createButtons());
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_problems);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setObjectName(QStringLiteral("whatIf.splitter"));
    WindowMemory::rememberSplitter(splitter, WindowMemory::whatIfSplitterKey);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int, int column) {
        selectScenario(m_table->horizontalHeaderItem(column)
                           ? m_table->horizontalHeaderItem(column)->data(Qt::UserRole).toLongLong()
                           : 0);
    });
    connect(m_document, &PlanDocument::changed, this, &WhatIfPage::onChanged);
    // The first scenario is chosen to begin with, so that its drivers show.
    const QList<Scenario> &scenarios = m_document->plan().scenarios;
    m_selected = scenarios.isEmpty() ? 0 : scenarios.constFirst().id;
    refreshTable();
    refreshCharts();
    refreshEditor();
    refreshButtons();
}

QWidget *WhatIfPage::createButtons()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("&Add Scenario"), bar);
    m_preset = new QPushButton(tr("Add “Deal Size −10 %”"), bar);
    m_duplicate = new QPushButton(tr("D&uplicate"), bar);
    m_delete = new QPushButton(tr("&Delete"), bar);
    m_promote = new QPushButton(tr("&Make This the Baseline"), bar);
    m_add->setObjectName(QStringLiteral("whatIf.add"));
    m_preset->setObjectName(QStringLiteral("whatIf.preset"));
    m_duplicate->setObjectName(QStringLiteral("whatIf.duplicate"));
    m_delete->setObjectName(QStringLiteral("whatIf.delete"));
    m_promote->setObjectName(QStringLiteral("whatIf.promote"));
    for (QPushButton *button : {m_add, m_preset, m_duplicate, m_delete, m_promote})
        layout->addWidget(button);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &WhatIfPage::addScenario);
    connect(m_preset, &QPushButton::clicked, this, &WhatIfPage::addDealSizePreset);
    connect(m_duplicate, &QPushButton::clicked, this, &WhatIfPage::duplicateScenario);
    connect(m_delete, &QPushButton::clicked, this, &WhatIfPage::deleteScenario);
    connect(m_promote, &QPushButton::clicked, this, &WhatIfPage::makeBaseline);
    return bar;
}

void WhatIfPage::selectScenario(RowId id)
{
    if (id != 0 && !findScenario(m_document->plan(), id))
        id = 0;
    if (id == m_selected)
        return;
    m_selected = id;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QTableWidgetItem *header = m_table->horizontalHeaderItem(column);
        if (header && header->data(Qt::UserRole).toLongLong() == id && id != 0 &&
            m_table->currentColumn() != column)
            m_table->setCurrentCell(0, column);
    }
    refreshEditor();
    refreshCharts();
    refreshButtons();
}

void WhatIfPage::appendScenario(const QString &text, const std::function<void(Plan &)> &make)
{
    RowId added = 0;
    const bool done = m_document->edit(text, [&](Plan &plan) {
        make(plan);
        added = plan.scenarios.constLast().id;
    });
    if (done)
        selectScenario(added);
}

void WhatIfPage::addScenario()
{
    appendScenario(tr("Add scenario"), [](Plan &plan) {
        // "Scenario 3" after "Scenario 1" was deleted would name two scenarios alike.
        QString name;
        for (qsizetype number = plan.scenarios.size() + 1; name.isEmpty(); ++number) {
            name = tr("Scenario %1").arg(number);
            for (const Scenario &scenario : plan.scenarios)
                if (scenario.name == name)
                    name.clear();
        }
        plan.scenarios.append(makeScenario(name, plan.ids));
    });
}

void WhatIfPage::addDealSizePreset()
{
    appendScenario(tr("Add scenario"), [](Plan &plan) {
        Scenario scenario = makeScenario(tr("Deal size −10 %"), plan.ids);
        scenario.setValue(ScenarioDriver::AverageDealSize,
                          std::round(double(plan.targets.funnel.averageDealSize.minor) * 0.9));
        plan.scenarios.append(scenario);
    });
}

void WhatIfPage::duplicateScenario()
{
    const RowId source = m_selected;
    appendScenario(tr("Duplicate scenario"), [source](Plan &plan) {
        const Scenario *original = findScenario(plan, source);
        if (!original)
            return;
        Scenario copy = *original;
        copy.id = plan.ids.take();
        copy.name = tr("%1 (copy)").arg(original->name);
        plan.scenarios.append(copy);
    });
}

void WhatIfPage::deleteScenario()
{
    const RowId id = m_selected;
    m_document->edit(tr("Delete scenario"), [id](Plan &plan) {
        plan.scenarios.removeIf([id](const Scenario &scenario) { return scenario.id == id; });
    });
}

void WhatIfPage::makeBaseline()
{
    const Scenario *scenario = findScenario(m_document->plan(), m_selected);
    if (!scenario || !checkScenario(*scenario))
        return;
    const RowId id = m_selected;
    m_document->edit(tr("Make “%1” the baseline").arg(scenario->name),
                     [id](Plan &plan) { plan = promoteScenario(plan, id); });
}

void WhatIfPage::onChanged(PlanChanges changes)
{
    // The cost of sales reads the tools' costs, which are no input of the plan's figures.
    if (!changes.testAnyFlags(figureInputs | PlanPart::Tools | PlanPart::Scenarios))
        return;
    refreshTable();
    if (!findScenario(m_document->plan(), m_selected)) {
        m_selected = 0;
        refreshEditor();
    }
    refreshCharts();
    refreshButtons();
}

void WhatIfPage::refreshTable()
{
    const QList<WhatIfColumn> columns = whatIfTable(m_document->plan());
    const QStringList names = rowNames();
    m_table->blockSignals(true);
    m_table->clear();
    m_table->setRowCount(rowCount);
    m_table->setColumnCount(int(columns.size()));
    m_table->setVerticalHeaderLabels(names);
    QStringList problems;
    QStringList baseline;
    for (int c = 0; c < columns.size(); ++c) {
        const WhatIfColumn &column = columns.at(c);
        auto *header = new QTableWidgetItem(column.id == 0 ? tr("Plan") : column.name);
        header->setData(Qt::UserRole, column.id);
        m_table->setHorizontalHeaderItem(c, header);
        const QStringList texts = column.figures ? figureTexts(*column.figures)
                                                 : QStringList(rowCount, QStringLiteral("—"));
        if (c == 0)
            baseline = texts;
        if (!column.figures)
            problems << tr("%1: %2").arg(header->text(), column.figures.error().message());
        for (int r = 0; r < rowCount; ++r) {
            auto *item = new QTableWidgetItem(texts.at(r));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c > 0 && !baseline.isEmpty() && texts.at(r) != baseline.at(r)) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            setFigureHelp(item, cellHelp(*m_document, r, c));
            m_table->setItem(r, c, item);
        }
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).id == m_selected && m_selected != 0)
            m_table->setCurrentCell(0, c);
    }
    m_table->blockSignals(false);
    // Every row shows without scrolling: the figures are what the page is for.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < rowCount; ++r)
        height += m_table->rowHeight(r);
    m_table->setMinimumHeight(height);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void WhatIfPage::refreshCharts()
{
    const Plan &plan = m_document->plan();
    showChart(m_comparison, scenarioComparisonChart(whatIfTable(plan)));
    const Scenario *scenario = findScenario(plan, m_selected);
    const bool applied = scenario && checkScenario(*scenario);
    const Plan shown = applied ? applyScenario(plan, *scenario) : plan;
    const Result<HeadcountSensitivity> sensitivity = headcountSensitivity(shown);
    if (sensitivity)
        showChart(m_tornado, tornadoChart(*sensitivity));
    else
        showChart(m_tornado, new QChart);
    m_tornado->chart()->setToolTip(sensitivity ? QString() : sensitivity.error().message());
    if (!sensitivity)
        m_tornado->chart()->setTitle(sensitivity.error().message());
    else if (applied)
        m_tornado->chart()->setTitle(
            tr("%1 — %2").arg(scenario->name, m_tornado->chart()->title()));
}

void WhatIfPage::refreshEditor()
{
    if (m_editor && m_editor->scenarioId() == m_selected)
        return;
    delete m_editor;
    m_editor = nullptr;
    if (m_selected != 0) {
        m_editor = new ScenarioEditor(m_document, m_selected, m_editorPage);
        m_editorPage->layout()->addWidget(m_editor);
    }
    m_noScenario->setVisible(m_editor == nullptr);
}

void WhatIfPage::refreshButtons()
{
    const bool editable = !m_document->isReadOnly();
    const Scenario *scenario = findScenario(m_document->plan(), m_selected);
    m_add->setEnabled(editable);
    m_preset->setEnabled(editable);
    m_duplicate->setEnabled(editable && scenario);
    m_delete->setEnabled(editable && scenario);
    // An approved plan refuses the promotion: the button says why instead of offering it.
    const QString locked =
        scenario ? lockedChangeReason(m_document->plan(),
                                      promoteScenario(m_document->plan(), scenario->id))
                 : QString();
    m_promote->setEnabled(editable && scenario && checkScenario(*scenario) && locked.isEmpty());
    m_promote->setToolTip(locked.isEmpty()
                              ? tr("The plan takes this scenario's drivers and the scenario is "
                                   "removed; Undo puts both back.")
                              : locked);
}

} // namespace salesplan::ui
