#include "review/revisionlist.h"

#include "calc/revision.h"
#include "document/plandocument.h"
#include "plan/format.h"
#include "summary/planreview.h"
#include "summary/plansummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesplan::ui {

TargetRevisionsGroup::TargetRevisionsGroup(PlanDocument *document, QWidget *parent)
    : QGroupBox(tr("Adjusted targets"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targets.group.revisions"));
    auto *layout = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    connect(document, &PlanDocument::changed, this, &TargetRevisionsGroup::onChanged);
    refresh();
}

void TargetRevisionsGroup::onChanged(PlanChanges changes)
{
    if (changes & figureInputs)
        refresh();
}

void TargetRevisionsGroup::refresh()
{
    // Later: the Delete button whose click started this refresh is among them.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const Plan &plan = m_document->plan();
    setVisible(!plan.targets.revisions.isEmpty());
    if (plan.targets.revisions.isEmpty())
        return;
    const PlanSummary &summary = m_document->summary();
    const MonthValues approved =
        summary.decomposition ? summary.decomposition->months : MonthValues{};
    const Period &period = plan.info.period;
    const TargetRevision *inForce = revisionInForce(plan.targets.revisions, approved, period);
    for (const TargetRevision &revision : plan.targets.revisions) {
        QString text =
            revisionText(revision, revisionChange(revision, approved, period), plan.info.currency);
        if (!revision.note.trimmed().isEmpty())
            text = tr("%1 — %2").arg(text, revision.note.trimmed());
        if (&revision == inForce)
            text = tr("%1 (in force)").arg(text);
        else if (&revision == &plan.targets.revisions.last())
            text = tr("%1 (not in force: the annual target has changed since)").arg(text);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, row);
        label->setWordWrap(true);
        auto *deleteButton = new QPushButton(tr("Delete"), row);
        deleteButton->setObjectName(QStringLiteral("targets.revision.delete"));
        deleteButton->setAccessibleName(
            tr("Delete the adjusted targets from %1")
                .arg(formatMonthOfYear(revision.from, MonthForm::Long)));
        const RowId id = revision.id;
        connect(deleteButton, &QPushButton::clicked, this, [this, id] { remove(id); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(deleteButton, 0, Qt::AlignTop);
        m_rows->addWidget(row);
    }
    const qint64 annual = summary.decomposition ? summary.decomposition->annual : 0;
    auto *stays = new QLabel(tr("The approved target of %1 stays; the review measures the months "
                                "against the adjustment in force.")
                                 .arg(formatPlanAmount(annual, plan.info.currency)),
                             this);
    stays->setWordWrap(true);
    m_rows->addWidget(stays);
}

void TargetRevisionsGroup::remove(RowId id)
{
    m_document->edit(tr("Delete adjusted targets"), [id](Plan &plan) {
        plan.targets.revisions.removeIf(
            [id](const TargetRevision &revision) { return revision.id == id; });
    });
}

} // namespace salesplan::ui
