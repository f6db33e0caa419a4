#pragma once

#include "plan/planchanges.h"

#include <QGroupBox>

class QVBoxLayout;

namespace salesplan::ui {

class PlanDocument;

// The adjusted versions of the targets ("Adjust the remaining months") beside the approved
// target: one line each — its first month, note and what it adds to the remaining months, the
// one in force marked — with Delete (undoable), and a line saying the approved target stays.
// Hidden while the plan has none.
class TargetRevisionsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit TargetRevisionsGroup(PlanDocument *document, QWidget *parent = nullptr);

private:
    void refresh();
    void onChanged(salesplan::PlanChanges changes);
    void remove(RowId id);

    PlanDocument *m_document;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace salesplan::ui
