#include "plandocument.h"

#include "planeditcommand.h"
#include "store/planfile.h"

#include <QUndoStack>

namespace salesplan::ui {

PlanDocument::PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{}

PlanDocument::~PlanDocument()
{
    // The commands refer to this document; let them go while it is whole.
    m_undoStack->clear();
}

const Plan &PlanDocument::plan() const
{
    return m_file->plan();
}

QString PlanDocument::filePath() const
{
    return m_file->path();
}

bool PlanDocument::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString PlanDocument::readOnlyReason() const
{
    return m_file->readOnlyReason();
}

bool PlanDocument::edit(Section section, const QString &text, const Change &change, int mergeKey)
{
    Plan after = plan();
    change(after);
    if (after == plan())
        return true;
    const Plan wanted = after; // shares its data with `after`: a cheap copy
    // push() runs redo(); a failed write marks the command obsolete and the stack drops it.
    m_undoStack->push(new PlanEditCommand(this, section, text, plan(), std::move(after), mergeKey));
    return plan() == wanted;
}

Status PlanDocument::saveCopyAs(const QString &path)
{
    return m_file->saveCopyAs(path);
}

Status PlanDocument::commitPlan(const Plan &plan, Section section)
{
    const Status written = m_file->commit(plan);
    if (!written) {
        emit writeFailed(written.error().message());
        return written;
    }
    emit sectionChanged(section);
    return written;
}

} // namespace salesplan::ui
