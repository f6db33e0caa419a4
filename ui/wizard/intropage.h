#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesplan::ui {

class PlanWizard;

// The first page: what the plan starts from (a blank plan or an industry template, with the line
// saying what the template assumes), company, plan name, year, currency, the plan's language and
// where to save; it creates the file. The file is named after the plan until the user edits its
// path; the default folder (Documents) is made when missing; a problem shown is checked again at
// every edit and goes once it is fixed.
class IntroPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IntroPage(PlanWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget *makePathRow();
    // The "Start from" list: a blank plan, then the templates named in the plan's language.
    void fillTemplates();
    // The chosen template's description, currency and plan name; a blank plan's defaults.
    void followTemplate();
    void layOut(QWidget *pathRow);
    void browse();
    // The untouched default name follows the plan's language ("Sales plan 2027", "2027年销售计划").
    void nameInPlanLanguage();
    // While the user has not edited the path, the file takes the plan's name.
    void pathFromName();
    // The path typed, with ".salesplan" added when missing.
    QString planPath() const;
    // What stops the plan being made at `path`, in words; empty when nothing does. Makes nothing.
    QString problemWith(const QString &path) const;
    void recheckProblem();
    // Once the file is made from them, the choices of this page no longer change the plan: they
    // are shown disabled, and say where to change them, when the user comes Back.
    void freezeChoices();

    PlanWizard *m_wizard;
    QComboBox *m_template;
    QLabel *m_templateDescription;
    QLineEdit *m_company;
    QLineEdit *m_name;
    QString m_defaultName; // the name the page proposed, while the user has not changed it
    QSpinBox *m_year;
    QComboBox *m_currency;
    QComboBox *m_language;
    QLineEdit *m_path;
    bool m_pathEdited = false; // by the user: the path no longer follows the plan's name
    QLabel *m_problem;
};

} // namespace salesplan::ui
