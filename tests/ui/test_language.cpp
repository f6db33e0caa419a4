// Speaking another language: switching at run time, the Preferences dialog, money in 万 and 亿,
// and a new plan's default texts in the plan's language.
#include <catch2/catch.hpp>

#include "charts/chartbuilders.h"
#include "charts/presentationwindow.h"
#include "document/plandocument.h"
#include "language/language.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "plan/format.h"
#include "preferencesdialog.h"
#include "store/planfile.h"
#include "summary/plansummary.h"
#include "wizard/planwizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

const char mainWindowContext[] = "salesplan::ui::MainWindow";
const char missionContext[] = "salesplan::ui::MissionEditor";

// Stands in for translations still being written: while SalesPlan speaks Chinese, a text that
// has no translation yet reads "‹zh_CN› text", so every test below sees the window change. Real
// translations, installed later by Translators, are asked first and win.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString language = Translators::current();
        if (language == QStringLiteral("en") || !context || !source || !*source ||
            context[0] == 'Q')
            return {}; // English, and Qt's own contexts (QWizard, QDialogButtonBox...)
        return QStringLiteral("‹%1› %2").arg(language, QString::fromUtf8(source));
    }
};

// Settings of a test of its own (QStandardPaths' test mode), English, the marking translator
// and the 万/亿 option off; English again and the option off when the test ends.
struct LanguageTest
{
    LanguageTest()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Translators::use(QStringLiteral("en"));
        QCoreApplication::installTranslator(&marking);
        setLargeAmountsInWanYi(false);
    }
    ~LanguageTest()
    {
        QCoreApplication::removeTranslator(&marking);
        Translators::use(QStringLiteral("en"));
        setLargeAmountsInWanYi(false);
        QSettings().clear();
    }
    MarkingTranslator marking;
};

// Lets the windows catch up with a language switch (the events are posted, then queued).
void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

Plan planWithTarget()
{
    Plan plan = makeDefaultPlan();
    plan.info.name = QStringLiteral("2027 plan");
    plan.targets.annualTarget = Money::of(12'000'000'000, QStringLiteral("CNY"));
    plan.mission.mission = QStringLiteral("Serve growing firms");
    return plan;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString fileMenuTitle(MainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    return menus.first()->text();
}

// The label in front of the mission field of the main window's mission editor.
QString missionLabel(MainWindow &window)
{
    auto *field = window.findChild<QWidget *>(QStringLiteral("mission.mission"));
    REQUIRE(field);
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == field)
            return label->text();
    }
    FAIL("the mission field has no label");
    return {};
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QString shownPageName(MainWindow &window)
{
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    return pages->currentWidget()->objectName();
}

void typeInto(QWidget *root, const QString &key, const QString &text)
{
    auto *field = root->findChild<QLineEdit *>(key);
    INFO("field " << key.toStdString());
    REQUIRE(field);
    field->setFocus();
    field->selectAll();
    // QTest::keyClicks knows ASCII only: send each character as the text of a key event.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(field, Qt::Key_Return); // a money field takes a finished text
}

} // namespace

TEST_CASE("Switching the language retranslates the open window and back, without an edit",
          "[language]")
{
    LanguageTest language;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, planWithTarget()));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.showSection(Section::Mission);
    settle();
    QUndoStack *undo = window.document()->undoStack();
    const int steps = undo->count();
    const QByteArray before = fileBytes(path);
    CHECK(fileMenuTitle(window) == QStringLiteral("&File"));
    CHECK(missionLabel(window) == QStringLiteral("&Mission:"));

    Translators::use(QStringLiteral("zh_CN"));
    settle();
    const QString chineseFile = translated(mainWindowContext, "&File");
    REQUIRE(chineseFile != QStringLiteral("&File"));
    CHECK(fileMenuTitle(window) == chineseFile);
    CHECK(missionLabel(window) == translated(missionContext, "&Mission:"));
    CHECK(shownPageName(window) == QStringLiteral("missionEditor"));
    auto *navigator = window.findChild<QListWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    CHECK(navigator->item(0)->text() == translated(mainWindowContext, "Overview"));

    Translators::use(QStringLiteral("en"));
    settle();
    CHECK(fileMenuTitle(window) == QStringLiteral("&File"));
    CHECK(missionLabel(window) == QStringLiteral("&Mission:"));
    CHECK(shownPageName(window) == QStringLiteral("missionEditor"));
    CHECK(navigator->item(0)->text() == QStringLiteral("Overview"));

    // Making the pages again read the plan and wrote nothing.
    CHECK(undo == window.document()->undoStack());
    CHECK(undo->count() == steps);
    CHECK(fileBytes(path) == before);
    CHECK(window.document()->plan() == planWithTarget());
}

TEST_CASE("Edits after a language switch still reach the plan and undo", "[language]")
{
    LanguageTest language;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, planWithTarget()));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    window.showSection(Section::Mission);
    Translators::use(QStringLiteral("zh_TW"));
    settle();

    typeInto(&window, QStringLiteral("mission.marketSize"), QStringLiteral("1.2億"));
    CHECK(window.document()->plan().mission.marketSize ==
          Money::of(12'000'000'000, QStringLiteral("CNY")));
    typeInto(&window, QStringLiteral("mission.marketSize"), QStringLiteral("500万"));
    CHECK(window.document()->plan().mission.marketSize ==
          Money::of(500'000'000, QStringLiteral("CNY")));
    REQUIRE(window.document()->undoStack()->canUndo());
    window.document()->undoStack()->undo();
    CHECK(window.document()->plan().mission.marketSize !=
          Money::of(500'000'000, QStringLiteral("CNY")));
}

TEST_CASE("The presentation speaks the new language on the slide it shows", "[language]")
{
    LanguageTest language;
    const Plan plan = planWithTarget();
    PresentationWindow presentation(plan, false);
    presentation.show();
    presentation.showSlide(openingSlideCount); // the first chart
    const ChartSpec spec = presentation.slides().first();
    const QString english = chartTitle(spec, plan);
    CHECK(presentation.currentTitle() == english);

    Translators::use(QStringLiteral("zh_CN"));
    settle();
    REQUIRE(chartTitle(spec, plan) != english);
    CHECK(presentation.currentTitle() == chartTitle(spec, plan));
    CHECK(presentation.currentSlide() == openingSlideCount);
    Translators::use(QStringLiteral("en"));
    settle();
    CHECK(presentation.currentTitle() == chartTitle(spec, plan));
}

TEST_CASE("Preferences offer the system's language and three others, and saving switches",
          "[language]")
{
    LanguageTest language;
    MainWindow window;
    window.show();
    settle();
    auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(preferences);

    // Scripts the modal dialog as a user would (no REQUIRE in here: it runs inside exec()).
    bool scripted = false;
    QTimer::singleShot(0, [&scripted] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        auto *languages =
            dialog ? dialog->findChild<QComboBox *>(QStringLiteral("preferences.language"))
                   : nullptr;
        auto *wanYi =
            dialog ? dialog->findChild<QCheckBox *>(QStringLiteral("preferences.wanYi")) : nullptr;
        if (!languages || !wanYi) {
            if (dialog)
                dialog->reject();
            return;
        }
        CHECK(languages->count() == 4);
        CHECK(languages->itemData(0).toString().isEmpty()); // the system's language
        CHECK(languages->itemText(1) == QStringLiteral("English"));
        CHECK(languages->itemText(2) == QStringLiteral("简体中文"));
        CHECK(languages->itemText(3) == QStringLiteral("繁體中文"));
        CHECK(languages->currentIndex() == 0); // nothing chosen yet
        CHECK(wanYi->isChecked());             // on unless turned off
        languages->setCurrentIndex(3);
        CHECK(wanYi->isEnabled());
        wanYi->setChecked(false);
        dialog->accept();
        scripted = true;
    });
    preferences->trigger();
    REQUIRE(scripted);

    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("zh_TW"));
    CHECK_FALSE(QSettings().value(QStringLiteral("format/largeAmountsInWanYi")).toBool());
    CHECK(Translators::current() == QStringLiteral("zh_TW"));
    CHECK_FALSE(largeAmountsInWanYi());
    settle();
    CHECK(fileMenuTitle(window) == translated(mainWindowContext, "&File"));
    CHECK(fileMenuTitle(window) != QStringLiteral("&File"));
}

TEST_CASE("Preferences can go back to the system's language", "[language]")
{
    LanguageTest language;
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
    PreferencesDialog dialog;
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("preferences.language"));
    REQUIRE(languages);
    CHECK(languages->currentData().toString() == QStringLiteral("zh_CN"));
    languages->setCurrentIndex(0);
    dialog.accept();
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));
    CHECK(Translators::current() == languageForLocale(QLocale::system()));
    CHECK(preferences::storedWanYi());
}

TEST_CASE("The overview shows large amounts in 万 and 亿 with the exact figure as a tooltip",
          "[language]")
{
    LanguageTest language;
    Translators::use(QStringLiteral("zh_CN"));
    setLargeAmountsInWanYi(true);
    OverviewPage overview;
    const Plan plan = planWithTarget(); // ¥120,000,000.00, even by month
    overview.showPlan(plan, summarizePlan(plan));
    auto *quarters = overview.findChild<QTableWidget *>(QStringLiteral("quarterTargets"));
    REQUIRE(quarters);
    REQUIRE(quarters->item(0, 0));
    CHECK(quarters->item(0, 0)->text() == QStringLiteral("¥3,000万"));
    CHECK(quarters->item(0, 0)->toolTip() == QStringLiteral("¥30,000,000.00"));
    auto *months = overview.findChild<QTableWidget *>(QStringLiteral("monthTargets"));
    REQUIRE(months);
    REQUIRE(months->item(0, 0));
    CHECK(months->item(0, 0)->text() == QStringLiteral("¥1,000万"));

    setLargeAmountsInWanYi(false);
    overview.showPlan(plan, summarizePlan(plan));
    CHECK(quarters->item(0, 0)->text() == QStringLiteral("¥30,000,000.00"));
    CHECK(quarters->item(0, 0)->toolTip().isEmpty());
}

TEST_CASE("A new plan's stages and KPIs come in the plan's language, not the window's",
          "[language]")
{
    LanguageTest language;
    QTemporaryDir dir;
    PlanWizard wizard;
    wizard.show();
    auto *planLanguage = wizard.findChild<QComboBox *>(QStringLiteral("info.language"));
    REQUIRE(planLanguage);
    CHECK(planLanguage->currentData().toString() == QStringLiteral("en")); // the UI's language
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("info.name"));
    REQUIRE(name);
    planLanguage->setCurrentIndex(planLanguage->findData(QStringLiteral("zh_CN")));
    auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("wizard.path"));
    REQUIRE(path);
    path->setText(dir.filePath(QStringLiteral("plan.salesplan")));
    wizard.next();
    REQUIRE(wizard.document());

    const Plan &plan = wizard.document()->plan();
    CHECK(plan.info.language == QStringLiteral("zh_CN"));
    CHECK(Translators::current() == QStringLiteral("en"));
    REQUIRE_FALSE(plan.stages.isEmpty());
    REQUIRE_FALSE(plan.metrics.kpis.isEmpty());
    const ScopedLanguage chinese(QStringLiteral("zh_CN"));
    CHECK(plan.stages.first().name == translated("Stage", "Lead generation"));
    CHECK(plan.stages.first().name != QStringLiteral("Lead generation"));
    CHECK(plan.metrics.kpis.first().name == translated("Kpi", "Qualified leads"));
    CHECK(plan.info.name == QCoreApplication::translate("salesplan::ui::IntroPage", "Sales plan %1")
                                .arg(plan.info.period.year));
}
