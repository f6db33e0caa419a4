#include "toolseditor.h"

#include "cells/fieldcolumns.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "plantablemodel.h"
#include "tableeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

RowTableModel<Tool> *toolModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Tool>(
        document, Section::Tools,
        [](const Plan &plan) -> const QList<Tool> & { return plan.tools; },
        [](Plan &plan) -> QList<Tool> & { return plan.tools; }, fieldColumns<Tool>(document),
        [document](RowIdSource &ids) {
            Tool row;
            row.id = ids.take();
            row.annualCost = Money{0, document->plan().info.currency};
            return row;
        },
        parent);
}

} // namespace

QString ToolsEditor::totalText(const Plan &plan)
{
    Money total{0, plan.info.currency};
    for (const Tool &tool : plan.tools) {
        const Result<Money> sum = total.plus(tool.annualCost);
        if (!sum)
            return tr("The tools' costs are in different currencies, so they are not added up.");
        total = *sum;
    }
    const int count = int(plan.tools.size());
    if (count == 0)
        return tr("No tools yet: add the CRM first, then the tools for calls, chat and contracts.");
    if (count == 1)
        return tr("Annual cost of the one tool: %1").arg(formatMoney(total));
    return tr("Total annual cost of the %1 tools: %2").arg(count).arg(formatMoney(total));
}

ToolsEditor::ToolsEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Tools, parent)
    , m_total(new QLabel(this))
{
    setGuidance(
        tr("<p>List each tool the sales team depends on, the CRM first, then the tools for "
           "calling, chat, e-signature and reporting. For each, say what it is used for, who "
           "looks after it, what it costs a year and which customer or sales data lives in it, so "
           "the budget is complete and everyone knows where the data is kept. For example: "
           "<i>CRM: leads, opportunities, contracts and payments; owner: sales operations; "
           "¥60,000 a year; holds customers, contacts and the activity history.</i></p>"
           "<p>A plan is only carried out if the tools make the work easy: one place for customer "
           "data also lets managers see the pipeline and the team's performance.</p>"));

    auto *tools =
        new TableEditor(toolModel(document, this), QStringLiteral("tools"), tr("Tools"), this);
    tools->view()->horizontalHeader()->setSectionResizeMode(tools->model()->columnOf(u"owner"),
                                                            QHeaderView::ResizeToContents);
    fitTableToRows(tools->view(), 4, 1, 14);

    auto *heading = new QLabel(tr("&Tools the team uses:"), this);
    heading->setBuddy(tools->view());
    m_total->setObjectName(QStringLiteral("tools.total"));
    m_total->setAccessibleName(tr("Total annual cost of the tools"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);

    contentLayout()->addWidget(heading);
    contentLayout()->addWidget(tools, 1);
    contentLayout()->addWidget(m_total);

    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testAnyFlags(PlanPart::Tools | PlanPart::Info))
            updateTotal();
    });
    updateTotal();
}

void ToolsEditor::updateTotal()
{
    m_total->setText(totalText(document()->plan()));
}

} // namespace salesplan::ui
