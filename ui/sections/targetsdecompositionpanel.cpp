#include "targetsdecompositionpanel.h"

#include "cells/tableclipboard.h"
#include "document/plandocument.h"
#include "help/figurehelp.h"
#include "summary/plansummary.h"
#include "targetsdecompositionmodel.h"
#include "targetsform.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

TargetsDecompositionPanel::TargetsDecompositionPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TargetsDecompositionModel(this))
{
    setObjectName(QStringLiteral("targets.page.decomposition"));

    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("targets.decompositionSplit"));
    m_split->setAccessibleName(tr("Split the columns by"));
    m_split->addItem(tr("Regions"), int(TargetSplit::Regions));
    m_split->addItem(tr("Product lines"), int(TargetSplit::Products));
    m_split->addItem(tr("Team members"), int(TargetSplit::Members));
    auto *splitLabel = new QLabel(tr("Columns by:"), this);
    splitLabel->setBuddy(m_split);
    connect(m_split, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setSplit(TargetSplit(m_split->itemData(index).toInt()));
        fitColumns();
    });

    m_problem = problemLabel(QStringLiteral("targets.decompositionProblem"), this);
    m_problem->setAccessibleName(tr("Why the target cannot be decomposed"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("targets.decomposition"));
    m_view->setAccessibleName(tr("Target by quarter and month"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between its cells
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    new TableClipboard(m_view); // copied to a spreadsheet as numbers; never pasted into
    explainFiguresIn(m_view);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setMinimumHeight(260);
    m_view->viewport()->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(splitLabel);
    top->addWidget(m_split);
    top->addSpacing(16);
    top->addWidget(noteLabel(tr("Every quarter is the sum of its months and every column adds "
                                "up to the year exactly; rounding goes to the largest "
                                "remainders."),
                             this),
                   1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // keeps the problem at the top while the table is hidden
}

void TargetsDecompositionPanel::showSummary(const PlanSummary &summary)
{
    m_model->setSummary(m_document->plan(), summary);
    showProblem(m_problem, summary.decomposition
                               ? QString()
                               : tr("The target cannot be decomposed yet: %1")
                                     .arg(summary.decomposition.error().message()));
    m_view->setVisible(bool(summary.decomposition));
    fitColumns();
}

bool TargetsDecompositionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TargetsDecompositionPanel::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = header->count();
    if (columns == 0)
        return;
    const int spare = m_view->viewport()->width() - header->length();
    if (spare <= 0)
        return;
    for (int column = 0; column < columns; ++column)
        header->resizeSection(column, header->sectionSize(column) + spare / columns);
}

} // namespace salesplan::ui
