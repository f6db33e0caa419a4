#include "targetscalibrationpanel.h"

#include "cells/fieldcolumns.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "fieldwidgets.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "summary/calibrationtext.h"
#include "summary/plansummary.h"
#include "tableeditor.h"
#include "targetsform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace salesplan::ui {

namespace {

QString labelOf(QStringView key)
{
    const FieldOf<TargetsSection> *field = fieldsOf<TargetsSection>().find(key);
    return field ? field->labelText() : key.toString();
}

QString hintOf(QStringView key)
{
    const FieldOf<TargetsSection> *field = fieldsOf<TargetsSection>().find(key);
    return field ? field->hintText() : QString();
}

PlanTableModel *makeUpliftModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Uplift>(
        document, Section::Targets,
        [](const Plan &plan) -> const QList<Uplift> & { return plan.targets.uplifts; },
        [](Plan &plan) -> QList<Uplift> & { return plan.targets.uplifts; },
        fieldColumns<Uplift>(document),
        [](RowIdSource &ids) {
            return Uplift{ids.take(), TargetsCalibrationPanel::tr("New uplift"), 0.10,
                          UpliftScope::AllReps};
        },
        parent);
}

enum Column { CeilingColumn, AmountColumn, ShareColumn, InputsColumn, ChangeColumn, ColumnCount };

QTableWidgetItem *textItem(const QString &text, bool figure = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment((figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

} // namespace

TargetsCalibrationPanel::TargetsCalibrationPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.page.calibration"));
    auto *left = new QVBoxLayout;
    left->addWidget(makeInputsGroup());
    left->addWidget(makeUpliftsGroup());
    left->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(makeCeilingsGroup(), 3);
}

QWidget *TargetsCalibrationPanel::makeInputsGroup()
{
    auto *group = panelGroup(tr("What the ceilings are worked out from"),
                             QStringLiteral("targets.group.calibrationInputs"), this);
    auto *form = new QFormLayout(group);
    m_market = figureLabel(QStringLiteral("targets.calibration.market"),
                           tr("Market size and growth"), group);
    m_market->setWordWrap(true);
    form->addRow(tr("Market (Mission):"), m_market);

    // In percent to two decimals: a share of a large market is often below 1 % (0.32 %).
    const NumberRange shareRange = rangeOf<TargetsSection>(u"marketShare");
    auto *share = new NumberField(m_document,
                                  {QStringLiteral("targets.marketShare"), tr("Edit market share"),
                                   [](const Plan &plan) {
                                       return plan.targets.marketShare > 0.0
                                                  ? plan.targets.marketShare * 100.0
                                                  : std::numeric_limits<double>::quiet_NaN();
                                   },
                                   [](Plan &plan, double value) {
                                       plan.targets.marketShare = value / 100.0;
                                   }},
                                  shareRange.minimum * 100.0, shareRange.maximum * 100.0, 2,
                                  QStringLiteral("%"), group);
    share->lineEdit()->setAccessibleName(labelOf(u"marketShare"));
    share->setToolTip(hintOf(u"marketShare"));
    m_shareEdit = share->lineEdit();
    form->addRow(labelOf(u"marketShare") + tr(":"), share);

    auto *budget =
        new MoneyField(m_document,
                       {QStringLiteral("targets.marketingBudget"), tr("Edit marketing budget"),
                        [](const Plan &plan) { return plan.targets.marketingBudget; },
                        [](Plan &plan, const Money &value) {
                            plan.targets.marketingBudget = value;
                        }},
                       group);
    budget->lineEdit()->setAccessibleName(labelOf(u"marketingBudget"));
    budget->lineEdit()->setPlaceholderText(tr("not set"));
    budget->lineEdit()->setMinimumWidth(200);
    budget->setToolTip(hintOf(u"marketingBudget"));
    form->addRow(labelOf(u"marketingBudget") + tr(":"), budget);

    auto *existing =
        new PercentField(m_document,
                         {QStringLiteral("targets.existingCustomerShare"),
                          tr("Edit revenue from existing customers"),
                          [](const Plan &plan) { return plan.targets.existingCustomerShare; },
                          [](Plan &plan, double value) {
                              plan.targets.existingCustomerShare = value;
                          }},
                         rangeOf<TargetsSection>(u"existingCustomerShare"), group);
    existing->lineEdit()->setAccessibleName(labelOf(u"existingCustomerShare"));
    existing->setToolTip(hintOf(u"existingCustomerShare"));
    form->addRow(labelOf(u"existingCustomerShare") + tr(":"), existing);
    form->addRow(noteLabel(tr("Of last year's actual. The cost per lead, the funnel's rates and "
                              "the deal size are on the Funnel & capacity tab."),
                           group));
    return group;
}

QWidget *TargetsCalibrationPanel::makeUpliftsGroup()
{
    auto *group = panelGroup(tr("Uplifts of the reps' productivity"),
                             QStringLiteral("targets.group.uplifts"), this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(noteLabel(tr("Why the reps will sell more a month than their history says: "
                                   "+30 % for new hires after training, +20 % from a CRM. The "
                                   "uplifts add up."),
                                group));
    m_uplifts =
        new TableEditor(makeUpliftModel(m_document, this), QStringLiteral("targets.uplifts"),
                        tr("Uplifts of the reps' productivity"), group);
    m_uplifts->view()->setMinimumHeight(120);
    m_uplifts->view()->setMaximumHeight(200);
    layout->addWidget(m_uplifts);
    return group;
}

QWidget *TargetsCalibrationPanel::makeCeilingsGroup()
{
    auto *group = panelGroup(tr("Is the target achievable?"),
                             QStringLiteral("targets.group.calibration"), this);
    auto *layout = new QVBoxLayout(group);
    auto *chart = new ChartView(m_document, {ChartKind::Calibration, 0}, group);
    chart->setMinimumHeight(280);
    chart->setMaximumHeight(340);
    layout->addWidget(chart);

    m_table = new QTableWidget(0, ColumnCount, group);
    m_table->setObjectName(QStringLiteral("targets.calibration.table"));
    m_table->setAccessibleName(tr("The target against its three ceilings"));
    m_table->setHorizontalHeaderLabels({tr("Ceiling"), tr("Amount"), tr("Target is"),
                                        tr("Worked out from"), tr("What would have\nto change")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InputsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
    layout->addStretch(1);
    return group;
}

void TargetsCalibrationPanel::showSummary(const PlanSummary &summary)
{
    showInputs(summary);
    showCeilings(summary);
}

void TargetsCalibrationPanel::showInputs(const PlanSummary &summary)
{
    const Plan &plan = m_document->plan();
    if (plan.mission.marketSize.minor <= 0)
        m_market->setText(tr("no market size yet: enter it on the Mission page"));
    else
        m_market->setText(tr("%1 last year, %2 growth → %3 in the plan year")
                              .arg(formatPlanAmount(plan.mission.marketSize),
                                   formatPercent(plan.mission.marketGrowth),
                                   formatPlanAmount(Money::of(
                                       qint64(std::llround(double(plan.mission.marketSize.minor) *
                                                           (1.0 + plan.mission.marketGrowth))),
                                       plan.info.currency))));
    const Result<MarketCeiling> &market = summary.calibration.market;
    if (market && market->lastYearShare)
        m_shareEdit->setPlaceholderText(
            tr("last year's: %1").arg(formatPercent(*market->lastYearShare, 2)));
    else
        m_shareEdit->setPlaceholderText(tr("last year's"));
}

void TargetsCalibrationPanel::showCeilings(const PlanSummary &summary)
{
    const QList<CalibrationRow> rows = calibrationRows(m_document->plan(), summary.calibration);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CalibrationRow &row = rows.at(r);
        QTableWidgetItem *name = textItem(row.name);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_table->setItem(r, CeilingColumn, name);
        m_table->setItem(r, AmountColumn,
                         textItem(row.ceiling ? formatPlanAmount(*row.ceiling) : tr("not set"),
                                  bool(row.ceiling)));
        m_table->setItem(
            r, ShareColumn,
            textItem(row.targetShare ? formatPercent(*row.targetShare, 0) : tr("—"), true));
        m_table->setItem(r, InputsColumn, textItem(row.ceiling ? row.inputs : row.notSetReason));
        QTableWidgetItem *change = textItem(row.change);
        if (row.targetShare && *row.targetShare > 1.0) {
            QFont font = change->font();
            font.setBold(true);
            change->setFont(font);
        }
        m_table->setItem(r, ChangeColumn, change);
    }
}

} // namespace salesplan::ui
