#include "targetsunitspanel.h"

#include "cells/columnsetup.h"
#include "cells/fieldcolumns.h"
#include "cells/tableparts.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "severitystyle.h"
#include "tableeditor.h"
#include "targetsform.h"
#include "team/linkedunits.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

enum Column {
    UnitColumn,
    TopDownColumn,
    BottomUpColumn,
    GapColumn,
    HeadcountColumn,
    BudgetColumn,
    StatusColumn,
    ColumnCount
};

PlanTableModel *makeUnitModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<PlanUnit>(
        document, Section::Targets,
        [](const Plan &plan) -> const QList<PlanUnit> & { return plan.units; },
        [](Plan &plan) -> QList<PlanUnit> & { return plan.units; },
        fieldColumns<PlanUnit>(document),
        [document](RowIdSource &ids) {
            return PlanUnit{ids.take(), TargetsUnitsPanel::tr("New unit"), QString(),
                            Money{0, document->plan().info.currency}, 1.0};
        },
        parent);
}

QTableWidgetItem *cell(const QString &text, bool figure = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (figure)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TargetsUnitsPanel::TargetsUnitsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.units"));
    // Made first, so that Tab reaches the settings, the units, then the figures, as they read.
    QWidget *settings = makeSettings();
    m_units = new TableEditor(makeUnitModel(document, this), QStringLiteral("targets.units"),
                              tr("Units and their plan files"), this);
    fitTableToRows(m_units->view(), 2, 1, 8);
    fitContentColumnsOnce(m_units->view(), m_units->model());
    m_link = new QPushButton(tr("Lin&k Plan File…"), this);
    m_link->setObjectName(QStringLiteral("targets.units.link"));
    m_link->setToolTip(tr("Choose the plan file of the unit picked in the table"));
    connect(m_link, &QPushButton::clicked, this, &TargetsUnitsPanel::linkPlanFile);

    auto *unitsGroup = panelGroup(tr("Units"), QStringLiteral("targets.unitsGroup"), this);
    auto *unitsLayout = new QVBoxLayout(unitsGroup);
    unitsLayout->addWidget(noteLabel(
        tr("A team plan allocates its target to units — regions or business lines whose "
           "managers write their own plans. Link each unit's plan file; keep the files in this "
           "plan's folder or under it, so the folder can be mailed."),
        unitsGroup));
    unitsLayout->addWidget(settings);
    unitsLayout->addWidget(m_units);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    unitsLayout->addLayout(buttons);

    auto *resultGroup = panelGroup(tr("Top-down against bottom-up"),
                                   QStringLiteral("targets.unitsResultGroup"), this);
    m_totals = figureLabel(QStringLiteral("targets.units.totals"),
                           tr("The team's target and the units' figures added up"), resultGroup);
    m_table = new QTableWidget(0, ColumnCount, resultGroup);
    m_table->setObjectName(QStringLiteral("targets.units.consolidation"));
    m_table->setAccessibleName(tr("Each unit's allocation against its own target"));
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Top-down"), tr("Bottom-up"), tr("Gap"),
                                        tr("Headcount"), tr("Budget"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false); // a long reason reads whole in the tooltip
    m_chart = new ChartView(document, {ChartKind::Units, 0}, resultGroup);
    m_chart->setObjectName(QStringLiteral("targets.units.chart"));
    m_chart->setMinimumHeight(300);
    auto *resultLayout = new QVBoxLayout(resultGroup);
    resultLayout->addWidget(m_totals);
    resultLayout->addWidget(m_table);
    resultLayout->addWidget(m_chart, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(unitsGroup);
    layout->addWidget(resultGroup, 1);

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes & (PlanPart::Targets | PlanPart::Info))
            showConsolidation();
    });
    connect(document, &PlanDocument::unitPlansChanged, this, &TargetsUnitsPanel::showConsolidation);
    showConsolidation();
}

QWidget *TargetsUnitsPanel::makeSettings()
{
    auto *settings = new QWidget(this);
    auto *mode = new QComboBox(settings);
    mode->setObjectName(QStringLiteral("targets.unitAllocation"));
    mode->addItem(choiceName(UnitAllocation::Amounts));
    mode->addItem(choiceName(UnitAllocation::Weights));
    const FieldOf<TargetsSection> *modeField = fieldsOf<TargetsSection>().find(u"unitAllocation");
    mode->setAccessibleName(modeField->labelText());
    mode->setToolTip(modeField->hintText());
    bindComboIndex(mode, m_document,
                   {QStringLiteral("targets.unitAllocation"), tr("Change how units are allocated"),
                    [](const Plan &plan) { return int(plan.targets.unitAllocation); },
                    [](Plan &plan, int index) {
                        plan.targets.unitAllocation = UnitAllocation(index);
                    }});
    auto *threshold =
        new PercentField(m_document,
                         {QStringLiteral("targets.unitGapThreshold"), tr("Edit the gap threshold"),
                          [](const Plan &plan) { return plan.targets.unitGapThreshold; },
                          [](Plan &plan, double value) {
                              plan.targets.unitGapThreshold = value;
                          }},
                         rangeOf<TargetsSection>(u"unitGapThreshold"), settings);
    const FieldOf<TargetsSection> *gapField = fieldsOf<TargetsSection>().find(u"unitGapThreshold");
    threshold->lineEdit()->setAccessibleName(gapField->labelText());
    threshold->setToolTip(gapField->hintText());

    auto *grid = new QGridLayout(settings);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *modeLabel = new QLabel(tr("All&ocate by:"), settings);
    modeLabel->setBuddy(mode);
    auto *gapLabel = new QLabel(tr("&Gap threshold:"), settings);
    gapLabel->setBuddy(threshold->lineEdit());
    grid->addWidget(modeLabel, 0, 0);
    grid->addWidget(mode, 0, 1);
    grid->addWidget(gapLabel, 0, 2);
    grid->addWidget(threshold, 0, 3);
    grid->setColumnStretch(4, 1);
    limitWidth(mode, 14);
    return settings;
}

void TargetsUnitsPanel::linkPlanFile()
{
    const QModelIndex current = m_units->view()->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const QList<PlanUnit> &units = m_document->plan().units;
    if (row < 0 || row >= units.size())
        return;
    const QString teamPath = m_document->filePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Link the Plan File of %1").arg(units.at(row).name),
        QFileInfo(teamPath).absolutePath(), tr("Sales plans (*.salesplan *.json)"));
    if (file.isEmpty())
        return;
    if (const QString refusal = unitFileRefusal(file, teamPath); !refusal.isEmpty()) {
        QMessageBox::warning(this, tr("Link Plan File"), refusal);
        return;
    }
    const QString path = unitPathFor(file, teamPath);
    const RowId id = units.at(row).id;
    m_document->edit(tr("Link the plan file of %1").arg(units.at(row).name),
                     [id, path](Plan &plan) {
                         for (PlanUnit &unit : plan.units) {
                             if (unit.id == id)
                                 unit.path = path;
                         }
                     });
}

void TargetsUnitsPanel::refresh()
{
    if (!m_document->refreshUnitPlans()) // which shows it when a file changed
        showConsolidation();
}

void TargetsUnitsPanel::showConsolidation()
{
    const Plan &plan = m_document->plan();
    const std::shared_ptr<const Consolidation> team = m_document->summary().team;
    static const Consolidation none;
    const Consolidation &c = team ? *team : none;
    m_link->setEnabled(!plan.units.isEmpty());
    m_totals->setText(!team ? tr("This is the plan of one team. Add units to make it a team plan.")
                            : tr("Team target %1 · allocated %2 · the units' own targets %3 (%4)")
                                  .arg(formatPlanAmount(c.teamTarget, c.currency),
                                       formatPlanAmount(c.allocatedTotal(), c.currency),
                                       formatPlanAmount(c.figures.annual, c.currency),
                                       unitsSummedText(c)));
    m_table->setRowCount(int(c.units.size()));
    for (int row = 0; row < int(c.units.size()); ++row)
        showRow(row, c.units.at(row), c);
    // The table is as tall as its rows: the chart under it takes the rest.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height + 2);
    m_chart->setVisible(team != nullptr);
}

void TargetsUnitsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

bool TargetsUnitsPanel::event(QEvent *event)
{
    // The window passes its activation on to the children shown, this tab among them.
    if (event->type() == QEvent::WindowActivate && isVisible())
        refresh();
    return QWidget::event(event);
}

void TargetsUnitsPanel::showRow(int row, const UnitRow &unit, const Consolidation &consolidation)
{
    const QString &currency = consolidation.currency;
    m_table->setItem(row, UnitColumn, cell(unit.name));
    m_table->setItem(row, TopDownColumn, cell(formatPlanAmount(unit.topDown, currency), true));
    m_table->setItem(
        row, BottomUpColumn,
        cell(unit.bottomUp ? formatPlanAmount(*unit.bottomUp, currency) : QStringLiteral("—"),
             true));
    QTableWidgetItem *gap = cell(unitGapText(unit, consolidation), true);
    if (unit.gapBeyondThreshold)
        gap->setForeground(severityColor(Severity::Warning, palette()));
    m_table->setItem(row, GapColumn, gap);
    m_table->setItem(
        row, HeadcountColumn,
        cell(unit.headcountKnown() ? QString::number(unit.headcount()) : QStringLiteral("—"),
             true));
    m_table->setItem(
        row, BudgetColumn,
        cell(unit.budget ? formatPlanAmount(*unit.budget, currency) : QStringLiteral("—"), true));
    QTableWidgetItem *status = cell(unitStatusWords(unit));
    if (unit.status != UnitStatus::Ok) {
        status->setForeground(severityColor(Severity::Error, palette()));
        status->setIcon(severityIcon(Severity::Error, style()));
    }
    status->setToolTip(unitStatusWords(unit));
    m_table->setItem(row, StatusColumn, status);
}

} // namespace salesplan::ui
