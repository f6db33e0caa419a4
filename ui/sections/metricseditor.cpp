#include "metricseditor.h"

#include "cells/choicedelegate.h"
#include "cells/formparts.h"
#include "cells/tableparts.h"
#include "charts/initiativetimeline.h"
#include "document/plandocument.h"
#include "fieldbinding.h"
#include "fieldwidgets.h"
#include "help/guidelink.h"
#include "metricseditortables.h"
#include "plan/choices.h"
#include "plan/fields.h"
#include "tableeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

QList<CellChoice> kpiChoices(const PlanDocument *document)
{
    QList<CellChoice> choices;
    for (const Kpi &kpi : document->plan().metrics.kpis) {
        if (!kpi.name.isEmpty())
            choices.append({kpi.name, kpi.name});
    }
    return choices;
}

QList<CellChoice> initiativeChoices(const PlanDocument *document)
{
    QList<CellChoice> choices;
    for (const Initiative &initiative : document->plan().initiatives) {
        if (!initiative.name.isEmpty())
            choices.append({initiative.name, initiative.name});
    }
    return choices;
}

QList<CellChoice> memberChoices(const PlanDocument *document)
{
    QList<CellChoice> choices;
    for (const Member &member : document->plan().team.members) {
        if (!member.name.isEmpty())
            choices.append({member.name, member.name});
    }
    return choices;
}

// The score legend beside the Risks heading: the same colours and words as the score cells.
QString riskLegend()
{
    const auto swatch = [](const char *colour, const QString &text) {
        return QStringLiteral("<span style=\"background-color:%1;\">&nbsp;&nbsp;&nbsp;</span>"
                              "&nbsp;%2")
            .arg(QLatin1String(colour), text.toHtmlEscaped());
    };
    return MetricsEditor::tr("Score = likelihood × impact: %1 &nbsp; %2 &nbsp; %3")
        .arg(swatch("#b34700", MetricsEditor::tr("15–25 high")),
             swatch("#e69f00", MetricsEditor::tr("8–14 medium")),
             swatch("#c4e8db", MetricsEditor::tr("1–7 low")));
}

} // namespace

MetricsEditor::MetricsEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Metrics, parent)
{
    setGuidance(tr(
        "<p>Pick a handful of <b>KPIs</b> that show early whether the plan is on track: "
        "qualified leads, win rate, average deal size and revenue per period are a good start. "
        "Say how each is counted, its target, and how often you look at it. The thresholds turn "
        "a number into a signal, for example <i>green at 100 % of target, yellow from 90 %, red "
        "below</i>; a gap of more than about 10 % deserves a root-cause review (ask “why” until "
        "you reach a cause you can act on).</p>"
        "<p>Fix the <b>review</b> rhythm: e.g. a weekly pipeline check per region, a monthly "
        "review of results against plan, and a quarterly adjustment of targets and resources. "
        "List the <b>risks</b> (market, customer, execution, financial), rate likelihood and "
        "impact from 1 to 5 and give each a mitigation and an owner, e.g. <i>a competitor cuts "
        "prices for mid-size customers — likelihood 3, impact 4 — answer with faster rollout and "
        "an annual-payment discount.</i></p>"));

    // Each table is built before its heading, which needs the view as its buddy.
    QWidget *kpis = buildKpis();
    QWidget *review = buildReview();
    QWidget *risksTable = buildRisks();
    contentLayout()->addLayout(sectionBlock(tr("&KPIs"), kpis, m_kpis->view()), 1);
    contentLayout()->addSpacing(6);
    contentLayout()->addLayout(sectionBlock(tr("Review"), review, nullptr));
    contentLayout()->addSpacing(6);
    QVBoxLayout *risks = sectionBlock(tr("R&isks"), risksTable, m_risks->view());
    if (auto *headingRow = qobject_cast<QHBoxLayout *>(risks->itemAt(0)->layout())) {
        auto *legend = new QLabel(riskLegend(), this);
        legend->setObjectName(QStringLiteral("metrics.riskLegend"));
        legend->setTextFormat(Qt::RichText);
        headingRow->insertWidget(1, legend);
    }
    contentLayout()->addLayout(risks, 1);
    contentLayout()->addSpacing(6);
    QWidget *initiatives = buildInitiatives();
    QVBoxLayout *actionPlan = sectionBlock(tr("&Action plan"), initiatives, m_initiatives->view());
    if (auto *headingRow = qobject_cast<QHBoxLayout *>(actionPlan->itemAt(0)->layout()))
        headingRow->insertWidget(1, guideLink(QStringLiteral("metrics.initiatives.guide"),
                                              QStringLiteral("actionplan.html"),
                                              tr("How to plan initiatives"), this));
    contentLayout()->addLayout(actionPlan, 1);
    QWidget *milestones = buildMilestones();
    contentLayout()->addLayout(sectionBlock(tr("&Milestones"), milestones, m_milestones->view()),
                               1);
    auto *timeline = new TimelineView(document, this);
    contentLayout()->addLayout(sectionBlock(tr("Timeline"), timeline, nullptr));
}

QWidget *MetricsEditor::buildKpis()
{
    m_kpis = new TableEditor(MetricsTables::kpis(document(), this), QStringLiteral("metrics.kpis"),
                             tr("KPIs"), this);
    // A KPI's name and unit are a word or two: its definition takes the room.
    QHeaderView *header = m_kpis->view()->horizontalHeader();
    for (const QStringView key : {u"name", u"unit"})
        header->setSectionResizeMode(m_kpis->model()->columnOf(key), QHeaderView::ResizeToContents);
    fitTableToRows(m_kpis->view(), 3, 0, 8);
    return m_kpis;
}

QWidget *MetricsEditor::buildReview()
{
    auto *box = new QWidget(this);
    m_cadence = new QComboBox(box);
    m_cadence->setObjectName(QStringLiteral("metrics.reviewCadence"));
    for (const ChoiceItem &item : choicesOf<ReviewFrequency>())
        m_cadence->addItem(choiceName(choicesOf<ReviewFrequency>(), item.value), item.value);
    m_cadence->setToolTip(tr("How often the team meets to compare results with the plan"));
    showCadence();
    connect(m_cadence, &QComboBox::activated, this, [this](int at) {
        const auto cadence = ReviewFrequency(m_cadence->itemData(at).toInt());
        document()->edit(tr("Change review cadence"),
                         [cadence](Plan &plan) { plan.metrics.reviewCadence = cadence; });
    });
    connect(document(), &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Metrics))
            showCadence();
    });
    auto *form = new QFormLayout;
    form->setVerticalSpacing(6);
    addFormRow(form, tr("Review &cadence:"), m_cadence, m_cadence, tr("Review cadence"));
    const FieldOf<MetricsSection> &threshold =
        *fieldsOf<MetricsSection>().find(u"deviationThreshold");
    auto *deviation = new PercentField(
        document(),
        {QStringLiteral("metrics.deviationThreshold"), tr("Edit the deviation that needs a note"),
         [](const Plan &plan) { return plan.metrics.deviationThreshold; },
         [](Plan &plan, double value) {
             plan.metrics.deviationThreshold = value;
         }},
        rangeOf<MetricsSection>(u"deviationThreshold"), box);
    deviation->setToolTip(threshold.hintText());
    addFormRow(form, tr("Note &deviations above:"), deviation, deviation->lineEdit(),
               threshold.labelText());

    auto *notes = multiLineEdit(3,
                                tr("Who meets when, what is looked at, what happens when a "
                                   "KPI turns red"),
                                box);
    bindText(notes, document(),
             TextField{QStringLiteral("metrics.reviewNotes"), tr("Edit review notes"),
                       [](const Plan &plan) { return plan.metrics.reviewNotes; },
                       [](Plan &plan, const QString &text) {
                           plan.metrics.reviewNotes = text;
                       }});
    auto *notesForm = new QFormLayout;
    notesForm->setVerticalSpacing(6);
    notesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(notesForm, tr("Review n&otes:"), notes, notes, tr("Review notes"));

    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(form);
    layout->addLayout(notesForm, 1);
    return box;
}

void MetricsEditor::showCadence()
{
    const int at = m_cadence->findData(int(document()->plan().metrics.reviewCadence));
    if (at != m_cadence->currentIndex())
        m_cadence->setCurrentIndex(at);
}

QWidget *MetricsEditor::buildRisks()
{
    auto *model = MetricsTables::risks(document(), this);
    auto *proxy = new RiskSortProxy(model->columnOf(u"score"), this);
    m_risks = new TableEditor(model, proxy, QStringLiteral("metrics.risks"), tr("Risks"), this);
    m_risks->setNewRowColumn(model->columnOf(u"description"));
    // The owner is one of the members, or someone typed by name.
    QTableView *view = m_risks->view();
    PlanDocument *doc = document();
    view->setItemDelegateForColumn(
        model->columnOf(u"owner"),
        new ChoiceDelegate([doc] { return memberChoices(doc); }, /*editable=*/true, view));
    // An owner is a name: the risk and its mitigation take the room.
    view->horizontalHeader()->setSectionResizeMode(model->columnOf(u"owner"),
                                                   QHeaderView::ResizeToContents);
    fitTableToRows(view, 3, 0, 10);
    return m_risks;
}

QWidget *MetricsEditor::buildInitiatives()
{
    auto *model = MetricsTables::initiatives(document(), this);
    m_initiatives = new TableEditor(model, QStringLiteral("initiatives"), tr("Action plan"), this);
    m_initiatives->setNewRowColumn(model->columnOf(u"name"));
    QTableView *view = m_initiatives->view();
    PlanDocument *doc = document();
    // The owner is one of the members, or someone typed by name (marketing, a partner).
    view->setItemDelegateForColumn(
        model->columnOf(u"owner"),
        new ChoiceDelegate([doc] { return memberChoices(doc); }, /*editable=*/true, view));
    view->setItemDelegateForColumn(
        model->columnOf(u"kpi"),
        new ChoiceDelegate([doc] { return kpiChoices(doc); }, /*editable=*/true, view));
    fitTableToRows(view, 3, 0, 10);
    return m_initiatives;
}

QWidget *MetricsEditor::buildMilestones()
{
    auto *model = MetricsTables::milestones(document(), this);
    m_milestones = new TableEditor(model, QStringLiteral("milestones"), tr("Milestones"), this);
    m_milestones->setNewRowColumn(model->columnOf(u"name"));
    QTableView *view = m_milestones->view();
    PlanDocument *doc = document();
    view->setItemDelegateForColumn(
        model->columnOf(u"initiative"),
        new ChoiceDelegate([doc] { return initiativeChoices(doc); }, /*editable=*/false, view));
    fitTableToRows(view, 3, 0, 8);
    return m_milestones;
}

} // namespace salesplan::ui
