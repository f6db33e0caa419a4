#include "review/initiativereviewpanel.h"

#include "check/initiativechecks.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "sections/cells/fieldcolumns.h"
#include "sections/tableeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace salesplan::ui {

namespace {

// What needs a word about an initiative as of `asOf`: overdue, over budget, or nothing.
QString remark(const Initiative &initiative, const QDate &asOf)
{
    QStringList words;
    if (isOverdue(initiative, asOf))
        words.append(InitiativeReviewPanel::tr("⚠ Overdue since %1")
                         .arg(QLocale().toString(initiative.due, QLocale::ShortFormat)));
    if (isOverspent(initiative))
        words.append(InitiativeReviewPanel::tr("⚠ Over budget by %1")
                         .arg(formatPlanAmount(initiative.spent.minor - initiative.budget.minor,
                                               initiative.budget.currency)));
    return words.join(QStringLiteral("; "));
}

RowTableModel<Initiative> *reviewModel(PlanDocument *document, std::shared_ptr<QDate> asOf,
                                       QObject *parent)
{
    QList<RowColumn<Initiative>> columns = fieldColumns<Initiative>(
        document, {u"name", u"owner", u"due", u"status", u"budget", u"spent"});
    columns.append(computedColumn<Initiative>(
        QStringLiteral("share"), FieldKind::Text, InitiativeReviewPanel::tr("Spent of budget"),
        [](const Initiative &initiative) -> QVariant {
            if (initiative.budget.minor <= 0)
                return QString();
            return formatPercent(double(initiative.spent.minor) / double(initiative.budget.minor),
                                 0);
        }));
    columns.append(computedColumn<Initiative>(
        QStringLiteral("remark"), FieldKind::Text, InitiativeReviewPanel::tr("Needs attention"),
        [asOf](const Initiative &initiative) -> QVariant { return remark(initiative, *asOf); },
        InitiativeReviewPanel::tr("Overdue initiatives and spend above budget")));
    return new RowTableModel<Initiative>(
        document, Section::Metrics,
        [](const Plan &p) -> const QList<Initiative> & { return p.initiatives; },
        [](Plan &p) -> QList<Initiative> & { return p.initiatives; }, std::move(columns),
        [](RowIdSource &ids) {
            Initiative initiative;
            initiative.id = ids.take();
            return initiative;
        },
        parent);
}

} // namespace

InitiativeReviewPanel::InitiativeReviewPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("review.initiatives"));
    auto asOf = std::make_shared<QDate>();
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("review.initiatives.headline"));
    m_headline->setWordWrap(true);
    m_table = new TableEditor(reviewModel(document, asOf, this),
                              QStringLiteral("review.initiatives.table"), tr("Action plan"), this);
    m_table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->view()->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testAnyFlags(PlanPart::Metrics | PlanPart::Info))
            refresh();
    });
    // The remark column reads the reviewed date through the pointer this panel shares.
    m_asOf = asOf;
    setMonth(0);
}

void InitiativeReviewPanel::setMonth(int monthIndex)
{
    // Overdue means due before the reviewed month is over: due on its last day is in time.
    *m_asOf = m_document->plan().info.period.monthEnd(monthIndex).addDays(1);
    refresh();
}

QString InitiativeReviewPanel::headline() const
{
    return m_headline->text();
}

void InitiativeReviewPanel::refresh()
{
    const Plan &plan = m_document->plan();
    int overdue = 0;
    int overspent = 0;
    qint64 budget = 0;
    qint64 spent = 0;
    for (const Initiative &initiative : plan.initiatives) {
        overdue += isOverdue(initiative, *m_asOf) ? 1 : 0;
        overspent += isOverspent(initiative) ? 1 : 0;
        budget += initiative.budget.minor;
        spent += initiative.spent.minor;
    }
    if (plan.initiatives.isEmpty()) {
        m_headline->setText(tr("The plan has no initiatives: add them in Metrics & review ▸ "
                               "Action plan."));
    } else {
        m_headline->setText(tr("%n initiative(s) · %1 overdue · %2 over budget · spent %3 of %4",
                               nullptr, int(plan.initiatives.size()))
                                .arg(overdue)
                                .arg(overspent)
                                .arg(formatPlanAmount(spent, plan.info.currency),
                                     formatPlanAmount(budget, plan.info.currency)));
    }
    m_table->view()->viewport()->update();
}

} // namespace salesplan::ui
