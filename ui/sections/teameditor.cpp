#include "teameditor.h"

#include "cells/choicedelegate.h"
#include "cells/columnsetup.h"
#include "cells/formparts.h"
#include "cells/tableparts.h"
#include "charts/chartview.h"
#include "document/plandocument.h"
#include "fieldbinding.h"
#include "fieldwidgets.h"
#include "help/guidelink.h"
#include "refreshwhenshown.h"
#include "summary/plansummary.h"
#include "tableeditor.h"
#include "targetsform.h"
#include "teambudgetpanel.h"
#include "teameditortables.h"
#include "teamtargetspanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

TextField teamText(const QString &key, const QString &undoText, QString TeamSection::*member)
{
    return {key, undoText, [member](const Plan &plan) { return plan.team.*member; },
            [member](Plan &plan, const QString &text) {
                plan.team.*member = text;
            }};
}

// The roles' names for the role combos; a member may still have a role typed by hand.
QList<CellChoice> roleChoices(const PlanDocument *document)
{
    QList<CellChoice> choices;
    for (const Role &role : document->plan().team.roles) {
        if (!role.name.isEmpty())
            choices.append({role.name, role.name});
    }
    return choices;
}

QList<CellChoice> regionChoices(const PlanDocument *document)
{
    QList<CellChoice> choices;
    for (const WeightedItem &region : document->plan().targets.regions) {
        if (!region.name.isEmpty())
            choices.append({region.name, region.name});
    }
    return choices;
}

} // namespace

TeamEditor::TeamEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Team, parent)
{
    setGuidance(tr(
        "<p>Start from the work the target needs, then the people to do it. Give each "
        "<b>role</b> its responsibilities and the skills it needs, and list every "
        "<b>member</b> with a role, a region and a quota weight; the share of the target "
        "follows from the weights. Someone joining during the year produces little at first: "
        "give a start date and the months of ramp-up (new account managers often need about "
        "three).</p>"
        "<p>Plan <b>hiring</b> early enough that ramp-up ends before the busy months, and say how "
        "new and current people are trained: for example <i>two weeks of product and process "
        "training for newcomers, a monthly review of won and lost deals, one-to-one coaching by "
        "the regional manager each week.</i> Keep the incentive simple and tied to results, "
        "e.g. 5 % commission up to quota and 8 % on revenue above it, paid once the money is "
        "in.</p>"));

    // Each table is built before its heading, which needs the view as its buddy.
    QWidget *roles = buildRoles();
    QWidget *members = buildMembers();
    QWidget *hiring = buildHiring();
    auto *people = new QWidget(this);
    people->setObjectName(QStringLiteral("team.page.people"));
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->addLayout(sectionBlock(tr("&Roles"), roles, m_roles->view()), 1);
    peopleLayout->addSpacing(6);
    auto *membersBlock = sectionBlock(tr("&Members"), members, m_members->view());
    peopleLayout->addLayout(membersBlock, 3);
    peopleLayout->addSpacing(6);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(16);
    lower->addLayout(sectionBlock(tr("&Hiring plan"), hiring, m_hiring->view()), 1);
    auto *training = buildTraining();
    lower->addLayout(sectionBlock(tr("&Training plan"), training, training), 1);
    peopleLayout->addLayout(lower, 1);
    peopleLayout->addSpacing(6);
    peopleLayout->addLayout(sectionBlock(tr("Incentive scheme"), buildIncentives(), nullptr));

    m_targets = new TeamTargetsPanel(document, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("team.tabs"));
    m_tabs->setAccessibleName(tr("Parts of the team section"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(people, tr("Peop&le"));
    m_tabs->addTab(m_targets, tr("Tar&gets"));
    m_tabs->addTab(buildBudget(), tr("B&udget"));
    contentLayout()->addWidget(m_tabs, 1);

    // The headcount line sits to the right of the Members heading.
    auto *headingRow = qobject_cast<QHBoxLayout *>(membersBlock->itemAt(0)->layout());
    if (headingRow)
        headingRow->insertWidget(1, m_headcount);
    updateHeadcount();
    m_targetsRefresher = new RefreshWhenShown(m_targets, [this] { m_targets->refresh(); });
    m_budgetRefresher = new RefreshWhenShown(m_budget, [this] { m_budget->refresh(); });
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Team))
            updateHeadcount();
        if (changes & figureInputs) {
            m_targetsRefresher->request();
            m_budgetRefresher->request();
        }
    });
}

bool TeamEditor::focusField(const QString &fieldKey)
{
    // The budget's fields are on the Budget tab, the others on the People tab; the Targets tab
    // only shows figures.
    const bool budget = fieldKey.startsWith(QLatin1String("team.budget"));
    m_tabs->setCurrentIndex(budget ? m_tabs->count() - 1 : 0);
    return SectionEditor::focusField(fieldKey);
}

QWidget *TeamEditor::buildRoles()
{
    m_roles = new TableEditor(TeamTables::roles(document(), this), QStringLiteral("team.roles"),
                              tr("Roles"), this);
    const int name = m_roles->model()->columnOf(u"name");
    QHeaderView *header = m_roles->view()->horizontalHeader();
    header->setSectionResizeMode(name, QHeaderView::Interactive);
    header->resizeSection(name, 160);
    fitTableToRows(m_roles->view(), 2, 0, 6);
    return m_roles;
}

QWidget *TeamEditor::buildMembers()
{
    m_members = new TableEditor(TeamTables::members(document(), this),
                                QStringLiteral("team.members"), tr("Members"), this);
    pickRolesAndRegions(m_members);
    fitTableToRows(m_members->view(), 3, 0, 14);
    fitContentColumnsOnce(m_members->view(), m_members->model());

    m_headcount = new QLabel(this);
    m_headcount->setObjectName(QStringLiteral("team.headcount"));
    m_headcount->setAccessibleName(tr("Headcount"));
    m_headcount->setForegroundRole(QPalette::PlaceholderText);
    return m_members;
}

QWidget *TeamEditor::buildHiring()
{
    m_hiring = new TableEditor(TeamTables::hiring(document(), this), QStringLiteral("team.hiring"),
                               tr("Hiring plan"), this);
    pickRolesAndRegions(m_hiring);
    fitTableToRows(m_hiring->view(), 3, 0, 6);
    fitContentColumnsOnce(m_hiring->view(), m_hiring->model());
    return m_hiring;
}

void TeamEditor::pickRolesAndRegions(TableEditor *table)
{
    // A role is picked from the roles above or typed; a region from the plan's regions, typed
    // only while the plan has none.
    QTableView *view = table->view();
    PlanDocument *doc = document();
    view->setItemDelegateForColumn(
        table->model()->columnOf(u"role"),
        new ChoiceDelegate([doc] { return roleChoices(doc); }, /*editable=*/true, view));
    view->setItemDelegateForColumn(
        table->model()->columnOf(u"region"),
        new ChoiceDelegate([doc] { return regionChoices(doc); },
                           /*editable=*/doc->plan().targets.regions.isEmpty(), view));
}

QWidget *TeamEditor::buildBudget()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("team.page.budget"));
    m_budgetLines = new TableEditor(TeamTables::budgetLines(document(), this),
                                    QStringLiteral("team.budgetLines"), tr("Budget lines"), page);
    fitTableToRows(m_budgetLines->view(), 3, 0, 8);
    fitContentColumnsOnce(m_budgetLines->view(), m_budgetLines->model());

    auto *limit = new MoneyField(document(),
                                 {QStringLiteral("team.budgetLimit"), tr("Edit budget limit"),
                                  [](const Plan &plan) { return plan.team.budgetLimit; },
                                  [](Plan &plan, const Money &value) {
                                      plan.team.budgetLimit = value;
                                  }},
                                 page);
    limit->lineEdit()->setAccessibleName(tr("Budget limit"));
    limit->lineEdit()->setToolTip(
        tr("What the sales budget may spend in the plan year; empty = no limit"));
    limit->lineEdit()->setMaximumWidth(200);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addFormRow(form, tr("Budget limi&t:"), limit, limit->lineEdit(), tr("Budget limit"));

    m_budget = new TeamBudgetPanel(document(), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(noteLabel(tr("Headcount comes from each role's cost a month (Roles on the "
                                   "People tab) from each member's and hire's start month; "
                                   "commission at plan from the target; marketing from the "
                                   "leads × cost per lead, or the campaigns typed below; tools "
                                   "from the Tools section."),
                                page));
    layout->addWidget(guideLink(QStringLiteral("team.budget.guide"),
                                QStringLiteral("actionplan.html#budget"),
                                tr("How the sales budget is worked out"), page));
    layout->addLayout(sectionBlock(tr("Budget l&ines"), m_budgetLines, m_budgetLines->view()));
    layout->addLayout(form);
    layout->addWidget(m_budget);
    auto *chart = new ChartView(document(), {ChartKind::Budget, 0}, page);
    chart->setMinimumHeight(320);
    layout->addWidget(chart, 1);
    return page;
}

QWidget *TeamEditor::buildTraining()
{
    auto *training = multiLineEdit(5,
                                   tr("Onboarding for new people, regular coaching, "
                                      "workshops: what, how often, who runs it"),
                                   this);
    bindText(training, document(),
             teamText(QStringLiteral("team.trainingPlan"), tr("Edit training plan"),
                      &TeamSection::trainingPlan));
    training->setAccessibleName(tr("Training plan"));
    // As tall as the hiring table beside it, so the two blocks end on one line.
    training->setMinimumHeight(training->height());
    training->setMaximumHeight(QWIDGETSIZE_MAX);
    training->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    return training;
}

QWidget *TeamEditor::buildIncentives()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    auto *commission = new PercentField(
        document(),
        NumberBinding{QStringLiteral("team.commissionRate"), tr("Edit commission rate"),
                      [](const Plan &plan) { return plan.team.commissionRate; },
                      [](Plan &plan, double rate) {
                          plan.team.commissionRate = rate;
                      }},
        rangeOf<TeamSection>(u"commissionRate"), box);
    commission->lineEdit()->setToolTip(tr("Paid on revenue up to 100 % of a member's quota"));
    commission->lineEdit()->setMaximumWidth(110);
    addFormRow(form, tr("&Commission rate:"), commission, commission->lineEdit(),
               tr("Commission rate"));

    auto *accelerator = new PercentField(
        document(),
        NumberBinding{QStringLiteral("team.acceleratorRate"), tr("Edit accelerator rate"),
                      [](const Plan &plan) { return plan.team.acceleratorRate; },
                      [](Plan &plan, double rate) {
                          plan.team.acceleratorRate = rate;
                      }},
        rangeOf<TeamSection>(u"acceleratorRate"), box);
    accelerator->lineEdit()->setToolTip(
        tr("Paid instead of the commission rate on revenue above 100 % of quota"));
    accelerator->lineEdit()->setMaximumWidth(110);
    addFormRow(form, tr("&Accelerator above 100 %:"), accelerator, accelerator->lineEdit(),
               tr("Accelerator rate above 100 % of quota"));

    auto *notes = multiLineEdit(3,
                                tr("Bonuses, contests, when commission is paid (e.g. once "
                                   "the customer has paid)"),
                                box);
    bindText(notes, document(),
             teamText(QStringLiteral("team.incentiveNotes"), tr("Edit incentive notes"),
                      &TeamSection::incentiveNotes));
    auto *notesForm = new QFormLayout;
    notesForm->setVerticalSpacing(6);
    notesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(notesForm, tr("N&otes:"), notes, notes, tr("Incentive notes"));

    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    auto *rates = new QVBoxLayout;
    rates->addLayout(form);
    rates->addStretch(1); // the rates stay together at the top, beside the notes
    layout->addLayout(rates);
    layout->addLayout(notesForm, 1);
    return box;
}

QString TeamEditor::headcountText() const
{
    const Plan &plan = document()->plan();
    const int people = int(plan.team.members.size());
    const int regions = int(memberRegions(plan).size());
    // Spelled out rather than "%n person(s)": English is the source language and has no .ts.
    const QString peopleText = people == 1 ? tr("1 person") : tr("%1 people").arg(people);
    const QString regionText = regions == 1 ? tr("1 region") : tr("%1 regions").arg(regions);
    return tr("%1, %2").arg(peopleText, regionText);
}

void TeamEditor::updateHeadcount()
{
    m_headcount->setText(headcountText());
}

} // namespace salesplan::ui
