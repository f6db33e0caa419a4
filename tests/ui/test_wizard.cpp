// The new-plan wizard and the main window, driven as a user drives them.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "exchange/plantemplates.h"
#include "mainwindow.h"
#include "sections/figurefield.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "store/planfile.h"
#include "wizard/planwizard.h"

#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

template <typename T> T *findField(QWidget *root, const char *key)
{
    auto *field = root->findChild<T *>(QString::fromLatin1(key));
    INFO("field " << key);
    REQUIRE(field);
    return field;
}

void typeInto(QWidget *root, const char *key, const QString &text)
{
    QWidget *field = findField<QWidget>(root, key);
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    // QTest::keyClicks knows ASCII only: send each character as the text of a key event.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    if (qobject_cast<FigureField *>(field->parentWidget()))
        QTest::keyClick(field, Qt::Key_Return); // a figure field takes a finished text
}

// Answers the next message box with `button` as soon as it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

// Adds a row to the table of the current page and names it, as a user does with Add and typing.
void addNamedRow(QWidget *page, const char *tableEditorName, const QString &name)
{
    auto *table = page->findChild<TableEditor *>(QString::fromLatin1(tableEditorName));
    INFO("table " << tableEditorName);
    REQUIRE(table);
    table->addRow();
    PlanTableModel *model = table->model();
    REQUIRE(model->setData(model->index(model->rowCount() - 1, 0), name, Qt::EditRole));
}

Plan planOnDisk(const QString &path)
{
    auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
    REQUIRE(file);
    return (*file)->plan();
}

// Fills the first page and goes on to the mission page; returns the plan's path.
QString startPlan(PlanWizard &wizard, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("新计划.salesplan"));
    typeInto(&wizard, "info.company", QStringLiteral("云启软件"));
    typeInto(&wizard, "info.name", QStringLiteral("2027 销售计划"));
    typeInto(&wizard, "wizard.path", path);
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("The wizard makes a complete plan page by page, the file holds every value", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    const QString path = startPlan(wizard, dir);

    SECTION("Next is blocked by the missing mission until it is written")
    {
        CHECK_FALSE(wizard.currentPage()->isComplete());
        typeInto(&wizard, "mission.mission", QStringLiteral("让成长型企业用得起客户管理"));
        CHECK(wizard.currentPage()->isComplete());
    }

    typeInto(&wizard, "mission.mission", QStringLiteral("让成长型企业用得起客户管理"));
    wizard.next();
    REQUIRE(wizard.currentId() == 2);
    CHECK_FALSE(wizard.currentPage()->isComplete()); // no target yet
    typeInto(&wizard, "targets.annualTarget", QStringLiteral("1.2亿"));
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    typeInto(&wizard, "team.trainingPlan", QStringLiteral("两周入职培训"));
    wizard.next();
    addNamedRow(wizard.currentPage(), "segmentsEditor", QStringLiteral("大型制造企业"));
    wizard.next();
    addNamedRow(wizard.currentPage(), "stagesEditor", QStringLiteral("合同审批"));
    wizard.next();
    addNamedRow(wizard.currentPage(), "toolsEditor", QStringLiteral("企业微信"));
    wizard.next();
    typeInto(&wizard, "metrics.reviewNotes", QStringLiteral("每月复盘"));
    while (wizard.currentId() < wizard.pageIds().last()) {
        const int before = wizard.currentId();
        wizard.next();
        INFO("page " << before);
        REQUIRE(wizard.currentId() == before + 1);
    }
    wizard.accept();
    REQUIRE(wizard.result() == QDialog::Accepted);

    const Plan plan = planOnDisk(path);
    CHECK(plan.info.company == QStringLiteral("云启软件"));
    CHECK(plan.info.name == QStringLiteral("2027 销售计划"));
    CHECK(plan.mission.mission == QStringLiteral("让成长型企业用得起客户管理"));
    CHECK(plan.targets.annualTarget.minor == 12'000'000'000);
    CHECK(plan.team.trainingPlan == QStringLiteral("两周入职培训"));
    REQUIRE(plan.segments.size() == 1);
    CHECK(plan.segments.first().name == QStringLiteral("大型制造企业"));
    REQUIRE(plan.stages.size() == 8);
    CHECK(plan.stages.last().name == QStringLiteral("合同审批"));
    REQUIRE(plan.tools.size() == 1);
    CHECK(plan.tools.first().name == QStringLiteral("企业微信"));
    CHECK(plan.metrics.reviewNotes == QStringLiteral("每月复盘"));
}

TEST_CASE("Cancel keeps the draft when asked, and the draft resumes at the page left", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    QString path;
    {
        PlanWizard wizard;
        wizard.show();
        path = startPlan(wizard, dir);
        typeInto(&wizard, "mission.mission", QStringLiteral("Make planning easy"));
        wizard.next();
        answerNextMessageBox(QMessageBox::Save);
        wizard.reject();
    }
    REQUIRE(PlanWizard::keptDraft() == path);
    CHECK(PlanWizard::keptDraftPage() == 2);

    PlanWizard resumed(path, PlanWizard::keptDraftPage());
    resumed.show();
    CHECK(resumed.currentId() == 2);
    CHECK(resumed.document()->plan().mission.mission == QStringLiteral("Make planning easy"));
    answerNextMessageBox(QMessageBox::Discard);
    resumed.reject();
    CHECK(PlanWizard::keptDraft().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The main window reaches every section by keyboard and undoes across sections",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, makeDefaultPlan()));
    const Plan original = planOnDisk(path);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto *navigator = findField<QListWidget>(&window, "navigator");
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);

    navigator->setFocus();
    navigator->setCurrentRow(0);
    QStringList seen;
    for (int row = 0; row < navigator->count(); ++row) {
        seen.append(pages->currentWidget()->objectName());
        QTest::keyClick(navigator, Qt::Key_Down);
    }
    CHECK(seen == QStringList{QStringLiteral("overviewPage"), QStringLiteral("missionEditor"),
                              QStringLiteral("targetsEditor"), QStringLiteral("teamEditor"),
                              QStringLiteral("segmentsEditor"), QStringLiteral("stagesEditor"),
                              QStringLiteral("toolsEditor"), QStringLiteral("metricsEditor"),
                              QStringLiteral("chartsPage"), QStringLiteral("reviewPage"),
                              QStringLiteral("whatIfPage")});

    window.showSection(Section::Mission);
    typeInto(&window, "mission.mission", QStringLiteral("Win"));
    window.showSection(Section::Targets);
    typeInto(&window, "targets.annualTarget", QStringLiteral("500万"));
    CHECK(planOnDisk(path).targets.annualTarget.minor == 500'000'000);
    QUndoStack *undo = window.document()->undoStack();
    CHECK(undo->count() == 2);
    undo->undo();
    undo->undo();
    CHECK(planOnDisk(path) == original);
    CHECK(findField<QPlainTextEdit>(&window, "mission.mission")->toPlainText().isEmpty());
    undo->redo();
    undo->redo();
    CHECK(planOnDisk(path).mission.mission == QStringLiteral("Win"));
    CHECK(planOnDisk(path).targets.annualTarget.minor == 500'000'000);
}

TEST_CASE("A plan opened once is in Open Recent and opens again from there", "[mainwindow]")
{
    QTemporaryDir dir;
    QSettings().clear();
    const QString path = dir.filePath(QStringLiteral("recent.salesplan"));
    Plan plan = makeDefaultPlan();
    plan.mission.mission = QStringLiteral("Found again");
    REQUIRE(PlanFile::create(path, plan));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto *close = window.findChild<QAction *>(QStringLiteral("closeAction"));
    REQUIRE(close);
    close->trigger();
    CHECK(window.document() == nullptr);

    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    emit recent->aboutToShow();
    const QList<QAction *> actions = recent->actions();
    REQUIRE_FALSE(actions.isEmpty());
    CHECK(actions.first()->text() == QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    actions.first()->trigger();
    REQUIRE(window.document());
    CHECK(window.document()->plan().mission.mission == QStringLiteral("Found again"));
}

TEST_CASE("A change the disk refuses is reported and the plan stays as the file has it",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, makeDefaultPlan()));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.showSection(Section::Mission);
    // SQLite writes its rollback journal beside the plan: a folder in its place makes the write
    // fail the way a full or failing disk does.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("plan.salesplan-journal")));
    QString reported;
    QTimer answer; // the message comes after the edit returns; answer it when it shows
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&reported] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            reported = box->text();
            box->accept();
        }
    });
    answer.start();
    typeInto(&window, "mission.mission", QStringLiteral("X"));
    for (int waited = 0; reported.isEmpty() && waited < 5000; waited += 20)
        QTest::qWait(20);
    CHECK(reported.contains(QStringLiteral("The plan shows what the file holds")));
    CHECK(window.document()->plan().mission.mission.isEmpty());
    CHECK(window.document()->undoStack()->count() == 0);
    REQUIRE(QDir(dir.path()).rmdir(QStringLiteral("plan.salesplan-journal")));
    CHECK(planOnDisk(path).mission.mission.isEmpty());
}

TEST_CASE("Enter in a field commits it and stays on the page", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    startPlan(wizard, dir);
    typeInto(&wizard, "mission.mission", QStringLiteral("Win the north"));
    QTest::keyClick(findField<QWidget>(&wizard, "info.name"), Qt::Key_Return);
    REQUIRE(wizard.currentId() == 1);
    wizard.next();
    REQUIRE(wizard.currentId() == 2);

    typeInto(&wizard, "targets.annualTarget", QStringLiteral("1.2亿"));
    REQUIRE(wizard.currentPage()->isComplete()); // Next would go on
    QTest::keyClick(findField<QWidget>(&wizard, "targets.annualTarget"), Qt::Key_Return);
    CHECK(wizard.currentId() == 2);
    CHECK(wizard.document()->plan().targets.annualTarget.minor == 12'000'000'000);
    QTest::keyClick(findField<QWidget>(&wizard, "targets.annualTarget"), Qt::Key_Enter);
    CHECK(wizard.currentId() == 2);
    // A button that had the focus once (Next clicked, Browse tabbed through) does not become
    // what Enter presses, and no button is drawn as if it were.
    QApplication::setActiveWindow(&wizard);
    wizard.button(QWizard::NextButton)->setFocus();
    findField<QWidget>(&wizard, "targets.annualTarget")->setFocus();
    QTest::keyClick(findField<QWidget>(&wizard, "targets.annualTarget"), Qt::Key_Return);
    CHECK(wizard.currentId() == 2);
    for (const QPushButton *button : wizard.findChildren<QPushButton *>()) {
        INFO("button " << button->text().toStdString());
        CHECK_FALSE(button->isDefault());
    }

    SECTION("Enter on the focused Next button goes on")
    {
        wizard.button(QWizard::NextButton)->setFocus();
        QTest::keyClick(wizard.button(QWizard::NextButton), Qt::Key_Return);
        CHECK(wizard.currentId() == 3);
    }

    SECTION("and on the last page Enter does not finish the wizard")
    {
        auto *steps = findField<QListWidget>(&wizard, "wizardSteps");
        steps->setCurrentRow(steps->count() - 1);
        REQUIRE(wizard.currentId() == wizard.pageIds().last());
        QTest::keyClick(wizard.currentPage(), Qt::Key_Return);
        CHECK(wizard.isVisible());
        CHECK(wizard.result() != QDialog::Accepted);
    }
}

TEST_CASE("Enter in a table cell commits the cell and stays on the page", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    startPlan(wizard, dir);
    typeInto(&wizard, "mission.mission", QStringLiteral("Win the north"));
    wizard.next();
    typeInto(&wizard, "targets.annualTarget", QStringLiteral("500万"));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == 4); // segments
    auto *table = wizard.currentPage()->findChild<TableEditor *>(QStringLiteral("segmentsEditor"));
    REQUIRE(table);
    table->addRow(); // opens the new row's name for typing
    auto *cell = table->view()->viewport()->findChild<QLineEdit *>();
    REQUIRE(cell);
    cell->setText(QStringLiteral("Workshops"));
    QTest::keyClick(cell, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits and closes the editor queued
    CHECK(wizard.currentId() == 4);
    REQUIRE(wizard.document()->plan().segments.size() == 1);
    CHECK(wizard.document()->plan().segments.first().name == QStringLiteral("Workshops"));

    // Enter on the table itself (no cell open) stays too.
    QTest::keyClick(table->view(), Qt::Key_Return);
    CHECK(wizard.currentId() == 4);
}

namespace {

// The Alt+letter mnemonics a user can reach on the wizard as it shows now: labels with a buddy,
// buttons, group boxes and tabs that are visible, the wizard's own buttons among them.
QMultiMap<QString, QString> visibleMnemonics(QWidget *root)
{
    QMultiMap<QString, QString> found;
    const auto note = [&found](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(), text);
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            note(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
    }
    return found;
}

// "Alt+N: Plan &name:|&Next >" for each key that more than one of them uses.
QStringList clashes(QWidget *root)
{
    const QMultiMap<QString, QString> found = visibleMnemonics(root);
    QStringList out;
    for (const QString &key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            out.append(key + QStringLiteral(": ") + QStringList(found.values(key)).join(u'|'));
    }
    return out;
}

// The page as shown, then with each tab of each of its tab widgets in front in turn.
void checkMnemonicsUnique(PlanWizard &wizard)
{
    INFO("page " << wizard.currentPage()->objectName().toStdString());
    CHECK(clashes(&wizard) == QStringList());
    for (QTabWidget *tabs : wizard.currentPage()->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            INFO("tab " << tabs->tabText(i).toStdString());
            CHECK(clashes(&wizard) == QStringList());
        }
    }
}

} // namespace

TEST_CASE("Every wizard page's mnemonics are unique, Next's and Back's among them", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    checkMnemonicsUnique(wizard);
    startPlan(wizard, dir);
    typeInto(&wizard, "mission.mission", QStringLiteral("Win the north"));
    checkMnemonicsUnique(wizard);
    wizard.next();
    typeInto(&wizard, "targets.annualTarget", QStringLiteral("500万"));
    for (;;) {
        checkMnemonicsUnique(wizard);
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before)
            break;
    }
    CHECK(wizard.currentId() == wizard.pageIds().last());
    answerNextMessageBox(QMessageBox::Discard);
    wizard.reject();
}

namespace {

// Sets an environment variable for the life of the object, then puts the old value back.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("A missing Documents folder is made on Next and no problem shows", "[wizard]")
{
    QTemporaryDir home;
    const ScopedEnvironment homeVariable("HOME", home.path().toLocal8Bit());
    const ScopedEnvironment configVariable("XDG_CONFIG_HOME", QByteArray());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE(documents.startsWith(home.path()));
    REQUIRE_FALSE(QFileInfo::exists(documents));

    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    const QString path = findField<QLineEdit>(&wizard, "wizard.path")->text();
    CHECK(QFileInfo(path).absolutePath() == documents);
    wizard.next();
    CHECK(findField<QLabel>(&wizard, "wizard.problem")->text() == QString());
    REQUIRE(wizard.currentId() == 1);
    CHECK(QFileInfo(documents).isDir());
    CHECK(QFileInfo::exists(path));
    answerNextMessageBox(QMessageBox::Discard);
    wizard.reject();
}

TEST_CASE("The file is named after the plan until the user edits its name", "[wizard]")
{
    QTemporaryDir dir;
    PlanWizard wizard;
    wizard.show();
    auto *path = findField<QLineEdit>(&wizard, "wizard.path");
    const QString folder = QFileInfo(path->text()).path();
    typeInto(&wizard, "info.name", QStringLiteral("East: Q1/Q2 push"));
    CHECK(path->text() == QDir(folder).filePath(QStringLiteral("East- Q1-Q2 push.salesplan")));
    typeInto(&wizard, "info.name", QStringLiteral("2027 销售计划"));
    CHECK(path->text() == QDir(folder).filePath(QStringLiteral("2027 销售计划.salesplan")));

    const QString mine = dir.filePath(QStringLiteral("mine.salesplan"));
    typeInto(&wizard, "wizard.path", mine);
    typeInto(&wizard, "info.name", QStringLiteral("Another name"));
    CHECK(path->text() == mine);
}

TEST_CASE("A problem with the folder goes once the path is fixed", "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.close();
    PlanWizard wizard;
    wizard.show();
    auto *problem = findField<QLabel>(&wizard, "wizard.problem");

    const QString badPath =
        QString::fromUtf8(GENERATE("notes.txt/plan.salesplan", "no such folder/plan.salesplan"));
    INFO("path " << badPath.toStdString());
    typeInto(&wizard, "wizard.path", dir.filePath(badPath));
    wizard.next();
    CHECK(wizard.currentId() == 0);
    CHECK_FALSE(problem->text().isEmpty());
    CHECK(problem->isVisible());

    typeInto(&wizard, "wizard.path", dir.filePath(QStringLiteral("plan.salesplan")));
    CHECK(problem->text() == QString());
    CHECK_FALSE(problem->isVisible());
    wizard.next();
    CHECK(wizard.currentId() == 1);
    answerNextMessageBox(QMessageBox::Discard);
    wizard.reject();
}

TEST_CASE("Back on the first page after the file is made, its choices are shown, not changeable",
          "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    typeInto(&wizard, "wizard.path", dir.filePath(QStringLiteral("blank.salesplan")));
    auto *start = findField<QComboBox>(&wizard, "wizard.template");
    CHECK(start->isEnabled());
    const int first = wizard.currentId();
    wizard.next();
    REQUIRE(wizard.currentId() == first + 1);
    wizard.back();
    REQUIRE(wizard.currentId() == first);
    // Choosing a template now would change nothing in the plan already made: it cannot be chosen.
    CHECK_FALSE(start->isEnabled());
    CHECK(start->toolTip().contains(QStringLiteral("sections")));
    CHECK_FALSE(findField<QLineEdit>(&wizard, "info.name")->isEnabled());
    CHECK_FALSE(findField<QLineEdit>(&wizard, "wizard.path")->isEnabled());
}

TEST_CASE("A plan started from a template finishes with the template's stages and figures",
          "[wizard]")
{
    QTemporaryDir dir;
    QSettings().clear();
    PlanWizard wizard;
    wizard.show();
    auto *start = findField<QComboBox>(&wizard, "wizard.template");
    REQUIRE(start->count() == 1 + int(planTemplateKeys().size()));
    CHECK(start->itemData(0).toString().isEmpty()); // a blank plan first
    const QString language =
        findField<QComboBox>(&wizard, "info.language")->currentData().toString();
    const int year = findField<QSpinBox>(&wizard, "info.period.year")->value();
    const Result<Plan> expected = planFromTemplate(QStringLiteral("manufacturing"), language, year);
    REQUIRE(expected);

    start->setCurrentIndex(start->findData(QStringLiteral("manufacturing")));
    const PlanTemplate chosen = planTemplates(language).at(1);
    CHECK(findField<QLabel>(&wizard, "wizard.templateDescription")->text() == chosen.description);
    auto *currency = findField<QComboBox>(&wizard, "info.currency");
    CHECK(currency->currentText() == expected->info.currency);
    CHECK_FALSE(currency->isEnabled()); // the template's amounts are in its currency
    CHECK(findField<QLineEdit>(&wizard, "info.name")->text() == expected->info.name);

    const QString path = dir.filePath(QStringLiteral("equipment.salesplan"));
    typeInto(&wizard, "wizard.path", path);
    while (wizard.currentId() < wizard.pageIds().last()) {
        const int before = wizard.currentId();
        wizard.next();
        INFO("page " << before);
        REQUIRE(wizard.currentId() == before + 1); // nothing is missing: no error blocks Next
    }
    wizard.accept();
    REQUIRE(wizard.result() == QDialog::Accepted);

    const Plan plan = planOnDisk(path);
    CHECK(plan.info.company == expected->info.company);
    CHECK(plan.info.name == expected->info.name);
    CHECK(plan.info.period.year == year);
    CHECK(plan.stages == expected->stages);
    CHECK(plan.targets == expected->targets);
    CHECK(plan.segments == expected->segments);

    SECTION("Back to a blank plan, the page offers the blank plan's name and currency again")
    {
        PlanWizard again;
        auto *choice = findField<QComboBox>(&again, "wizard.template");
        choice->setCurrentIndex(choice->findData(QStringLiteral("saas")));
        choice->setCurrentIndex(0);
        CHECK(findField<QComboBox>(&again, "info.currency")->isEnabled());
        CHECK(findField<QLineEdit>(&again, "info.company")->placeholderText().isEmpty());
        CHECK(findField<QLineEdit>(&again, "info.name")->text().contains(QString::number(year)));
    }
}
