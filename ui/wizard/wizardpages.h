#pragma once

#include "plan/plan.h"

#include <QWizardPage>

class QLabel;

namespace salesplan::ui {

class FindingLines;
class OverviewPage;
class PlanWizard;

// One section of the plan: the section's editor, and below it the section's errors and warnings.
// Next is enabled when the section has no errors.
class SectionPage : public QWizardPage
{
    Q_OBJECT
public:
    SectionPage(PlanWizard *wizard, Section section);
    void initializePage() override;
    bool isComplete() const override;
    // Deletes the editor before the wizard lets go of the document it edits.
    void releaseEditor();

private:
    void showFindings();

    PlanWizard *m_wizard;
    Section m_section;
    QWidget *m_editor = nullptr;
    FindingLines *m_findings;
};

// The last page: the plan's key figures and every finding.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(PlanWizard *wizard);
    void initializePage() override;

private:
    PlanWizard *m_wizard;
    OverviewPage *m_overview;
};

} // namespace salesplan::ui
