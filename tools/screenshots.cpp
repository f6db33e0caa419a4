#include "screenshots.h"

#include "calc/decompose.h"
#include "charts/chartspage.h"
#include "charts/chartview.h"
#include "charts/presentationwindow.h"
#include "charts/presenterview.h"
#include "document/plandocument.h"
#include "help/guidewindow.h"
#include "history/importhistorydialog.h"
#include "language/language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "report/exportlettersdialog.h"
#include "report/exportpdfdialog.h"
#include "report/planprinting.h"
#include "review/actualspanel.h"
#include "review/reviewpage.h"
#include "review/revisiondialog.h"
#include "sections/sectioneditor.h"
#include "status/approvedialog.h"
#include "status/reopendialog.h"
#include "store/planfile.h"
#include "summary/actualsinput.h"
#include "versions/comparisonwindow.h"
#include "versions/versionsdialog.h"
#include "wizard/planwizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <memory>

namespace salesplan::tools {

using ui::ChartView;
using ui::PlanDocument;

namespace {

constexpr int wizardSummaryId = sectionCount + 1;

// "targets.page.seasonality" → "seasonality": the last part of a tab page's object name, or of
// the page it scrolls when it has none (the Targets editor's work calendar: "holidays").
QString tabName(const QWidget *tabPage)
{
    QString name = tabPage->objectName();
    const auto *area = qobject_cast<const QScrollArea *>(tabPage);
    if (name.isEmpty() && area && area->widget())
        name = area->widget()->objectName();
    return name.section(u'.', -1);
}

// A small history file for the import preview: four rows, the third of which has no amount
// that reads, so it is refused.
QByteArray historyCsv()
{
    if (ui::Translators::current().startsWith(u"zh"))
        return QStringLiteral("月份,区域,产品,销售,金额\n"
                              "2026-01,华东,企业版,张伟,128000.00\n"
                              "2026-02,华南,标准版,李娜,86500\n"
                              "2026-03,华东,企业版,张伟,待定\n"
                              "2026-04,华北,服务,王芳,45200.50\n")
            .toUtf8();
    return QByteArrayLiteral("month,region,product,member,amount\n"
                             "2026-01,East,Enterprise,Ann Lee,128000.00\n"
                             "2026-02,West,Standard,Bo Chen,86500\n"
                             "2026-03,East,Enterprise,Ann Lee,n/a\n"
                             "2026-04,North,Services,Cara Diaz,45200.50\n");
}

// A history file that reads in full: one month of last year and three of the plan year, so the
// import says which rows are actuals and which history.
QByteArray actualsCsv(const Period &period)
{
    QStringList rows{ui::Translators::current().startsWith(u"zh")
                         ? QStringLiteral("月份,区域,金额")
                         : QStringLiteral("month,region,amount")};
    const QString region = ui::Translators::current().startsWith(u"zh") ? QStringLiteral("华东")
                                                                        : QStringLiteral("East");
    for (int month = -1; month < 3; ++month) {
        const QDate day = period.firstDay().addMonths(month);
        rows.append(QStringLiteral("%1,%2,%3")
                        .arg(day.toString(QStringLiteral("yyyy-MM")), region)
                        .arg(100000 + 10000 * month));
    }
    return rows.join(u'\n').toUtf8();
}

// A later round of `plan`: the target 10 % up, two reps added beside the last member, the first
// member's quota fixed, a sentence added to the mission.
void editForNextRound(Plan &plan)
{
    const bool chinese = ui::Translators::current().startsWith(u"zh");
    plan.targets.annualTarget.minor += plan.targets.annualTarget.minor / 10;
    if (!plan.team.members.isEmpty()) {
        const Member last = plan.team.members.last();
        for (const QString &name :
             chinese ? QStringList{QStringLiteral("赵磊"), QStringLiteral("孙悦")}
                     : QStringList{QStringLiteral("Dana Ford"), QStringLiteral("Eli Park")}) {
            Member added = last;
            added.id = plan.ids.take();
            added.name = name;
            plan.team.members.append(added);
        }
        plan.team.members.first().quotaAmount =
            Money::of(plan.targets.annualTarget.minor / 5, plan.targets.annualTarget.currency);
    }
    plan.mission.mission += chinese ? QStringLiteral("新增两名销售，重点拓展华南市场。")
                                    : QStringLiteral(" Two more reps open the southern market.");
}

// "split:0" → "split-regions": a chart's deck key, readable as a file name.
QString chartName(const ui::ChartSpec &spec)
{
    static const char *const dimensions[] = {"regions", "products", "members"};
    const QString key = spec.key();
    if (!key.contains(u':'))
        return key;
    return key.section(u':', 0, 0) + u'-' +
           QString::fromLatin1(dimensions[qBound(0, spec.dimension, 2)]);
}

// The outermost scroll area of `page` that has more to show below.
QScrollArea *scrollingArea(QWidget *page)
{
    const QList<QScrollArea *> areas = page->findChildren<QScrollArea *>();
    for (QScrollArea *area : areas) {
        if (area->isVisible() && area->verticalScrollBar()->maximum() > 0)
            return area;
    }
    return nullptr;
}

// "12-wizard" + 3 + "team" → "12-wizard-3-team"; numbers take `digits` places, so that ten or
// more files sort in order.
QString numbered(const QString &name, int number, const QString &part, int digits = 1)
{
    return QStringLiteral("%1-%2-%3").arg(name).arg(number, digits, 10, QChar(u'0')).arg(part);
}

} // namespace

ScreenshotWriter::ScreenshotWriter(QString folder)
    : m_folder(std::move(folder))
{}

QString ScreenshotWriter::shortName(const QWidget *page)
{
    const auto *editor = page->findChild<const ui::SectionEditor *>();
    QString name = editor ? editor->objectName() : page->objectName();
    for (const QString &suffix : {QStringLiteral("Editor"), QStringLiteral("Page")}) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            name.chop(suffix.size());
    }
    return name;
}

void ScreenshotWriter::save(QWidget *widget, const QString &name)
{
    if (!widget->isVisible())
        widget->show();
    QApplication::processEvents(); // lays out what was just shown, scrolled or switched
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path))
        m_written.append(path);
}

void ScreenshotWriter::savePage(QWidget *window, QWidget *page, const QString &name)
{
    const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
    if (tabWidgets.isEmpty()) {
        saveScrolled(window, page, name);
        return;
    }
    for (QTabWidget *tabs : tabWidgets) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            saveScrolled(window, page, numbered(name, i + 1, tabName(tabs->widget(i))));
        }
        tabs->setCurrentIndex(shown);
    }
}

void ScreenshotWriter::saveScrolled(QWidget *window, QWidget *page, const QString &name)
{
    save(window, name);
    QScrollArea *area = scrollingArea(page);
    if (!area)
        return;
    QScrollBar *bar = area->verticalScrollBar();
    const int start = bar->value();
    for (int screen = 2; bar->value() < bar->maximum(); ++screen) {
        bar->setValue(bar->value() + bar->pageStep());
        save(window, QStringLiteral("%1-scroll%2").arg(name).arg(screen));
    }
    bar->setValue(start);
}

void ScreenshotWriter::saveCharts(const QList<ChartView *> &views, const QString &name)
{
    // The charts the page shows (a team plan's units only for a team plan), numbered in order.
    int number = 0;
    for (ChartView *view : views) {
        if (!view->isHidden())
            save(view, numbered(name, ++number, chartName(view->spec()), 2));
    }
}

void ScreenshotWriter::savePresentation(const Plan &plan, const QString &name)
{
    ui::PresentationWindow window(plan, false);
    window.resize(1280, 800);
    window.showSlide(0); // the title slide
    save(&window, name);
    window.showSlide(1);
    save(&window, name + QStringLiteral("-headline"));
    // The collections slide too: a chart whose takeaway is a sentence about money.
    const qsizetype collections =
        window.slides().indexOf(ui::ChartSpec{ui::ChartKind::Collections, 0});
    if (collections >= 0) {
        window.showSlide(ui::openingSlideCount + int(collections));
        save(&window, name + QStringLiteral("-collections"));
    }
    // The presenter view on the first chart, the targets, with the sample's notes for it.
    ui::PresenterView presenter(&window, nullptr);
    presenter.resize(1280, 800);
    window.showSlide(ui::openingSlideCount);
    save(&presenter, name + QStringLiteral("-presenter"));
}

void ScreenshotWriter::saveWizard(PlanDocument *document, const QString &name)
{
    {
        ui::PlanWizard intro;
        // The first page as it offers a template: the choice and the line saying what it assumes.
        if (auto *start = intro.findChild<QComboBox *>(QStringLiteral("wizard.template")))
            start->setCurrentIndex(start->findData(QStringLiteral("manufacturing")));
        intro.show();
        save(&intro, numbered(name, 0, shortName(intro.currentPage())));
    }
    const QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("wizard.salesplan"));
    if (!folder.isValid() || !document->saveCopyAs(copy))
        return;
    std::unique_ptr<ui::PlanWizard> wizard;
    for (int id = 1; id <= wizardSummaryId; ++id) {
        if (wizard)
            wizard->next();
        if (!wizard || wizard->currentId() != id) { // Next is held back by the page's errors
            wizard.reset(); // lets go of the copy's lock before opening it again
            wizard = std::make_unique<ui::PlanWizard>(copy, id);
            wizard->show();
        }
        save(wizard.get(), numbered(name, id, shortName(wizard->currentPage())));
    }
}

void ScreenshotWriter::saveInvalidAmount(ui::MainWindow &window, const QString &name)
{
    window.showSection(Section::Targets);
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("targets.annualTarget"));
    if (!edit)
        return;
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("targets.tabs")))
        tabs->setCurrentIndex(0);
    window.activateWindow();
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QKeyEvent typed(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("1e30"));
    QApplication::sendEvent(edit, &typed);
    save(&window, name + QStringLiteral("-1-typed"));
    edit->clearFocus();
    save(&window, name + QStringLiteral("-2-left"));
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(edit, &escape); // the reason goes; the plan was never changed
}

void ScreenshotWriter::saveMemberMonths(ui::MainWindow &window, const QString &name)
{
    window.showSection(Section::Targets);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("targets.tabs"));
    auto *split = window.findChild<QComboBox *>(QStringLiteral("targets.decompositionSplit"));
    const int members = split ? split->findData(int(TargetSplit::Members)) : -1;
    if (!tabs || members < 0)
        return;
    const int shownTab = tabs->currentIndex();
    const int shownSplit = split->currentIndex();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->widget(tab)->isAncestorOf(split))
            tabs->setCurrentIndex(tab);
    }
    split->setCurrentIndex(members);
    save(&window, name);
    split->setCurrentIndex(shownSplit);
    tabs->setCurrentIndex(shownTab);
}

void ScreenshotWriter::saveActualsByMember(ui::MainWindow &window, const QString &name)
{
    ui::ReviewPage *review = window.reviewPage();
    auto *by = review ? review->findChild<QComboBox *>(QStringLiteral("actuals.by")) : nullptr;
    const int members = by ? by->findData(int(ActualsBy::Member)) : -1;
    if (members < 0)
        return;
    const int shownTab = review->tabs()->currentIndex();
    const int shownBy = by->currentIndex();
    review->tabs()->setCurrentWidget(review->actualsPanel());
    by->setCurrentIndex(members);
    save(&window, name);
    by->setCurrentIndex(shownBy);
    review->tabs()->setCurrentIndex(shownTab);
}

void ScreenshotWriter::saveAdjustDialog(ui::MainWindow &window, const QString &name)
{
    ui::ReviewPage *review = window.reviewPage();
    if (!review)
        return;
    ui::AdjustRemainingMonthsDialog adjust(window.document(), review->month(), &window);
    if (adjust.canAdjust())
        save(&adjust, name);
}

void ScreenshotWriter::savePreferences(QWidget *parent, const QString &name)
{
    ui::PreferencesDialog dialog(parent);
    save(&dialog, name);
}

void ScreenshotWriter::saveImportPreview(PlanDocument *document, QWidget *parent,
                                         const QString &name)
{
    const QTemporaryDir folder;
    QFile csv(folder.filePath(QStringLiteral("history.csv")));
    if (!folder.isValid() || !csv.open(QIODevice::WriteOnly) || csv.write(historyCsv()) < 0)
        return;
    csv.close();
    ui::ImportHistoryDialog dialog(document, parent);
    dialog.openFile(csv.fileName());
    save(&dialog, name);
}

void ScreenshotWriter::saveImportActuals(PlanDocument *document, QWidget *parent,
                                         const QString &name)
{
    const QTemporaryDir folder;
    QFile csv(folder.filePath(QStringLiteral("actuals.csv")));
    if (!folder.isValid() || !csv.open(QIODevice::WriteOnly) ||
        csv.write(actualsCsv(document->plan().info.period)) < 0)
        return;
    csv.close();
    ui::ImportHistoryDialog dialog(document, parent);
    dialog.openFile(csv.fileName());
    save(&dialog, name);
}

void ScreenshotWriter::saveVersions(PlanDocument *document, QWidget *parent, const QString &name)
{
    const QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("versions.salesplan"));
    if (!folder.isValid() || !document->saveCopyAs(copy))
        return;
    auto file = PlanFile::open(copy);
    if (!file)
        return;
    PlanDocument versions(std::move(file.value()));
    {
        ui::VersionsDialog empty(&versions, parent);
        save(&empty, numbered(name, 0, QStringLiteral("empty")));
    }
    const bool chinese = ui::Translators::current().startsWith(u"zh");
    const QString author = versions.plan().info.author;
    const Result<RowId> first = versions.saveVersion(
        chinese ? QStringLiteral("提交领导审阅") : QStringLiteral("Submitted to leadership"),
        author);
    versions.edit(QStringLiteral("next round"), editForNextRound);
    const Result<RowId> second = versions.saveVersion(
        chinese ? QStringLiteral("董事会批准 v1") : QStringLiteral("Board-approved v1"), author);
    if (!first || !second)
        return;
    {
        ui::VersionsDialog dialog(&versions, parent);
        save(&dialog, numbered(name, 1, QStringLiteral("list")));
    }
    ui::ComparisonWindow comparison(&versions, *first, *second, parent);
    comparison.resize(1100, 800);
    save(&comparison, numbered(name, 2, QStringLiteral("comparison")));
    QScrollBar *bar = comparison.view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    save(&comparison, numbered(name, 3, QStringLiteral("texts")));
    // Open: the first version in a window of its own, read-only.
    const auto listed = versions.versions();
    const Result<Plan> plan = versions.versionPlan(*first);
    ui::MainWindow window;
    if (listed && plan && window.showVersion(*plan, listed->first(), QStringLiteral("plan"))) {
        window.resize(1280, 800);
        save(&window, numbered(name, 4, QStringLiteral("open")));
    }
}

void ScreenshotWriter::saveReportDialogs(const Plan &plan, QWidget *parent,
                                         const QString &exportName, const QString &previewName)
{
    {
        ui::ExportPdfDialog dialog(plan, parent);
        save(&dialog, exportName);
    }
    {
        ui::ExportLettersDialog dialog(plan, parent);
        save(&dialog, exportName + QStringLiteral("-letters"));
    }
    QPrinter printer(QPrinter::HighResolution);
    ui::PlanPrinting::setUpPrinter(plan, &printer);
    const std::unique_ptr<QPrintPreviewDialog> preview(
        ui::PlanPrinting::createPreview(plan, &printer, parent));
    save(preview.get(), previewName);
}

void ScreenshotWriter::saveEditMenu(ui::MainWindow &window, const QString &name)
{
    const auto *copy = window.findChild<QAction *>(QStringLiteral("copyAction"));
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (!menu->actions().contains(copy))
            continue;
        menu->popup(window.mapToGlobal(QPoint(0, 0)));
        save(menu, name);
        menu->hide();
        return;
    }
}

void ScreenshotWriter::saveStatusDialogs(PlanDocument *document, QWidget *parent,
                                         const QString &name)
{
    {
        ui::ApproveDialog approve(parent);
        save(&approve, name + QStringLiteral("-approve"));
    }
    ui::ReopenDialog reopen(document->plan().info.author, parent);
    save(&reopen, name + QStringLiteral("-reopen"));
}

void ScreenshotWriter::saveGuide(ui::MainWindow &window, const QString &name)
{
    ui::GuideWindow guide;
    guide.resize(900, 700);
    guide.showPage(QStringLiteral("index.html"));
    save(&guide, name + QStringLiteral("-1-index"));
    guide.showPage(QStringLiteral("numbers.html"));
    save(&guide, name + QStringLiteral("-2-numbers"));
    window.showSection(Section::Targets);
    ui::GuideWindow *opened = window.showGuide();
    opened->resize(900, 700);
    save(opened, name + QStringLiteral("-3-targets"));
    opened->close();
}

void ScreenshotWriter::saveFigureHelp(ui::MainWindow &window, const QString &name)
{
    const struct
    {
        int page;
        const char *figure;
        const char *shot;
    } figures[] = {{0, "overview.figure.deals", "-1-deals"},
                   {1 + int(Section::Targets), "targets.funnel.result.headcount", "-2-headcount"}};
    for (const auto &figure : figures) {
        window.showPage(figure.page);
        auto *label = window.findChild<QWidget *>(QLatin1String(figure.figure));
        auto *how =
            label ? label->findChild<QAction *>(QStringLiteral("howIsThisComputed")) : nullptr;
        if (!how)
            continue;
        how->trigger();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->inherits("QWhatsThat")) {
                save(top, name + QLatin1String(figure.shot));
                top->close();
            }
        }
    }
}

QStringList saveScreenshots(ui::MainWindow &window, const QString &folder)
{
    ScreenshotWriter writer(folder);
    window.resize(1280, 800);
    PlanDocument *document = window.document();
    if (!document) {
        writer.save(&window, QStringLiteral("00-start"));
        writer.savePreferences(&window, QStringLiteral("13-preferences"));
        return writer.written();
    }
    {
        // The start page of a window without a plan, listing the open plan among the recent.
        ui::MainWindow start;
        start.resize(1280, 800);
        writer.save(&start, QStringLiteral("00-start"));
    }
    for (int index = 0; index < window.pageCount(); ++index) {
        QWidget *page = window.showPage(index);
        const QString name = QStringLiteral("%1-%2")
                                 .arg(index + 1, 2, 10, QChar(u'0'))
                                 .arg(ScreenshotWriter::shortName(page));
        writer.savePage(&window, page, name);
        if (name.endsWith(QStringLiteral("-targets"))) {
            writer.saveInvalidAmount(window, name + QStringLiteral("-1-target-invalid"));
            writer.saveMemberMonths(window, name + QStringLiteral("-4-decomposition-members"));
        }
        if (page == window.reviewPage()) {
            writer.saveActualsByMember(window, name + QStringLiteral("-1-actuals-members"));
            writer.saveAdjustDialog(window, name + QStringLiteral("-5-adjust"));
        }
        if (page == window.chartsPage())
            writer.saveCharts(window.chartsPage()->views(), QStringLiteral("10-chart"));
    }
    writer.savePresentation(document->plan(), QStringLiteral("11-presentation"));
    writer.saveWizard(document, QStringLiteral("12-wizard"));
    writer.savePreferences(&window, QStringLiteral("13-preferences"));
    writer.saveReportDialogs(document->plan(), &window, QStringLiteral("14-export-pdf"),
                             QStringLiteral("15-print-preview"));
    writer.saveImportPreview(document, &window, QStringLiteral("16-import-history-preview"));
    writer.saveImportActuals(document, &window, QStringLiteral("16-import-history-actuals"));
    writer.saveEditMenu(window, QStringLiteral("17-edit-menu"));
    writer.saveVersions(document, &window, QStringLiteral("18-versions"));
    writer.saveStatusDialogs(document, &window, QStringLiteral("19-status"));
    writer.saveGuide(window, QStringLiteral("20-guide"));
    writer.saveFigureHelp(window, QStringLiteral("21-whatsthis"));
    return writer.written();
}

} // namespace salesplan::tools
