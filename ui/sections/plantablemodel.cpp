#include "plantablemodel.h"

#include "cells/fieldcells.h"
#include "document/plandocument.h"

namespace salesplan::ui {

const Plan &documentPlan(const PlanDocument *document)
{
    return document->plan();
}

QString PasteProblem::message() const
{
    // The reason names the value ("\"abc\" is not an amount") or not ("must be a whole number").
    const QString quoted = QStringLiteral("\"%1\"").arg(text);
    const QString what =
        reason.contains(text) ? reason : QStringLiteral("%1 %2").arg(quoted, reason);
    return PlanTableModel::tr("Row %1, %2: %3").arg(row).arg(column, what);
}

QString PlanTableModel::pasteProblem(int column, const QString &text) const
{
    const QString problem = cellInputProblem(columnSpec(column), text, cellContext(m_document));
    if (!problem.isEmpty())
        return problem;
    return tr("\"%1\" does not fit with the rest of the row").arg(text.trimmed());
}

PlanTableModel::PlanTableModel(PlanDocument *document, Section section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_section(section)
    , m_rowsPart(partOf(section))
{
    connect(document, &PlanDocument::changed, this, &PlanTableModel::refresh);
}

bool PlanTableModel::editPlan(const QString &text, const std::function<void(Plan &)> &change,
                              int mergeKey)
{
    return m_document->edit(text, change, mergeKey);
}

void PlanTableModel::resetRows(const std::function<void()> &change)
{
    beginResetModel();
    change();
    m_shownRows = rowCount();
    endResetModel();
}

void PlanTableModel::refresh(PlanChanges changes)
{
    // The plan's information holds the currency and the period the rows are written in.
    if (!changes.testAnyFlags(m_rowsPart | PlanPart::Info | m_alsoShows))
        return;
    // Same row count: update the cells in place, so the current cell and selection stay.
    const int rows = rowCount();
    if (rows == m_shownRows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_shownRows = rows;
    endResetModel();
}

} // namespace salesplan::ui
