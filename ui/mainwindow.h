#pragma once

#include "check/findings.h"
#include "exchange/planjson.h"
#include "plan/plan.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;
class QUndoGroup;

namespace salesplan {
struct PlanVersion;
}

namespace salesplan::ui {

class ChartsPage;
class ComparisonWindow;
class OverviewPage;
class GuideWindow;
class PlanDocument;
class PresentationWindow;
class PresenterView;
class ReviewPage;
class WhatIfPage;
class SectionEditor;
class StartPage;
class TeamServerActions;
class VersionsDialog;

// The application's main window: a navigator (Overview, the seven sections, Charts, Review,
// What-if) beside the page it selects, over the open plan. It owns the PlanDocument; the pages read
// the plan from it and refresh when it says a section changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a .salesplan file (or imports a .json plan into a new file beside it). A damaged
    // file is offered read-only; a read-only file opens read-only and says why. Returns false,
    // after telling the user, when nothing was opened.
    // Opens a plan for editing, or read-only with `readOnly` (File ▸ Open Read-Only…).
    bool openFile(const QString &path, bool readOnly = false);
    // Makes `target` a .salesplan file of `plan` (an imported JSON plan) and opens it. An older
    // file of that name is replaced only once the new one is complete; a plan open for editing,
    // this window's included, is not replaced: the user is told why. False when nothing opened.
    bool importPlanAs(const Plan &plan, const QString &target);
    // Shows `plan`, saved as `version` of the plan file called `fileName`, read-only: a copy in a
    // temporary folder that lives as long as the window shows it. False, after telling the user,
    // when the copy could not be made.
    bool showVersion(const Plan &plan, const PlanVersion &version, const QString &fileName);
    // File ▸ Versions…: the dialog of the open plan's versions, shown (and made when needed).
    VersionsDialog *showVersions();
    // File ▸ Compare with File…: the plan in `path` (a .salesplan file, read-only, or a JSON
    // plan) as Before, the open plan as After, in a comparison window; null, after telling the
    // user, when the file cannot be read.
    ComparisonWindow *compareWithFile(const QString &path);
    // The same with the versions saved with the plan, kept in the new file.
    bool importPlanAs(const PlanWithVersions &plan, const QString &target);
    // File ▸ Open Sample: the user's own copy of the sample plan in the interface's language,
    // made the first time. False, after telling the user, when it could not be opened.
    bool openSample();
    // File ▸ Start Page…: the start page, in a new window when this one shows a plan.
    void showStartPage();
    // The page shown while no plan is open.
    StartPage *startPage() const { return m_startPage; }
    // Shows a lasting note in the status bar (e.g. "this is your copy of the sample").
    void showNote(const QString &note);
    // The same, written again by `note` whenever the language changes.
    void showNote(std::function<QString()> note);

    PlanDocument *document() const { return m_document.get(); }
    // The navigator's pages: Overview, the seven sections, Charts, Review and What-if while a plan
    // is open.
    int pageCount() const;
    // Selects page `index` in the navigator and returns the page it shows.
    QWidget *showPage(int index);
    // Every chart of the open plan; null while none is open.
    ChartsPage *chartsPage() const { return m_charts; }
    // The monthly review of the open plan; null while none is open.
    ReviewPage *reviewPage() const { return m_review; }
    // The what-if scenarios of the open plan; null while none is open.
    WhatIfPage *whatIfPage() const { return m_whatIf; }
    // Shows the page of `section` and puts the focus on the field with `fieldKey`, if any.
    void showSection(Section section, const QString &fieldKey = {});
    // Help ▸ User Guide (F1): the guide window, at the page of the section shown, else its
    // contents.
    GuideWindow *showGuide();
    // File ▸ Publish to Team Server… and File ▸ Open from Team Server….
    TeamServerActions *teamServer() const { return m_teamServer; }

public slots:
    // The guide at `page` ("numbers.html#funnel"): where a figure's "What's this?" links to.
    void showGuidePage(const QString &page);

protected:
    // On LanguageChange the window speaks the new language at once: see retranslate().
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    // The main toolbar: New, Open, Undo, Redo, Export PDF, Export Workbook and Present — the
    // menus' own actions, so it follows them when the menus are made again.
    void fillToolBar();
    // The navigator's icons, and each section's status mark from the open plan's findings.
    void showNavigatorMarks();
    StartPage *createStartPage();
    void createNavigator();
    // View ▸ Switch Between Sections and Page (F6): the focus to the navigator, or from it to the
    // first field of the page it shows.
    void switchPane();
    // Makes the menus, the navigator's names, the start page, the overview, the section editors
    // and the charts page again in the current language, over the same document: the current
    // page, its tab and scroll position, the undo stack and the file stay as they were.
    void retranslate();
    // After a palette change between light and dark (Preferences ▸ Appearance, or the desktop's):
    // the toolbar's, the menus' and the navigator's bundled icons in the shade that reads on it.
    void recolourIcons();
    void rebuildMenus();
    void rebuildPages();
    void replaceOverview();
    void createDocumentPages();
    void showPreferences();
    void setDocument(std::unique_ptr<PlanDocument> document);
    void closeDocument();
    void refreshDerived();
    void updateTitle();
    void updateRecentMenu();
    void newPlan();
    void chooseAndOpen();
    void chooseAndOpenReadOnly();
    void saveAs();
    void saveVersion();
    void chooseAndCompare();
    // A new window showing a version read-only (VersionsDialog's Open).
    void openVersionWindow(const Plan &plan, const PlanVersion &version);
    void importJson();
    void importHistory();
    void exportJson();
    void exportPdf();
    void exportWorkbook();
    void exportDeck();
    void exportLetters();
    void print();
    bool openJson(const QString &jsonPath);
    void present();
    // Shows the slides full screen (on the second screen when there is one) and, when asked, the
    // presenter view on this screen.
    void startPresentation(bool withPresenterView);
    void chooseSlides();

    std::unique_ptr<PlanDocument> m_document;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    StartPage *m_startPage = nullptr;
    QList<SectionEditor *> m_editors;
    ChartsPage *m_charts =
        nullptr; // every chart of the open plan; made and deleted with the editors
    ReviewPage *m_review = nullptr; // likewise
    WhatIfPage *m_whatIf = nullptr; // likewise
    int m_reviewMonth =
        -1; // the month reviewed while the plan is open; -1: the latest with actuals
    QLabel *m_note = nullptr;            // the status bar's lasting note
    std::function<QString()> m_noteText; // writes m_note in the current language
    QLabel *m_findings = nullptr;        // the findings count in the status bar
    QLabel *m_planStatus = nullptr;      // the plan's status, or who approved it and when
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_toolBarActions;  // the menus' actions the toolbar shows, in its order
    QList<QAction *> m_documentActions; // enabled only while a plan is open
    QAction *m_importHistory = nullptr; // enabled only while a plan is open for editing
    QAction *m_saveVersion = nullptr;   // likewise
    QUndoGroup *m_undoGroup = nullptr;  // Edit ▸ Undo/Redo follow the open document's stack

    QAction *m_darkPresentation = nullptr;       // View ▸ Dark Presentation, kept in QSettings
    QPointer<PresentationWindow> m_presentation; // deletes itself when it closes
    QPointer<PresenterView> m_presenter;         // likewise
    bool m_retranslatePending = false;           // a LanguageChange waits for retranslate()
    QString m_shownLanguage;                     // the language the window was made in
    bool m_recolourPending = false;              // a PaletteChange waits for recolourIcons()
    bool m_iconsDark = false;                    // the icons shown are drawn for a dark palette

    QPointer<VersionsDialog> m_versions; // File ▸ Versions…, while it is open
    QPointer<GuideWindow> m_guide;       // Help ▸ User Guide, made when first asked for
    TeamServerActions *m_teamServer;     // File ▸ Publish to / Open from Team Server
    // A version shown read-only: its name and the folder of its temporary copy; none otherwise.
    QString m_versionName;
    std::unique_ptr<QTemporaryDir> m_versionFolder;
};

} // namespace salesplan::ui
