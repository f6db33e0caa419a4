#pragma once

#include "plan/plan.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesplan::ui {

class FindingLines;
class OverviewPage;
class PlanWizard;

// The first page: company, plan name, year, currency, the plan's language and where to save; it
// creates the file.
class IntroPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IntroPage(PlanWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    // The untouched default name follows the plan's language ("Sales plan 2027", "2027年销售计划").
    void nameInPlanLanguage();

    PlanWizard *m_wizard;
    QLineEdit *m_company;
    QLineEdit *m_name;
    QString m_defaultName; // the name the page proposed, while the user has not changed it
    QSpinBox *m_year;
    QComboBox *m_currency;
    QComboBox *m_language;
    QLineEdit *m_path;
    QLabel *m_problem;
};

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
