#pragma once

#include "plan/plan.h"

#include <QLabel>

namespace salesplan::ui {

class PlanDocument;

// The note at the top of a section editor while the plan is approved: who approved it and when,
// and what is locked ("Approved by 王总 on 2027-01-15 — targets locked"). Hidden otherwise; it
// follows the document's status changes.
class LockBanner : public QLabel
{
    Q_OBJECT
public:
    LockBanner(PlanDocument *document, Section section, QWidget *parent = nullptr);

    // The banner's words for `section` of a plan of `info`; empty when it is not approved.
    static QString wordsFor(const PlanInfo &info, Section section);

private:
    void refresh();

    PlanDocument *m_document;
    Section m_section;
};

} // namespace salesplan::ui
