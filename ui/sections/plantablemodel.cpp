#include "plantablemodel.h"

#include "document/plandocument.h"

namespace salesplan::ui {

const Plan &documentPlan(const PlanDocument *document)
{
    return document->plan();
}

PlanTableModel::PlanTableModel(PlanDocument *document, Section section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_section(section)
{
    connect(document, &PlanDocument::changed, this, &PlanTableModel::refresh);
}

bool PlanTableModel::editPlan(const QString &text, const std::function<void(Plan &)> &change,
                              int mergeKey)
{
    return m_document->edit(text, change, mergeKey);
}

void PlanTableModel::refresh(PlanChanges changes)
{
    // The plan's information holds the currency and the period the rows are written in.
    if (!changes.testAnyFlags(partOf(m_section) | PlanPart::Info | m_alsoShows))
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
