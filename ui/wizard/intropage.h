#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesplan::ui {

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

} // namespace salesplan::ui
