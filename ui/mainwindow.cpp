#include "mainwindow.h"

#include "charts/chartspage.h"
#include "charts/deckdialog.h"
#include "charts/deckpdf.h"
#include "charts/presentationwindow.h"
#include "charts/presenterview.h"
#include "document/plandocument.h"
#include "exchange/planio.h"
#include "help/guidewindow.h"
#include "history/importhistorydialog.h"
#include "icons/appicons.h"
#include "icons/sectionmarks.h"
#include "language/language.h"
#include "overviewpage.h"
#include "pagestate.h"
#include "plan/approval.h"
#include "plan/sectiontitle.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "report/exportlettersdialog.h"
#include "report/exportpaths.h"
#include "report/planprinting.h"
#include "report/workbookexport.h"
#include "review/reviewpage.h"
#include "sampleplans.h"
#include "sections/cells/tableclipboard.h"
#include "sections/sectioneditor.h"
#include "sections/sectioneditors.h"
#include "server/passwordstore.h"
#include "server/teamserveractions.h"
#include "start/startpage.h"
#include "status/statusmenu.h"
#include "store/planfile.h"
#include "versions/comparisonwindow.h"
#include "versions/saveversiondialog.h"
#include "versions/versionsdialog.h"
#include "whatif/whatifpage.h"
#include "windowmemory.h"
#include "wizard/planwizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace salesplan::ui {

namespace {

// Edit ▸ Copy and Paste: the cells of the table that has the focus (TableClipboard), else the
// text of the field that has it.
void copyOrPaste(bool paste)
{
    QWidget *focus = QApplication::focusWidget();
    if (TableClipboard *table = TableClipboard::of(focus)) {
        if (paste)
            table->paste();
        else
            table->copy();
        return;
    }
    for (QObject *target :
         {static_cast<QObject *>(focus),
          focus ? static_cast<QObject *>(focus->findChild<QLineEdit *>()) : nullptr}) {
        if (target && QMetaObject::invokeMethod(target, paste ? "paste" : "copy"))
            return;
    }
}

const QString darkPresentationKey = QStringLiteral("presentation/dark");

const QString planFilter()
{
    return MainWindow::tr("Sales plans (*.salesplan)");
}

const QString jsonFilter()
{
    return MainWindow::tr("Plans as JSON (*.json)");
}

// The navigator's entries: Overview, the seven sections, Charts, Review, What-if.
QStringList navigatorNames()
{
    QStringList names{MainWindow::tr("Overview")};
    for (int s = 0; s < sectionCount; ++s)
        names.append(sectionTitle(Section(s)));
    names.append(MainWindow::tr("Charts"));
    names.append(MainWindow::tr("Review"));
    names.append(MainWindow::tr("What-if"));
    return names;
}

// The bundled icon of the navigator's page in `row` that is not a section: Overview, Charts,
// Review, What-if.
QIcon pageIcon(int row)
{
    if (row == 0)
        return bundledIcon(QStringLiteral("page-overview"));
    static const char *const afterSections[] = {"page-charts", "page-review", "page-whatif"};
    return bundledIcon(QLatin1String(afterSections[row - 1 - sectionCount]));
}

// Gives `action` an icon (the theme's `themeName`, else the bundled `iconName`), the short
// `label` it shows on the toolbar and a tooltip naming its shortcut: "Open (Ctrl+O)".
void dressForToolBar(QAction *action, const QString &themeName, const QString &iconName,
                     const QString &label)
{
    action->setIcon(themedIcon(themeName, iconName));
    action->setIconText(label);
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, shortcut));
}

// Shows why a plan was refused: the refusal in words as the text, SQLite's own words for it
// (`details`, when there are any) behind the box's Show Details… button. Returns the button.
QMessageBox::StandardButton showRefusal(QWidget *parent, QMessageBox::Icon icon,
                                        const QString &title, const QString &text,
                                        const QString &details,
                                        QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return QMessageBox::StandardButton(box.exec());
}

// The status bar's count of the plan's findings: "2 errors, 1 warning, 3 hints" (only the
// severities there are), or "No findings".
QString findingCountsText(const QList<Finding> &findings)
{
    QStringList counts;
    if (const int errors = countFindings(findings, Severity::Error))
        counts.append(MainWindow::tr("%n error(s)", nullptr, errors));
    if (const int warnings = countFindings(findings, Severity::Warning))
        counts.append(MainWindow::tr("%n warning(s)", nullptr, warnings));
    if (const int hints = countFindings(findings, Severity::Hint))
        counts.append(MainWindow::tr("%n hint(s)", nullptr, hints));
    if (counts.isEmpty())
        return MainWindow::tr("No findings");
    //: Joins the counts of errors, warnings and hints: "2 errors, 1 warning".
    return counts.join(MainWindow::tr(", "));
}

} // namespace

// The page shown when no plan is open: the recent plans and the ways to begin.
StartPage *MainWindow::createStartPage()
{
    auto *page = new StartPage(this);
    connect(page, &StartPage::newPlanRequested, this, &MainWindow::newPlan);
    connect(page, &StartPage::templateRequested, this, &MainWindow::newPlan);
    connect(page, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(page, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(page, &StartPage::recentChosen, this, [this](const QString &path) {
        if (!openFile(path))
            m_startPage->refresh(); // a file that is gone left the list
    });
    return page;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(this))
    , m_note(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_planStatus(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_teamServer(new TeamServerActions(this, std::make_unique<KeychainPasswordStore>(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_findings->setObjectName(QStringLiteral("statusFindings"));
    m_planStatus->setObjectName(QStringLiteral("planStatus"));
    m_planStatus->setContentsMargins(0, 0, 12, 0);
    statusBar()->addWidget(m_note, 1);
    statusBar()->addPermanentWidget(m_planStatus);
    statusBar()->addPermanentWidget(m_findings);
    connect(m_teamServer, &TeamServerActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createMenus();
    fillToolBar();
    m_startPage = createStartPage();
    createNavigator();
    resize(1280, 800);
    restoreGeometry(QSettings().value(WindowMemory::mainGeometryKey).toByteArray());
    restoreState(QSettings().value(WindowMemory::mainStateKey).toByteArray());
    connect(m_overview, &OverviewPage::findingActivated, this,
            [this](const Finding &finding) { showSection(finding.section, finding.field); });
    m_shownLanguage = Translators::current();
    m_iconsDark = isDarkPalette(QApplication::palette());
    closeDocument();
}

MainWindow::~MainWindow()
{
    // The editors read the document: let them go first.
    m_pages->removeWidget(m_overview);
    delete m_whatIf;
    delete m_review;
    delete m_charts;
    qDeleteAll(m_editors);
    m_editors.clear();
    delete m_versions;
    m_document.reset(); // before the folder of a version's copy, which it holds open
    m_versionFolder.reset();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Plan…"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *openReadOnly =
        file->addAction(tr("Open Read-On&ly…"), this, &MainWindow::chooseAndOpenReadOnly);
    openReadOnly->setObjectName(QStringLiteral("openReadOnlyAction"));
    QAction *openSampleAction = file->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    openSampleAction->setObjectName(QStringLiteral("openSampleAction"));
    QAction *startPage = file->addAction(tr("Start &Page…"), this, &MainWindow::showStartPage);
    startPage->setObjectName(QStringLiteral("startPageAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveVersion = file->addAction(tr("Save &Version…"), this, &MainWindow::saveVersion);
    m_saveVersion->setObjectName(QStringLiteral("saveVersionAction"));
    QAction *versions = file->addAction(tr("Versio&ns…"), this, &MainWindow::showVersions);
    versions->setObjectName(QStringLiteral("versionsAction"));
    QAction *compare =
        file->addAction(tr("Compare with &File…"), this, &MainWindow::chooseAndCompare);
    file->addMenu(new StatusMenu([this] { return m_document.get(); }, this, file));
    file->addSeparator();
    QAction *publish = file->addAction(tr("P&ublish to Team Server…"), this,
                                       [this] { m_teamServer->publish(m_document.get()); });
    publish->setObjectName(QStringLiteral("publishToServerAction"));
    QAction *fetch = file->addAction(tr("Open from Tea&m Server…"), this,
                                     [this] { m_teamServer->open(m_document.get()); });
    fetch->setObjectName(QStringLiteral("openFromServerAction"));
    file->addSeparator();
    file->addAction(tr("&Import JSON…"), this, &MainWindow::importJson);
    m_importHistory = file->addAction(tr("Import &History…"), this, &MainWindow::importHistory);
    m_importHistory->setObjectName(QStringLiteral("importHistoryAction"));
    QAction *exportJson = file->addAction(tr("&Export JSON…"), this, &MainWindow::exportJson);
    QAction *exportPdf = file->addAction(tr("Export P&DF…"), this, &MainWindow::exportPdf);
    exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportWorkbook =
        file->addAction(tr("Export &Workbook…"), this, &MainWindow::exportWorkbook);
    exportWorkbook->setObjectName(QStringLiteral("exportWorkbookAction"));
    QAction *exportDeck = file->addAction(tr("Export Dec&k…"), this, &MainWindow::exportDeck);
    exportDeck->setObjectName(QStringLiteral("exportDeckAction"));
    QAction *exportLetters =
        file->addAction(tr("Export &Target Letters…"), this, &MainWindow::exportLetters);
    exportLetters->setObjectName(QStringLiteral("exportLettersAction"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::print);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_documentActions = {saveAs,     exportJson,    exportPdf, exportWorkbook,
                         exportDeck, exportLetters, print,     close};
    m_documentActions << versions << compare << publish;
    //: The toolbar's short name of File ▸ New Plan….
    dressForToolBar(newAction, QStringLiteral("document-new"), QStringLiteral("document-new"),
                    tr("New"));
    dressForToolBar(open, QStringLiteral("document-open"), QStringLiteral("document-open"),
                    tr("Open"));
    dressForToolBar(exportPdf, QStringLiteral("document-export"), QStringLiteral("export-pdf"),
                    tr("Export PDF"));
    dressForToolBar(exportWorkbook, QStringLiteral("x-office-spreadsheet"),
                    QStringLiteral("export-workbook"), tr("Export Workbook"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    dressForToolBar(undo, QStringLiteral("edit-undo"), QStringLiteral("edit-undo"), tr("Undo"));
    dressForToolBar(redo, QStringLiteral("edit-redo"), QStringLiteral("edit-redo"), tr("Redo"));
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), this, [] { copyOrPaste(/*paste=*/false); });
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected cells of a table, to paste into Excel or WPS"));
    QAction *paste = edit->addAction(tr("P&aste"), this, [] { copyOrPaste(/*paste=*/true); });
    paste->setObjectName(QStringLiteral("pasteAction"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setStatusTip(tr("Paste cells copied from Excel or WPS into a table at its current "
                           "cell, as one undo step"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *present = view->addAction(tr("&Present…"), this, &MainWindow::present);
    present->setObjectName(QStringLiteral("presentAction"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *presenter =
        view->addAction(tr("Presenter &View…"), this, [this] { startPresentation(true); });
    presenter->setObjectName(QStringLiteral("presenterViewAction"));
    presenter->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F5));
    presenter->setStatusTip(tr("Present with the current and next slide, your speaker notes and "
                               "a clock on this screen; to rehearse, or with a projector"));
    QAction *slides = view->addAction(tr("Choose &Slides…"), this, &MainWindow::chooseSlides);
    slides->setObjectName(QStringLiteral("chooseSlidesAction"));
    m_darkPresentation = view->addAction(tr("&Dark Presentation"));
    m_darkPresentation->setObjectName(QStringLiteral("darkPresentationAction"));
    m_darkPresentation->setCheckable(true);
    m_darkPresentation->setChecked(QSettings().value(darkPresentationKey, false).toBool());
    connect(m_darkPresentation, &QAction::toggled, this,
            [](bool dark) { QSettings().setValue(darkPresentationKey, dark); });
    m_documentActions += {present, presenter, slides};
    dressForToolBar(present, QStringLiteral("x-office-presentation"), QStringLiteral("present"),
                    tr("Present"));
    view->addSeparator();
    m_toolBar->setWindowTitle(tr("Toolbar"));
    QAction *showToolBar = m_toolBar->toggleViewAction();
    showToolBar->setObjectName(QStringLiteral("showToolBarAction"));
    view->addAction(showToolBar);
    QAction *switchPane =
        view->addAction(tr("&Switch Between Sections and Page"), this, &MainWindow::switchPane);
    switchPane->setObjectName(QStringLiteral("switchPaneAction"));
    // F6 moves between a window's panes in GTK, KDE and Windows applications.
    switchPane->setShortcut(QKeySequence(Qt::Key_F6));
    m_toolBarActions = {newAction, open, undo, redo, exportPdf, exportWorkbook, present};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("Open the guide at the page of the section shown"));
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setText(tr("What's &This?"));
    whatsThis->setStatusTip(tr("Click a figure to see how it is computed"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About SalesPlan"), this, [this] {
        QMessageBox::about(this, tr("About SalesPlan"),
                           tr("<h3>SalesPlan %1</h3><p>Write next year's sales plan, decompose "
                              "the target and present it — offline.</p>")
                               .arg(QStringLiteral(SALESPLAN_VERSION)));
    });
}

void MainWindow::fillToolBar()
{
    m_toolBar->clear();
    const QList<QAction *> separators = m_toolBar->findChildren<QAction *>(
        Qt::FindDirectChildrenOnly); // the old separators, and the toggle action, kept
    for (QAction *separator : separators) {
        if (separator->isSeparator())
            delete separator;
    }
    for (qsizetype i = 0; i < m_toolBarActions.size(); ++i) {
        if (i == 2 || i == 4) // New, Open | Undo, Redo | the exports and Present
            m_toolBar->addSeparator();
        m_toolBar->addAction(m_toolBarActions.at(i));
    }
}

void MainWindow::showNavigatorMarks()
{
    const QStringList names = navigatorNames();
    const QList<Finding> *findings = m_document ? &m_document->findings() : nullptr;
    for (int row = 0; row < m_navigator->count() && row < names.size(); ++row) {
        QListWidgetItem *item = m_navigator->item(row);
        if (row >= 1 && row <= sectionCount) {
            const auto section = Section(row - 1);
            SectionMarks::show(item, names.at(row), sectionIcon(section), findings, section);
        } else {
            item->setIcon(pageIcon(row));
        }
    }
}

void MainWindow::createNavigator()
{
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Plan sections"));
    m_navigator->addItems(navigatorNames());
    m_navigator->setIconSize(QSize(20, 20));
    showNavigatorMarks();
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_overview);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0 && row <= m_editors.size())
            m_pages->setCurrentWidget(row == 0 ? static_cast<QWidget *>(m_overview)
                                               : m_editors.at(row - 1));
        else if (m_document && m_charts && row == m_editors.size() + 1)
            m_pages->setCurrentWidget(m_charts);
        else if (m_document && m_review && row == m_editors.size() + 2)
            m_pages->setCurrentWidget(m_review);
        else if (m_document && m_whatIf && row == m_editors.size() + 3)
            m_pages->setCurrentWidget(m_whatIf);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 1070});
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    WindowMemory::rememberSplitter(splitter, WindowMemory::mainSplitterKey);
    setCentralWidget(splitter);
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    if (isJsonPlanPath(path))
        return openJson(path);
    PlanFile::OpenProblem problem = PlanFile::OpenProblem::None;
    QString details; // SQLite's own words for a refusal, behind Show Details…
    auto opened =
        PlanFile::open(path, readOnly ? PlanFile::Access::ReadOnly : PlanFile::Access::ReadWrite,
                       &problem, &details);
    // A damaged plan, or one open for editing elsewhere, can still be read.
    const bool offerReadOnly =
        problem == PlanFile::OpenProblem::Damaged || problem == PlanFile::OpenProblem::InUse;
    if (!opened && offerReadOnly &&
        showRefusal(this, QMessageBox::Question,
                    problem == PlanFile::OpenProblem::Damaged ? tr("The plan is damaged")
                                                              : tr("The plan is open elsewhere"),
                    tr("%1\n\nOpen it read-only?").arg(opened.error().message()), details,
                    QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes) {
        details.clear();
        opened = PlanFile::open(path, PlanFile::Access::ReadOnly, &problem, &details);
    }
    if (!opened) {
        showRefusal(this, QMessageBox::Warning, tr("Cannot open the plan"),
                    opened.error().message(), details, QMessageBox::Ok);
        if (problem == PlanFile::OpenProblem::Missing)
            RecentFiles::remove(path);
        return false;
    }
    setDocument(std::make_unique<PlanDocument>(std::move(opened.value())));
    RecentFiles::add(path);
    if (m_document->isReadOnly()) {
        showNote([this] {
            return m_document ? tr("Opened read-only: %1").arg(m_document->readOnlyReason())
                              : QString();
        });
    }
    return true;
}

bool MainWindow::openJson(const QString &jsonPath)
{
    const Result<PlanWithVersions> plan = readPlanWithVersions(jsonPath);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot import the plan"), plan.error().message());
        return false;
    }
    const QFileInfo info(jsonPath);
    const QString suggested =
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".salesplan"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save the imported plan as"),
                                                        suggested, planFilter());
    return !target.isEmpty() && importPlanAs(*plan, target);
}

bool MainWindow::importPlanAs(const Plan &plan, const QString &target)
{
    return importPlanAs(PlanWithVersions{plan, {}}, target);
}

bool MainWindow::importPlanAs(const PlanWithVersions &plan, const QString &target)
{
    const Status imported = importPlan(plan, target, ExistingFile::Replace);
    if (!imported) {
        QMessageBox::warning(this, tr("Cannot import the plan"), imported.error().message());
        return false;
    }
    return openFile(target);
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    // The page shown stays when another plan opens; a new window shows the page last closed on.
    const int shown = m_navigator->currentRow();
    const int row = shown >= 0 ? shown
                               : qBound(0, QSettings().value(WindowMemory::mainLastPageKey).toInt(),
                                        m_navigator->count() - 1);
    closeDocument();
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    m_reviewMonth = -1;
    createDocumentPages();
    connect(m_document.get(), &PlanDocument::changed, this, &MainWindow::refreshDerived);
    // Queued: the message box must not run its event loop inside the undo stack's push().
    connect(
        m_document.get(), &PlanDocument::writeFailed, this,
        [this](const QString &message) {
            QMessageBox::warning(this, tr("The change was not saved"),
                                 tr("%1\n\nThe plan shows what the file holds.").arg(message));
        },
        Qt::QueuedConnection);
    connect(m_document.get(), &PlanDocument::editRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 10'000); });
    m_navigator->setEnabled(true);
    for (QAction *action : m_documentActions)
        action->setEnabled(true);
    m_importHistory->setEnabled(!m_document->isReadOnly());
    m_saveVersion->setEnabled(!m_document->isReadOnly());
    refreshDerived();
    m_navigator->setCurrentRow(-1);
    m_navigator->setCurrentRow(row);
}

// The seven section editors, the charts page and the review over the open document.
void MainWindow::createDocumentPages()
{
    for (int s = 0; s < sectionCount; ++s) {
        SectionEditor *editor = createSectionEditor(Section(s), m_document.get(), m_pages);
        m_editors.append(editor);
        m_pages->addWidget(editor);
    }
    m_charts = new ChartsPage(m_document.get(), m_pages);
    m_pages->addWidget(m_charts);
    m_review = new ReviewPage(m_document.get(), m_reviewMonth, m_pages);
    connect(m_review, &ReviewPage::monthChanged, this,
            [this](int month) { m_reviewMonth = month; });
    m_pages->addWidget(m_review);
    m_whatIf = new WhatIfPage(m_document.get(), m_pages);
    m_pages->addWidget(m_whatIf);
}

void MainWindow::closeDocument()
{
    delete m_versions;
    m_startPage->refresh();
    m_pages->setCurrentWidget(m_startPage);
    delete m_whatIf;
    m_whatIf = nullptr;
    delete m_review;
    m_review = nullptr;
    delete m_charts;
    m_charts = nullptr;
    qDeleteAll(m_editors);
    m_editors.clear();
    m_document.reset(); // its undo stack leaves the group as it is destroyed
    m_versionFolder.reset();
    m_versionName.clear();
    m_navigator->setEnabled(false);
    for (QAction *action : m_documentActions)
        action->setEnabled(false);
    m_importHistory->setEnabled(false);
    m_saveVersion->setEnabled(false);
    showNavigatorMarks();
    m_findings->clear();
    m_planStatus->clear();
    m_note->clear();
    m_noteText = nullptr;
    updateTitle();
}

void MainWindow::refreshDerived()
{
    if (!m_document)
        return;
    m_overview->showPlan(m_document->plan(), m_document->summary());
    const QList<Finding> &findings = m_document->findings();
    m_findings->setText(findingCountsText(findings));
    m_planStatus->setText(statusLine(m_document->plan().info));
    showNavigatorMarks();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("SalesPlan"));
        return;
    }
    const Plan &plan = m_document->plan();
    const QString name = plan.info.name.isEmpty() ? tr("Untitled plan") : plan.info.name;
    if (m_versionFolder) {
        setWindowTitle(tr("%1 — version “%2” (read-only)").arg(name, m_versionName));
        return;
    }
    setWindowTitle(tr("%1 — %2").arg(name, QFileInfo(m_document->filePath()).fileName()));
}

GuideWindow *MainWindow::showGuide()
{
    const int row = m_navigator->currentRow();
    const bool onSection = m_document && row >= 1 && row <= sectionCount;
    showGuidePage(onSection ? GuideWindow::pageForSection(Section(row - 1))
                            : QStringLiteral("index.html"));
    return m_guide;
}

void MainWindow::showGuidePage(const QString &page)
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->showPage(page);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showSection(Section section, const QString &fieldKey)
{
    m_navigator->setCurrentRow(int(section) + 1);
    if (!fieldKey.isEmpty() && int(section) < m_editors.size())
        m_editors.at(int(section))->focusField(fieldKey);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
}

void MainWindow::newPlan()
{
    const QString draft = PlanWizard::keptDraft();
    const bool resume =
        !draft.isEmpty() &&
        QMessageBox::question(this, tr("Continue the draft?"),
                              tr("You kept a draft plan, %1. Continue it where you left off?")
                                  .arg(QDir::toNativeSeparators(draft))) == QMessageBox::Yes;
    auto wizard = resume ? std::make_unique<PlanWizard>(draft, PlanWizard::keptDraftPage(), this)
                         : std::make_unique<PlanWizard>(this);
    if (wizard->exec() == QDialog::Accepted && !wizard->filePath().isEmpty())
        openFile(wizard->filePath());
}

void MainWindow::showStartPage()
{
    if (!m_document)
        return; // it shows already
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setGeometry(geometry().translated(40, 40)); // the plan's window still shows beside it
    window->show();
}

bool MainWindow::openSample()
{
    const auto sample = sampleCopy(Translators::current());
    if (!sample) {
        QMessageBox::warning(this, tr("Cannot open the sample"), sample.error().message());
        return false;
    }
    if (!openFile(*sample))
        return false;
    showNote([path = *sample] {
        return QCoreApplication::translate("main", "This is your own copy of the sample plan, "
                                                   "kept in %1. Change it freely.")
            .arg(QDir::toNativeSeparators(path));
    });
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open plan"), {}, planFilter() + QStringLiteral(";;") + jsonFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseAndOpenReadOnly()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open plan read-only"), {}, planFilter());
    if (!path.isEmpty())
        openFile(path, true);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plan as"),
                                                      m_document->filePath(), planFilter());
    if (path.isEmpty())
        return;
    const Status saved = m_document->saveCopyAs(path);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the plan"), saved.error().message());
        return;
    }
    openFile(path);
}

// File ▸ Save Version…: the plan as it is now, kept inside its file under a name.
void MainWindow::saveVersion()
{
    if (!m_document || m_document->isReadOnly())
        return;
    SaveVersionDialog dialog(m_document.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        showNote([] { return tr("Version saved"); });
}

VersionsDialog *MainWindow::showVersions()
{
    if (!m_document)
        return nullptr;
    if (!m_versions) {
        m_versions = new VersionsDialog(m_document.get(), this);
        m_versions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_versions, &VersionsDialog::openRequested, this, &MainWindow::openVersionWindow);
    }
    m_versions->show();
    m_versions->raise();
    m_versions->activateWindow();
    return m_versions;
}

void MainWindow::chooseAndCompare()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with a plan"), QFileInfo(m_document->filePath()).absolutePath(),
        planFilter() + QStringLiteral(";;") + jsonFilter());
    if (!path.isEmpty())
        compareWithFile(path);
}

ComparisonWindow *MainWindow::compareWithFile(const QString &path)
{
    if (!m_document)
        return nullptr;
    Result<Plan> other = Error{};
    if (isJsonPlanPath(path)) {
        other = readJsonPlan(path);
    } else {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
        other = file ? Result<Plan>((*file)->plan()) : Result<Plan>(file.error());
    }
    if (!other) {
        QMessageBox::warning(this, tr("Cannot read the plan"), other.error().message());
        return nullptr;
    }
    auto *window = new ComparisonWindow(m_document.get(), ComparisonWindow::currentPlan,
                                        ComparisonWindow::currentPlan, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->compare(window->addPlan(QFileInfo(path).fileName(), *other),
                    ComparisonWindow::currentPlan);
    window->show();
    return window;
}

void MainWindow::openVersionWindow(const Plan &plan, const PlanVersion &version)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->showVersion(plan, version, QFileInfo(m_document->filePath()).completeBaseName())) {
        delete window;
        return;
    }
    window->setGeometry(geometry().translated(40, 40)); // the plan's window still shows beside it
    window->show();
}

bool MainWindow::showVersion(const Plan &plan, const PlanVersion &version, const QString &fileName)
{
    auto folder = std::make_unique<QTemporaryDir>();
    const QString path = folder->filePath(fileName + QStringLiteral(".salesplan"));
    Status copied = folder->isValid() ? Status(Success{})
                                      : Status(Error{{}, tr("No temporary folder can be made.")});
    if (copied) {
        auto created = PlanFile::create(path, plan); // its lock goes with it at once
        copied = created ? Status(Success{}) : Status(created.error());
    }
    auto opened = copied ? PlanFile::open(path, PlanFile::Access::ReadOnly)
                         : Result<std::unique_ptr<PlanFile>>(copied.error());
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the version"), opened.error().message());
        return false;
    }
    setDocument(std::make_unique<PlanDocument>(std::move(opened.value())));
    m_versionFolder = std::move(folder);
    m_versionName = version.name;
    showNote([version] {
        return tr("Version “%1”, saved %2 by %3: read-only")
            .arg(version.name, formatSavedAt(version.created), version.author);
    });
    updateTitle();
    return true;
}

void MainWindow::importJson()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a plan from JSON"), {}, jsonFilter());
    if (!path.isEmpty())
        openJson(path);
}

// File ▸ Import History…: a CSV file's or a workbook's rows into the plan's history, as one undo
// step.
void MainWindow::importHistory()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ImportHistoryDialog dialog(m_document.get(), this);
    if (!dialog.chooseFile() || dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.filePath();
    showNote([path] { return tr("History imported from %1").arg(QDir::toNativeSeparators(path)); });
}

void MainWindow::exportJson()
{
    if (!m_document)
        return;
    const QFileInfo info(m_document->filePath());
    // A version's copy lies in a temporary folder: not a place to suggest.
    const QDir folder = m_versionFolder
                            ? QDir(exportStartFolder(QStringLiteral("exportJson/folder")))
                            : info.absoluteDir();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the plan as JSON"),
        folder.filePath(info.completeBaseName() + QStringLiteral(".json")), jsonFilter());
    if (path.isEmpty())
        return;
    const Result<PlanWithVersions> plan = m_document->withVersions();
    const Status exported = plan ? exportJsonPlan(*plan, path) : Status(plan.error());
    if (!exported)
        QMessageBox::warning(this, tr("Cannot export the plan"), exported.error().message());
    else
        showNote([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

void MainWindow::exportPdf()
{
    if (!m_document)
        return;
    const QString path =
        PlanPrinting::exportInteractively(m_document->plan(), this, m_document->filePath());
    if (!path.isEmpty())
        showNote([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

// File ▸ Export Target Letters…: each member's targets, a page each, to sign.
void MainWindow::exportLetters()
{
    if (!m_document)
        return;
    const QString path = ExportLettersDialog::exportInteractively(m_document->plan(), this);
    if (!path.isEmpty())
        showNote([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

// File ▸ Export Workbook…: the figures as an .xlsx workbook whose totals are formulas.
void MainWindow::exportWorkbook()
{
    if (!m_document)
        return;
    const QString path =
        WorkbookExport::exportInteractively(m_document->plan(), m_document->summary(), this);
    if (!path.isEmpty())
        showNote([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

void MainWindow::exportDeck()
{
    if (!m_document)
        return;
    const QFileInfo info(m_document->filePath());
    //: The default file name of an exported deck: the plan's file name and this word.
    const QString name = tr("%1 deck.pdf").arg(info.completeBaseName());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the slides as PDF"),
                                     info.absoluteDir().filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_document->refreshUnitPlans(); // a team plan's units as their files are now
    const Status exported = writeDeckPdf(m_document->plan(), m_document->summary(), path);
    if (!exported)
        QMessageBox::warning(this, tr("Cannot export the slides"), exported.error().message());
    else
        showNote([path] { return tr("Exported to %1").arg(QDir::toNativeSeparators(path)); });
}

void MainWindow::print()
{
    if (m_document)
        PlanPrinting::printInteractively(m_document->plan(), this);
}

int MainWindow::pageCount() const
{
    return m_navigator->count();
}

void MainWindow::switchPane()
{
    QWidget *page = m_pages->currentWidget();
    if (!m_navigator->hasFocus() && m_navigator->isEnabled()) {
        m_navigator->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The page's first field that the Tab key reaches.
    for (QWidget *next = page->nextInFocusChain(); next && next != page;
         next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

QWidget *MainWindow::showPage(int index)
{
    m_navigator->setCurrentRow(index);
    return m_pages->currentWidget();
}

void MainWindow::present()
{
    // With a projector attached, the slides go there and the presenter view stays here.
    startPresentation(QGuiApplication::screens().size() > 1);
}

void MainWindow::startPresentation(bool withPresenterView)
{
    if (!m_document)
        return;
    if (m_presenter)
        m_presenter->close();
    if (m_presentation)
        m_presentation->close();
    m_document->refreshUnitPlans(); // a team plan's units as their files are now
    auto *window = new PresentationWindow(m_document->plan(), m_document->summary(),
                                          m_darkPresentation->isChecked(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QScreen *audienceScreen = nullptr;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *other : screens) {
        if (other != screen()) {
            audienceScreen = other;
            break;
        }
    }
    if (audienceScreen)
        window->setGeometry(audienceScreen->geometry());
    if (audienceScreen || !withPresenterView) {
        window->showFullScreen();
    } else {
        // Rehearsing on one screen: the audience's slides in a window of their own.
        window->resize(960, 540);
        window->show();
    }
    m_presentation = window;
    if (!withPresenterView) {
        window->activateWindow();
        return;
    }
    auto *presenter = new PresenterView(window, m_document.get(), this);
    presenter->setAttribute(Qt::WA_DeleteOnClose);
    presenter->setGeometry(screen()->availableGeometry());
    presenter->showMaximized();
    presenter->activateWindow();
    m_presenter = presenter;
}

void MainWindow::chooseSlides()
{
    if (!m_document)
        return;
    DeckDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::showNote(const QString &note)
{
    m_noteText = nullptr;
    m_note->setText(note);
}

void MainWindow::showNote(std::function<QString()> note)
{
    m_noteText = std::move(note);
    m_note->setText(m_noteText ? m_noteText() : QString());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.numberFormatChanged())
        return;
    // The figures are written again with or without 万 and 亿 (a new language does it anyway).
    rebuildPages();
    if (m_presentation)
        m_presentation->refresh();
    if (m_presenter)
        m_presenter->refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Translators come and go in pairs (Qt's and ours) and a report may borrow another language
    // for a moment: the window catches up once, from the event loop, with whatever is installed.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::PaletteChange && !m_recolourPending) {
        m_recolourPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::recolourIcons, Qt::QueuedConnection);
    }
}

void MainWindow::recolourIcons()
{
    m_recolourPending = false;
    const bool dark = isDarkPalette(QApplication::palette());
    if (dark == m_iconsDark)
        return;
    m_iconsDark = dark;
    rebuildMenus(); // the actions take the bundled icons drawn for the new palette
    showNavigatorMarks();
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    if (m_shownLanguage == Translators::current())
        return;
    m_shownLanguage = Translators::current();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SalesPlan"));
    rebuildMenus();
    const QStringList names = navigatorNames();
    for (int row = 0; row < m_navigator->count() && row < names.size(); ++row)
        m_navigator->item(row)->setText(names.at(row));
    showNavigatorMarks();
    m_navigator->setAccessibleName(tr("Plan sections"));
    rebuildPages();
    if (m_noteText)
        m_note->setText(m_noteText());
    updateTitle();
}

void MainWindow::rebuildMenus()
{
    // Menus own their actions (the undo group's too): deleting them lets go of every action.
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    m_recentMenu = nullptr;
    m_darkPresentation = nullptr;
    m_importHistory = nullptr;
    m_saveVersion = nullptr;
    m_documentActions.clear();
    createMenus();
    fillToolBar();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(m_document != nullptr);
    m_importHistory->setEnabled(m_document && !m_document->isReadOnly());
    m_saveVersion->setEnabled(m_document && !m_document->isReadOnly());
}

void MainWindow::rebuildPages()
{
    QWidget *shown = m_pages->currentWidget();
    const PageState state = capturePageState(shown);
    const int row = m_navigator->currentRow();
    QWidget *oldStart = m_startPage;
    m_startPage = createStartPage();
    m_pages->addWidget(m_startPage);
    replaceOverview();
    delete oldStart;
    if (!m_document) {
        m_pages->setCurrentWidget(m_startPage);
        return;
    }
    const bool dark = m_charts && m_charts->isDark();
    delete m_whatIf;
    m_whatIf = nullptr;
    delete m_review;
    m_review = nullptr;
    delete m_charts;
    m_charts = nullptr;
    qDeleteAll(m_editors);
    m_editors.clear();
    // Making the pages reads the plan and never edits it: no undo step, nothing written.
    createDocumentPages();
    m_charts->setDark(dark);
    refreshDerived();
    m_navigator->setCurrentRow(-1);
    m_navigator->setCurrentRow(row);
    restorePageState(m_pages->currentWidget(), state);
}

void MainWindow::replaceOverview()
{
    OverviewPage *old = m_overview;
    m_overview = new OverviewPage(this);
    m_pages->addWidget(m_overview);
    connect(m_overview, &OverviewPage::findingActivated, this,
            [this](const Finding &finding) { showSection(finding.section, finding.field); });
    m_pages->removeWidget(old);
    delete old;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_versionFolder) // a version's window is placed from the plan's, not remembered
    {
        QSettings().setValue(WindowMemory::mainGeometryKey, saveGeometry());
        QSettings().setValue(WindowMemory::mainStateKey, saveState());
        if (m_document)
            QSettings().setValue(WindowMemory::mainLastPageKey, m_navigator->currentRow());
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isPlanPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

} // namespace salesplan::ui
