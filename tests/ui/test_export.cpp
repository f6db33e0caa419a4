// File ▸ Export PDF…, File ▸ Export Workbook… and File ▸ Print…: the dialog's choices, the export
// they drive (read back with pdftotext), a cancelled export that leaves the old file alone, and
// printing with its preview.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "language/language.h"
#include "mainwindow.h"
#include "plan/sectiontitle.h"
#include "report/exportlettersdialog.h"
#include "report/exportpdfdialog.h"
#include "report/planprinting.h"
#include "report/workbookexport.h"
#include "store/planfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

using uitest::sample;

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(-1));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found);
    return found;
}

QPushButton *okButton(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    return buttons->button(QDialogButtonBox::Ok);
}

void setSectionChecked(QDialog *dialog, Section section, bool checked)
{
    QListWidgetItem *item = child<QListWidget>(dialog, "sectionList")->item(int(section));
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

// Answers the next message box with `button` as soon as it shows; reports that it showed.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *shown)
{
    QTimer::singleShot(0, [button, shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *shown = true;
            box->button(button)->click();
        }
    });
}

// Presses Cancel on the export's progress dialog as soon as it exists.
void cancelProgressUnder(QWidget *parent, QTimer &timer)
{
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, parent, [parent] {
        if (auto *progress = parent->findChild<QProgressDialog *>(QStringLiteral("exportProgress")))
            progress->cancel();
    });
    timer.start();
}

} // namespace

TEST_CASE("Letter is the default paper in the United States and Canada, A4 elsewhere", "[export]")
{
    CHECK(ExportPdfDialog::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QPageSize::Letter);
    CHECK(ExportPdfDialog::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)) ==
          QPageSize::Letter);
    CHECK(ExportPdfDialog::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          QPageSize::A4);
    CHECK(ExportPdfDialog::defaultPageSize(QLocale(QLocale::Chinese, QLocale::China)) ==
          QPageSize::A4);
}

TEST_CASE("The Export PDF dialog starts with the locale's paper, the plan's language and every "
          "section",
          "[export]")
{
    QSettings().clear();
    Plan plan = sample("sample-zh_CN.json");
    ExportPdfDialog dialog(plan);
    CHECK(child<QComboBox>(&dialog, "pageSizeCombo")->currentData().toInt() ==
          int(ExportPdfDialog::defaultPageSize(QLocale::system())));
    CHECK(child<QComboBox>(&dialog, "languageCombo")->currentData().toString() ==
          QStringLiteral("zh_CN"));
    CHECK(QFileInfo(dialog.outputPath()).fileName() == plan.info.name + QStringLiteral(".pdf"));
    auto *sections = child<QListWidget>(&dialog, "sectionList");
    REQUIRE(sections->count() == sectionCount);
    for (int s = 0; s < sectionCount; ++s) {
        CHECK(sections->item(s)->text() == sectionTitle(Section(s)));
        CHECK(sections->item(s)->checkState() == Qt::Checked);
    }
    CHECK(dialog.options().sections.size() == sectionCount);
    CHECK(okButton(&dialog)->isEnabled());
    // The open points stay out of a report for leadership unless asked for.
    auto *openPoints = child<QCheckBox>(&dialog, "openPointsCheck");
    CHECK_FALSE(openPoints->isChecked());
    CHECK_FALSE(dialog.options().includeOpenPoints);
    openPoints->click();
    CHECK(dialog.options().includeOpenPoints);

    plan.info.language = QStringLiteral("de");
    ExportPdfDialog german(plan);
    CHECK(child<QComboBox>(&german, "languageCombo")->currentData().toString() ==
          Translators::current());
}

TEST_CASE("The Export Target Letters dialog starts in the plan's language and switches the path "
          "to a folder for a PDF per member",
          "[export][letters]")
{
    QSettings().clear();
    const Plan plan = sample("sample-zh_CN.json");
    ExportLettersDialog dialog(plan);
    CHECK(dialog.options().language == QStringLiteral("zh_CN"));
    CHECK(dialog.options().page == ExportPdfDialog::defaultPageSize(QLocale::system()));
    CHECK_FALSE(dialog.perMember());
    const QFileInfo onePdf(dialog.outputPath());
    CHECK(onePdf.suffix() == QStringLiteral("pdf"));
    CHECK(onePdf.fileName().startsWith(plan.info.name));

    child<QRadioButton>(&dialog, "perMemberRadio")->click();
    CHECK(dialog.perMember());
    CHECK(dialog.outputPath() == onePdf.absolutePath());
    child<QRadioButton>(&dialog, "onePdfRadio")->click();
    CHECK(dialog.outputPath() == onePdf.absoluteFilePath());
}

TEST_CASE("Export is held back with no section ticked or no file named", "[export]")
{
    QSettings().clear();
    ExportPdfDialog dialog(sample("sample-en.json"));
    for (int s = 0; s < sectionCount; ++s)
        setSectionChecked(&dialog, Section(s), false);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    setSectionChecked(&dialog, Section::Tools, true);
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(dialog.options().sections == QList<Section>{Section::Tools});
    child<QLineEdit>(&dialog, "exportPathEdit")->setText(QStringLiteral("  "));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
}

TEST_CASE("The dialog remembers the paper and the folder, and asks before replacing a typed file",
          "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("report.pdf"));
    writeBytes(existing, "old report");
    const Plan plan = sample("sample-en.json");
    ExportPdfDialog dialog(plan);
    auto *page = child<QComboBox>(&dialog, "pageSizeCombo");
    page->setCurrentIndex(page->findData(int(QPageSize::Letter)));
    child<QLineEdit>(&dialog, "exportPathEdit")->setText(QDir::toNativeSeparators(existing));
    bool asked = false;
    answerNextMessageBox(QMessageBox::No, &asked);
    dialog.accept();
    CHECK(asked);
    CHECK(dialog.result() != QDialog::Accepted);
    asked = false;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    dialog.accept();
    CHECK(asked);
    CHECK(dialog.result() == QDialog::Accepted);

    ExportPdfDialog next(plan);
    CHECK(child<QComboBox>(&next, "pageSizeCombo")->currentData().toInt() ==
          int(QPageSize::Letter));
    CHECK(QFileInfo(next.outputPath()).absolutePath() == QFileInfo(existing).absolutePath());
}

TEST_CASE("The dialog's confidentiality line goes into the report options and is remembered",
          "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const Plan plan = sample("sample-en.json");
    ExportPdfDialog dialog(plan);
    auto *line = child<QLineEdit>(&dialog, "confidentialityEdit");
    CHECK(line->text().isEmpty());
    CHECK_FALSE(line->placeholderText().isEmpty());
    CHECK(dialog.options().confidentiality.isEmpty());
    line->setText(QStringLiteral("  Confidential —  board only "));
    CHECK(dialog.options().confidentiality == QStringLiteral("Confidential — board only"));
    child<QLineEdit>(&dialog, "exportPathEdit")->setText(dir.filePath(QStringLiteral("a.pdf")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    ExportPdfDialog next(plan);
    auto *nextLine = child<QLineEdit>(&next, "confidentialityEdit");
    CHECK(nextLine->text() == QStringLiteral("Confidential — board only"));
    CHECK(next.options().confidentiality == QStringLiteral("Confidential — board only"));
    nextLine->clear();
    child<QLineEdit>(&next, "exportPathEdit")->setText(dir.filePath(QStringLiteral("b.pdf")));
    next.accept();
    CHECK(ExportPdfDialog(plan).options().confidentiality.isEmpty());
}

TEST_CASE("Exporting with the dialog's choices writes the ticked sections and leaves out the "
          "others",
          "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const Plan plan = sample("sample-en.json"); // it has no findings that name a section
    QWidget window;
    ExportPdfDialog dialog(plan, &window);
    child<QLineEdit>(&dialog, "exportPathEdit")->setText(dir.filePath(QStringLiteral("plan")));
    setSectionChecked(&dialog, Section::Tools, false);
    const QString path = dialog.outputPath();
    CHECK(path == dir.filePath(QStringLiteral("plan.pdf")));

    const Status written = PlanPrinting::exportWithProgress(plan, path, dialog.options(), &window);
    INFO((written ? std::string() : written.error().message().toStdString()));
    REQUIRE(written);
    const QString text = pdfText(path);
    for (Section section : {Section::Mission, Section::Targets, Section::Team, Section::Segments,
                            Section::Stages, Section::Metrics})
        CHECK(text.contains(sectionTitle(section)));
    CHECK_FALSE(text.contains(sectionTitle(Section::Tools)));
}

TEST_CASE("Cancelling an export leaves the file that was there byte for byte", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    writeBytes(path, "the report as it was");
    const Plan plan = sample("sample-zh_CN.json");

    SECTION("from the progress callback")
    {
        ReportOptions options;
        options.progress = [](int pagesDone, int) {
            return pagesDone < 2;
        };
        const Status written = writePdf(plan, path, options);
        REQUIRE_FALSE(written);
        CHECK(written.error().message().contains(reportCancelled().message()));
    }
    SECTION("from the progress dialog's Cancel")
    {
        QWidget window;
        QTimer canceller;
        cancelProgressUnder(&window, canceller);
        const Status written = PlanPrinting::exportWithProgress(plan, path, {}, &window);
        REQUIRE_FALSE(written);
        CHECK(written.error().message().contains(reportCancelled().message()));
    }
    CHECK(bytesOf(path) == QByteArray("the report as it was"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("plan.pdf")});
}

TEST_CASE("A cancelled or failed export leaves no file behind", "[export]")
{
    QTemporaryDir dir;
    const Plan plan = sample("sample-en.json");
    QWidget window;
    QTimer canceller;
    cancelProgressUnder(&window, canceller);
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    CHECK_FALSE(PlanPrinting::exportWithProgress(plan, path, {}, &window));
    canceller.stop();
    const QString nowhere = dir.filePath(QStringLiteral("missing/plan.pdf"));
    const Status failed = PlanPrinting::exportWithProgress(plan, nowhere, {}, &window);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message().contains(QStringLiteral("does not exist")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Printing paints every page of the report onto the printer", "[print]")
{
    QTemporaryDir dir;
    const Plan plan = sample("sample-en.json");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    PlanPrinting::setUpPrinter(plan, &printer);
    const Result<int> pages = PlanPrinting::print(plan, &printer);
    INFO((pages ? std::string() : pages.error().message().toStdString()));
    REQUIRE(pages);
    CHECK(*pages > 1);
    CHECK(pdfPages(printer.outputFileName()) == *pages);
    REQUIRE_FALSE(plan.team.members.isEmpty());
    CHECK(pdfText(printer.outputFileName()).contains(plan.team.members.first().name));
}

TEST_CASE("The print preview shows the report's pages", "[print]")
{
    const Plan plan = sample("sample-zh_CN.json");
    QPrinter printer(QPrinter::HighResolution);
    PlanPrinting::setUpPrinter(plan, &printer);
    const std::unique_ptr<QPrintPreviewDialog> preview(
        PlanPrinting::createPreview(plan, &printer, nullptr));
    preview->show();
    QApplication::processEvents();
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    CHECK(pages->pageCount() > 1);
    preview->close();
}

TEST_CASE("Export PDF, Export Deck and Print are offered only while a plan is open", "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, sample("sample-en.json")));
    MainWindow window;
    auto *exportPdf = child<QAction>(&window, "exportPdfAction");
    auto *print = child<QAction>(&window, "printAction");
    auto *exportDeck = child<QAction>(&window, "exportDeckAction");
    CHECK_FALSE(exportPdf->isEnabled());
    CHECK_FALSE(print->isEnabled());
    CHECK_FALSE(exportDeck->isEnabled());
    REQUIRE(window.openFile(path));
    CHECK(exportPdf->isEnabled());
    CHECK(exportDeck->isEnabled());
    CHECK(print->isEnabled());
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
}

TEST_CASE("The window keeps its language while an export borrows another", "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, sample("sample-en.json")));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    const QString fileMenu = window.menuBar()->actions().first()->text();
    QStringList seen;
    ReportOptions chinese;
    chinese.language = QStringLiteral("zh_CN");
    chinese.progress = [&window, &seen](int, int) {
        QApplication::processEvents();
        seen.append(window.menuBar()->actions().first()->text());
        return true;
    };
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(PlanPrinting::exportWithProgress(window.document()->plan(), pdf, chinese, &window));
    REQUIRE(seen.size() > 1);
    CHECK(seen.count(fileMenu) == seen.size());
    CHECK(pdfText(pdf).contains(QStringLiteral("使命与定位"))); // the report did speak Chinese
}

TEST_CASE("Export Workbook is offered while a plan is open and starts in its last folder",
          "[export]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, sample("sample-en.json")));
    MainWindow window;
    auto *exportWorkbook = child<QAction>(&window, "exportWorkbookAction");
    CHECK_FALSE(exportWorkbook->isEnabled());
    REQUIRE(window.openFile(path));
    CHECK(exportWorkbook->isEnabled());

    const Plan &plan = window.document()->plan();
    CHECK(QFileInfo(WorkbookExport::suggestedPath(plan)).fileName() ==
          plan.info.name + QStringLiteral(".xlsx"));
    const QString folder = dir.filePath(QStringLiteral("workbooks"));
    REQUIRE(QDir().mkpath(folder));
    const QString workbook = QDir(folder).filePath(QStringLiteral("figures.xlsx"));
    REQUIRE(WorkbookExport::write(plan, window.document()->summary(), workbook));
    CHECK(QFileInfo(workbook).size() > 0);
    CHECK(QFileInfo(WorkbookExport::suggestedPath(plan)).absolutePath() == folder);
}

TEST_CASE("The export dialog offers the execution review of the latest month with actuals",
          "[export][review]")
{
    const Plan plan = uitest::sample("sample-zh_CN.json");
    ui::ExportPdfDialog before(plan);
    auto *month = before.findChild<QComboBox *>(QStringLiteral("reviewMonthCombo"));
    REQUIRE(month);
    CHECK(month->count() == 13); // none and the twelve months
    CHECK_FALSE(before.options().reviewMonth.has_value());

    ui::ExportPdfDialog after(uitest::withActualsToMay(plan));
    month = after.findChild<QComboBox *>(QStringLiteral("reviewMonthCombo"));
    REQUIRE(month);
    CHECK(after.options().reviewMonth == 4);
    month->setCurrentIndex(0);
    CHECK_FALSE(after.options().reviewMonth.has_value());
}
