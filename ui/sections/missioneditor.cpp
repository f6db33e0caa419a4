#include "missioneditor.h"

#include "cells/fieldcolumns.h"
#include "cells/formparts.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "fieldbinding.h"
#include "fieldwidgets.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "tableeditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

RowTableModel<Competitor> *competitorModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Competitor>(
        document, Section::Mission,
        [](const Plan &plan) -> const QList<Competitor> & { return plan.mission.competitors; },
        [](Plan &plan) -> QList<Competitor> & { return plan.mission.competitors; },
        fieldColumns<Competitor>(document),
        [](RowIdSource &ids) {
            Competitor row;
            row.id = ids.take();
            return row;
        },
        parent);
}

TextField missionText(const QString &key, const QString &undoText, QString MissionSection::*member)
{
    return {key, undoText, [member](const Plan &plan) { return plan.mission.*member; },
            [member](Plan &plan, const QString &text) {
                plan.mission.*member = text;
            }};
}

TextField infoText(const QString &key, const QString &undoText, QString PlanInfo::*member)
{
    return {key, undoText, [member](const Plan &plan) { return plan.info.*member; },
            [member](Plan &plan, const QString &text) {
                plan.info.*member = text;
            }};
}

} // namespace

MissionEditor::MissionEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Mission, parent)
{
    setGuidance(
        tr("<p>Say in a sentence or two why the company exists and for whom, where it stands in "
           "its market today, and what a customer gets from you that others do not give. Be "
           "concrete enough that a new rep could repeat it, for example: <i>“Give growing "
           "companies a CRM they can afford and actually use. Number two for mid-size firms in "
           "East China, about 6 % share. Live in two weeks, priced per seat, with on-site "
           "training.”</i></p>"
           "<p>Name the direct competitors (a similar product) and the indirect ones (another way "
           "to solve the same problem, such as spreadsheets and chat groups), each with a "
           "strength to respect and a weakness to sell against. Market size and growth show how "
           "much room the target has.</p>"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *name = new QLineEdit(this);
    name->setPlaceholderText(tr("e.g. Sales plan 2027"));
    bindText(name, document,
             infoText(QStringLiteral("info.name"), tr("Edit plan name"), &PlanInfo::name));
    addFormRow(form, tr("Pl&an name:"), name, name, tr("Plan name"));

    auto *company = new QLineEdit(this);
    company->setPlaceholderText(tr("The company or business unit the plan is for"));
    bindText(company, document,
             infoText(QStringLiteral("info.company"), tr("Edit company"), &PlanInfo::company));
    addFormRow(form, tr("C&ompany:"), company, company, tr("Company"));

    auto *mission =
        multiLineEdit(2, tr("Why the company exists and what it brings to customers"), this);
    bindText(mission, document,
             missionText(QStringLiteral("mission.mission"), tr("Edit mission"),
                         &MissionSection::mission));
    addFormRow(form, tr("&Mission:"), mission, mission, tr("Mission"));

    auto *position = multiLineEdit(
        2, tr("Where you stand: market tier, share, region, what you are known for"), this);
    bindText(position, document,
             missionText(QStringLiteral("mission.marketPosition"), tr("Edit market position"),
                         &MissionSection::marketPosition));
    addFormRow(form, tr("Market &position:"), position, position, tr("Market position"));

    auto *value =
        multiLineEdit(2, tr("The features, benefits and solutions a customer pays you for"), this);
    bindText(value, document,
             missionText(QStringLiteral("mission.valueProposition"), tr("Edit value proposition"),
                         &MissionSection::valueProposition));
    addFormRow(form, tr("&Value proposition:"), value, value, tr("Value proposition"));

    auto *size =
        new MoneyField(document,
                       MoneyBinding{QStringLiteral("mission.marketSize"), tr("Edit market size"),
                                    [](const Plan &plan) { return plan.mission.marketSize; },
                                    [](Plan &plan, const Money &money) {
                                        plan.mission.marketSize = money;
                                    }},
                       this);
    size->lineEdit()->setToolTip(tr("What all customers in your market spend a year, e.g. 50亿"));
    size->lineEdit()->setMaximumWidth(240);
    addFormRow(form, tr("Market si&ze (a year):"), size, size->lineEdit(), tr("Market size"));

    auto *growth = new PercentField(
        document,
        NumberBinding{QStringLiteral("mission.marketGrowth"), tr("Edit market growth"),
                      [](const Plan &plan) { return plan.mission.marketGrowth; },
                      [](Plan &plan, double rate) {
                          plan.mission.marketGrowth = rate;
                      }},
        rangeOf<MissionSection>(u"marketGrowth"), this);
    growth->lineEdit()->setToolTip(tr("Yearly growth of the market; negative when it shrinks"));
    growth->lineEdit()->setMaximumWidth(120);
    addFormRow(form, tr("Market &growth (a year):"), growth, growth->lineEdit(),
               tr("Market growth per year in percent"));

    auto *trends = multiLineEdit(
        2, tr("What is changing: budgets, technology, regulation, how customers buy"), this);
    bindText(trends, document,
             missionText(QStringLiteral("mission.marketTrends"), tr("Edit market trends"),
                         &MissionSection::marketTrends));
    addFormRow(form, tr("Market &trends:"), trends, trends, tr("Market trends"));

    contentLayout()->addLayout(form);

    auto *competitors =
        new TableEditor(competitorModel(document, this), QStringLiteral("mission.competitors"),
                        tr("Competitors"), this);
    fitTableToRows(competitors->view(), 3, 1, 8);
    auto *heading = new QLabel(tr("&Competitors (direct and indirect):"), this);
    heading->setBuddy(competitors->view());
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(heading);
    contentLayout()->addWidget(competitors, 1);
}

} // namespace salesplan::ui
