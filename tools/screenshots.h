#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace salesplan::ui {
class ChartView;
class MainWindow;
class PlanDocument;
} // namespace salesplan::ui

namespace salesplan::tools {

// Renders `window` as `salesplan --screenshots DIR` does: every page of its navigator (each tab
// and screenful), each chart, the first slide, the wizard, Preferences, Export PDF, the print
// preview, the history import preview (and one of the plan year's actuals) and the Edit menu, at
// 1280×800, into `folder`. Returns the files written.
QStringList saveScreenshots(ui::MainWindow &window, const QString &folder);

// Writes `salesplan --screenshots DIR`: windows, pages, tabs, charts and dialogs as PNG files in
// one folder, under names that stay the same from run to run and from language to language
// ("03-targets-2-seasonality.png", "12-wizard-3-team.png"), so two runs compare file by file.
// Nothing it does changes the user's plan: the wizard runs over a temporary copy.
class ScreenshotWriter
{
public:
    explicit ScreenshotWriter(QString folder);

    // The files written so far, in the order they were written.
    const QStringList &written() const { return m_written; }

    // `widget` as it is drawn now, to NAME.png.
    void save(QWidget *widget, const QString &name);
    // The Targets editor of `window` with "1e30" typed into the annual target: the reason beside
    // the field while it is typed (NAME-1-typed.png), and the plan's value back with the reason
    // kept once the focus has left (NAME-2-left.png). The plan is not changed.
    void saveInvalidAmount(ui::MainWindow &window, const QString &name);
    // The Targets editor's month table split by team members (NAME.png): the quota holders'
    // months, the months before someone starts greyed. The split shown is put back.
    void saveMemberMonths(ui::MainWindow &window, const QString &name);
    // The Review page's Actuals tab by team member (NAME.png); the choice shown is put back.
    void saveActualsByMember(ui::MainWindow &window, const QString &name);
    // The Review page's "Adjust the Remaining Months" dialog for the month reviewed, when the
    // months can be adjusted.
    void saveAdjustDialog(ui::MainWindow &window, const QString &name);
    // `window` showing `page`: once per tab of each of the page's tab widgets (NAME-N-tab.png),
    // and once more per screenful where the page scrolls (NAME-scroll2.png…).
    void savePage(QWidget *window, QWidget *page, const QString &name);
    // Each chart alone, as the Charts page shows it (NAME-NN-kind.png).
    void saveCharts(const QList<ui::ChartView *> &views, const QString &name);
    // The first slide of the presentation, at 1280×800; `summary` is the window's (with a team
    // plan's consolidation).
    void savePresentation(const Plan &plan, const PlanSummary &summary, const QString &name);
    // Every page of File ▸ New's wizard: the first over a new plan, the others over a temporary
    // copy of `document` (NAME-N-page.png).
    void saveWizard(ui::PlanDocument *document, const QString &name);
    // Edit ▸ Preferences.
    void savePreferences(QWidget *parent, const QString &name);
    // File ▸ Import History…'s preview of a small CSV file, written to a temporary folder, that
    // has one refused row; in Chinese headers and names when the UI is in Chinese. Nothing is
    // imported.
    void saveImportPreview(ui::PlanDocument *document, QWidget *parent, const QString &name);
    // The same over a file of a month of last year and three of the plan year, which reads in
    // full: the note says which rows are actuals and which history. Nothing is imported.
    void saveImportActuals(ui::PlanDocument *document, QWidget *parent, const QString &name);
    // The Edit menu as it drops down: Undo, Redo, Copy, Paste, Preferences.
    void saveEditMenu(ui::MainWindow &window, const QString &name);
    // File ▸ Versions… (NAME-1-list.png) and the comparison window (NAME-2-comparison.png, and
    // NAME-3-texts.png scrolled to its end) over a temporary copy of `document` that has two
    // versions: the plan as it is, and one with the target 10 % up, two reps added, a quota
    // changed and a sentence added to the mission.
    void saveVersions(ui::PlanDocument *document, QWidget *parent, const QString &name);
    // Help ▸ User Guide: its contents (NAME-1-index), the numbers page (NAME-2-numbers) and, as
    // F1 opens it on the Targets page, the targets page (NAME-3-targets).
    void saveGuide(ui::MainWindow &window, const QString &name);
    // "How is this computed?" of the overview's deals to win and of the Targets page's reps to
    // employ: the What's This popups (NAME-1-deals.png, NAME-2-headcount.png).
    void saveFigureHelp(ui::MainWindow &window, const QString &name);
    // File ▸ Status ▸ Approve… and Reopen as Draft…: NAME-approve, NAME-reopen.
    void saveStatusDialogs(ui::PlanDocument *document, QWidget *parent, const QString &name);
    // File ▸ Export PDF… and File ▸ Print…'s preview.
    void saveReportDialogs(const Plan &plan, QWidget *parent, const QString &exportName,
                           const QString &previewName);

    // A page's or a wizard page's short name: "teamEditor" → "team", "summaryPage" → "summary".
    static QString shortName(const QWidget *page);

private:
    void saveScrolled(QWidget *window, QWidget *page, const QString &name);

    QString m_folder;
    QStringList m_written;
};

} // namespace salesplan::tools
