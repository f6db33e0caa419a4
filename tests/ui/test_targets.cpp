// The Targets editor: what a sales manager types reaches the plan and the file as one undo step,
// bad input is refused in words, and every derived figure follows the plan.
#include <catch2/catch.hpp>

#include "document/plandocument.h"
#include "exchange/planjson.h"
#include "plan/format.h"
#include "sampleplans.h"
#include "sections/figurefield.h"
#include "sections/plantablemodel.h"
#include "sections/tableeditor.h"
#include "sections/targetsdecompositionmodel.h"
#include "sections/targetseditor.h"
#include "store/planfile.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace salesplan;
using namespace salesplan::ui;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<Money>
{
    static std::string convert(const Money &money) { return formatMoney(money).toStdString(); }
};
} // namespace Catch

namespace {

Money yuan(qint64 major)
{
    return Money::of(major * 100, QStringLiteral("CNY"));
}

// A plan with a target of ¥100,000,000, three regions, two product lines and a funnel.
Plan targetsPlan()
{
    Plan plan = makeDefaultPlan();
    plan.info.currency = QStringLiteral("CNY");
    plan.info.period = Period{2027, 1};
    plan.targets.annualTarget = yuan(100'000'000);
    plan.targets.regions = {{plan.ids.take(), QStringLiteral("East"), 45, {}},
                            {plan.ids.take(), QStringLiteral("South"), 35, {}},
                            {plan.ids.take(), QStringLiteral("North"), 20, {}}};
    plan.targets.products = {{plan.ids.take(), QStringLiteral("Standard"), 2, {}},
                             {plan.ids.take(), QStringLiteral("Enterprise"), 1, {}}};
    plan.targets.funnel.averageDealSize = yuan(80'000);
    return plan;
}

// A plan file in a temporary folder, open for editing, with a Targets editor on it.
struct OpenTargets
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<TargetsEditor> editor;

    explicit OpenTargets(const Plan &plan = targetsPlan())
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.salesplan"));
        REQUIRE(PlanFile::create(path, plan));
        auto file = PlanFile::open(path);
        REQUIRE(file);
        document = std::make_unique<PlanDocument>(std::move(file.value()));
        editor = std::make_unique<TargetsEditor>(document.get());
        // Shown and active, so the field being typed into has the focus as it would for a
        // person (a money field leaves the text alone while it has the focus).
        editor->resize(1280, 800);
        editor->show();
        editor->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(editor.get()));
    }

    ~OpenTargets()
    {
        editor.reset(); // before the document it shows
    }

    const Plan &plan() const { return document->plan(); }
    int undoSteps() const { return document->undoStack()->count(); }

    // The plan as the file holds it, read by a second, read-only PlanFile.
    Plan reopened() const
    {
        auto file = PlanFile::open(path, PlanFile::Access::ReadOnly);
        REQUIRE(file);
        return file.value()->plan();
    }

    template <typename Widget> Widget *find(const QString &objectName) const
    {
        auto *widget = editor->findChild<Widget *>(objectName);
        INFO("no widget named " << objectName.toStdString());
        REQUIRE(widget);
        return widget;
    }
};

// Replaces the text of a line edit or spin box the way a person does: select all, then type.
// A figure field takes the text only once it is finished: see enterInto.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Types `text` into a field and presses Enter, which finishes it.
void enterInto(QLineEdit *edit, const QString &text)
{
    typeInto(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Types `text` (Chinese too, which QTest::keyClicks cannot) into a field after selecting all,
// one key event per character, as a person types it.
void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString problemOf(const OpenTargets &open, const QString &key)
{
    return open.find<QLabel>(key + QStringLiteral("Problem"))->text();
}

} // namespace

TEST_CASE("Typing the annual target writes it to the plan and the file", "[targets]")
{
    OpenTargets open;
    enterInto(open.find<QLineEdit>(QStringLiteral("targets.annualTarget")),
              QStringLiteral("120,000,000"));

    CHECK(open.plan().targets.annualTarget.minor == 12'000'000'000);
    CHECK(open.plan().targets.annualTarget.currency == QStringLiteral("CNY"));
    CHECK(problemOf(open, QStringLiteral("targets.annualTarget")).isEmpty());
    CHECK(open.undoSteps() == 1); // the keystrokes merge into one edit
    CHECK(open.reopened().targets.annualTarget.minor == 12'000'000'000);
}

TEST_CASE("A field keeps nothing the user did not finish: 1e30 then Tab", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    typeInto(edit, QStringLiteral("1e30"));
    CHECK(problemOf(open, QStringLiteral("targets.annualTarget")) ==
          QStringLiteral("\"1e30\" is not an amount"));
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000)); // not ¥1, the prefix "1"

    QTest::keyClick(edit, Qt::Key_Tab);
    REQUIRE_FALSE(edit->hasFocus());
    QTest::qWait(FigureField::pauseMs + 100); // nothing is written later either
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
    CHECK(open.reopened().targets.annualTarget == yuan(100'000'000));
    CHECK(open.undoSteps() == 0);
    CHECK(edit->text() == formatMoney(yuan(100'000'000))); // the plan's value again
    CHECK(problemOf(open, QStringLiteral("targets.annualTarget")) ==
          QStringLiteral("Not taken: \"1e30\" is not an amount")); // kept until the next edit
    CHECK(open.find<QLabel>(QStringLiteral("targets.tiers.base"))->text() ==
          formatMoney(yuan(100'000'000)));

    typeInto(edit, QStringLiteral("9"));
    CHECK(problemOf(open, QStringLiteral("targets.annualTarget")).isEmpty());
}

TEST_CASE("5000万 then Enter is one undo step of ¥50,000,000.00", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    typeText(edit, QStringLiteral("5000万"));
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000)); // not 5, 50, 500, 5000
    CHECK(open.undoSteps() == 0);

    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(open.plan().targets.annualTarget == yuan(50'000'000));
    CHECK(open.undoSteps() == 1);
    CHECK(open.document->undoStack()->text(0) == QStringLiteral("Edit annual target"));
    CHECK(edit->hasFocus());                              // Enter finishes, it does not move on
    CHECK(edit->text() == QStringLiteral("50000000.00")); // what was understood, to edit
    CHECK(open.reopened().targets.annualTarget == yuan(50'000'000));

    SECTION("grouped once the focus moves on, plain again when it comes back")
    {
        QTest::keyClick(edit, Qt::Key_Tab);
        CHECK(edit->text() == QStringLiteral("¥50,000,000.00"));
        edit->setFocus(Qt::TabFocusReason);
        CHECK(edit->text() == QStringLiteral("50000000.00"));
        CHECK(edit->selectedText() == edit->text()); // Tab selects it all, to type over
    }
    SECTION("in 万 when the preference is on and the language Chinese")
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const bool wanYi = largeAmountsInWanYi();
        setLargeAmountsInWanYi(true);
        edit->clearFocus();
        const QString shown = edit->text();
        setLargeAmountsInWanYi(wanYi);
        QLocale::setDefault(before);
        CHECK(shown == QStringLiteral("¥5,000万"));
    }
    SECTION("typing on merges into the same step")
    {
        typeText(edit, QStringLiteral("6000万"));
        QTest::keyClick(edit, Qt::Key_Enter);
        CHECK(open.plan().targets.annualTarget == yuan(60'000'000));
        CHECK(open.undoSteps() == 1);
    }
}

TEST_CASE("Esc puts the plan's value back in a field being typed into", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));

    SECTION("a valid text")
    {
        typeInto(edit, QStringLiteral("777"));
    }
    SECTION("a text that does not read")
    {
        typeInto(edit, QStringLiteral("77x"));
        CHECK_FALSE(problemOf(open, QStringLiteral("targets.annualTarget")).isEmpty());
    }
    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK(edit->text() == QStringLiteral("100000000.00"));
    CHECK(problemOf(open, QStringLiteral("targets.annualTarget")).isEmpty());
    QTest::qWait(FigureField::pauseMs + 100); // the pause does not write it after all
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
    CHECK(open.undoSteps() == 0);
}

TEST_CASE("A pause in typing writes a text that reads", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    typeInto(edit, QStringLiteral("80,000,000"));
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
    QTest::qWait(FigureField::pauseMs + 200);
    CHECK(open.plan().targets.annualTarget == yuan(80'000'000));
    CHECK(open.reopened().targets.annualTarget == yuan(80'000'000));
    CHECK(edit->text() == QStringLiteral("80,000,000")); // left as typed while focused
    CHECK(edit->hasFocus());

    typeInto(edit, QStringLiteral("90,000,000"));
    QTest::qWait(FigureField::pauseMs + 200);
    CHECK(open.plan().targets.annualTarget == yuan(90'000'000));
    CHECK(open.undoSteps() == 1); // typing into one field is one step, pauses or not
}

TEST_CASE("Other changes reach a field, unless the user is typing in it", "[targets]")
{
    OpenTargets open;
    auto *target = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    const auto setTarget = [&](qint64 major) {
        open.document->edit(QStringLiteral("Set target"),
                            [major](Plan &plan) { plan.targets.annualTarget = yuan(major); });
    };
    setTarget(70'000'000);
    CHECK(target->text() == formatMoney(yuan(70'000'000)));

    typeInto(target, QStringLiteral("123"));
    setTarget(60'000'000);
    CHECK(target->text() == QStringLiteral("123")); // the user's unfinished text wins
    QTest::keyClick(target, Qt::Key_Return);
    CHECK(open.plan().targets.annualTarget == yuan(123));

    open.document->undoStack()->undo();
    CHECK(target->text() == QStringLiteral("60000000.00"));
}

TEST_CASE("A target typed in 亿 through an input method is understood", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent event; // how Chinese text reaches a field; keyClicks is Latin-1 only
    event.setCommitString(QStringLiteral("1.2亿"));
    QApplication::sendEvent(edit, &event);
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(open.plan().targets.annualTarget == yuan(120'000'000));
    CHECK(open.reopened().targets.annualTarget == yuan(120'000'000));
}

TEST_CASE("Letters or a negative target are refused with a reason", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));

    SECTION("letters")
    {
        enterInto(edit, QStringLiteral("abc"));
    }
    SECTION("a negative amount")
    {
        enterInto(edit, QStringLiteral("-5"));
    }
    SECTION("zero")
    {
        enterInto(edit, QStringLiteral("0"));
    }

    CHECK_FALSE(problemOf(open, QStringLiteral("targets.annualTarget")).isEmpty());
    CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
    CHECK(open.undoSteps() == 0);
    CHECK(open.reopened().targets.annualTarget == yuan(100'000'000));
}

TEST_CASE("Growth and target follow each other", "[targets]")
{
    OpenTargets open;
    auto *growth = open.find<QLineEdit>(QStringLiteral("targets.growth"));
    CHECK_FALSE(growth->isEnabled()); // no last year's actual yet

    enterInto(open.find<QLineEdit>(QStringLiteral("targets.lastYearActual")),
              QStringLiteral("100,000,000"));
    REQUIRE(open.plan().targets.lastYearActual == yuan(100'000'000));
    REQUIRE(growth->isEnabled());
    CHECK(growth->text() == QStringLiteral("0")); // the target is ¥100,000,000 as well

    SECTION("typing growth sets the target")
    {
        enterInto(growth, QStringLiteral("20"));
        CHECK(open.plan().targets.annualTarget == yuan(120'000'000));
        CHECK(open.undoSteps() == 2); // last year's actual, then the growth
        CHECK(open.find<QLineEdit>(QStringLiteral("targets.annualTarget"))->text() ==
              formatMoney(yuan(120'000'000)));
        CHECK(open.reopened().targets.annualTarget == yuan(120'000'000));
    }
    SECTION("a growth of -100 % would leave no target and is refused")
    {
        enterInto(growth, QStringLiteral("-100"));
        CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
        CHECK(problemOf(open, QStringLiteral("targets.growth")) ==
              QStringLiteral("must be more than -100 %"));
    }
    SECTION("typing the target shows the growth")
    {
        enterInto(open.find<QLineEdit>(QStringLiteral("targets.annualTarget")),
                  QStringLiteral("150000000"));
        CHECK(growth->text() == QStringLiteral("50"));
        CHECK(open.plan().targets.annualTarget == yuan(150'000'000));
        CHECK(open.undoSteps() == 2);
    }
}

TEST_CASE("Undo restores the previous target in the plan, the field and the file", "[targets]")
{
    OpenTargets open;
    auto *edit = open.find<QLineEdit>(QStringLiteral("targets.annualTarget"));
    enterInto(edit, QStringLiteral("120,000,000"));
    REQUIRE(open.plan().targets.annualTarget == yuan(120'000'000));

    SECTION("while the field has the focus, as plain digits")
    {
        open.document->undoStack()->undo();
        CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
        CHECK(edit->text() == QStringLiteral("100000000.00"));
    }
    SECTION("once the focus has moved on, grouped")
    {
        edit->clearFocus();
        open.document->undoStack()->undo();
        CHECK(open.plan().targets.annualTarget == yuan(100'000'000));
        CHECK(edit->text() == formatMoney(yuan(100'000'000)));
    }
    CHECK(open.reopened().targets.annualTarget == yuan(100'000'000));

    open.document->undoStack()->redo();
    CHECK(edit->text().remove(u',').contains(QStringLiteral("120000000.00")));
    CHECK(open.reopened().targets.annualTarget == yuan(120'000'000));
}

TEST_CASE("The decomposition table adds up exactly", "[targets]")
{
    Plan plan = targetsPlan();
    plan.targets.annualTarget = Money::of(10'000'000'007, QStringLiteral("CNY"));
    plan.targets.seasonality = SeasonalityMode::Custom;
    plan.targets.customWeights = {3, 1, 2, 2, 2, 3, 1, 1, 2, 3, 3, 7};
    OpenTargets open(plan);
    auto *view = open.find<QTableView>(QStringLiteral("targets.decomposition"));
    QAbstractItemModel *model = view->model();
    REQUIRE(model->rowCount() == 17);
    REQUIRE(model->columnCount() == 2 + 3); // period, total, three regions

    const auto amount = [&](int row, int column) {
        return model->index(row, column)
            .data(TargetsDecompositionModel::MinorUnitsRole)
            .toLongLong();
    };
    const auto kind = [&](int row) {
        return TargetsDecompositionModel::RowKind(
            model->index(row, 0).data(TargetsDecompositionModel::RowKindRole).toInt());
    };
    const int totalRow = model->rowCount() - 1;
    REQUIRE(kind(totalRow) == TargetsDecompositionModel::RowKind::Total);

    for (int column = TargetsDecompositionModel::TotalColumn; column < model->columnCount();
         ++column) {
        qint64 months = 0;
        int monthRows = 0;
        qint64 quarters = 0;
        for (int row = 0; row < totalRow; ++row) {
            if (kind(row) == TargetsDecompositionModel::RowKind::Month) {
                months += amount(row, column);
                ++monthRows;
            } else {
                quarters += amount(row, column);
                CHECK(amount(row, column) ==
                      amount(row + 1, column) + amount(row + 2, column) + amount(row + 3, column));
            }
        }
        CHECK(monthRows == 12);
        CHECK(months == amount(totalRow, column));
        CHECK(quarters == amount(totalRow, column));
    }
    CHECK(amount(totalRow, TargetsDecompositionModel::TotalColumn) == 10'000'000'007);
    CHECK(amount(totalRow, 2) + amount(totalRow, 3) + amount(totalRow, 4) == 10'000'000'007);
    CHECK(model->index(totalRow, 1).data().toString() ==
          formatMoney(Money::of(10'000'000'007, QStringLiteral("CNY"))));

    SECTION("the selector shows product lines and follows edits")
    {
        auto *split = open.find<QComboBox>(QStringLiteral("targets.decompositionSplit"));
        split->setCurrentIndex(1);
        REQUIRE(model->columnCount() == 2 + 2);
        CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Standard"));
        enterInto(open.find<QLineEdit>(QStringLiteral("targets.annualTarget")),
                  QStringLiteral("300"));
        CHECK(amount(totalRow, 2) == 20'000);
        CHECK(amount(totalRow, 3) == 10'000);
    }
}

TEST_CASE("A conversion rate of 250 % is out of range, not 25 %", "[targets]")
{
    OpenTargets open;
    const double before = open.plan().targets.funnel.leadToQualified;
    auto *rate = open.find<QLineEdit>(QStringLiteral("targets.funnel.leadToQualified"));
    enterInto(rate, QStringLiteral("250"));
    CHECK(rate->text() == QStringLiteral("250")); // every digit kept, none dropped
    CHECK(problemOf(open, QStringLiteral("targets.funnel.leadToQualified")) ==
          QStringLiteral("250% is out of range: 0% to 100%"));
    CHECK(open.plan().targets.funnel.leadToQualified == before);
    CHECK(open.undoSteps() == 0);

    SECTION("a rate in range is taken, with or without its sign")
    {
        enterInto(rate, QStringLiteral("25 %"));
        CHECK(open.plan().targets.funnel.leadToQualified == Approx(0.25));
        CHECK(problemOf(open, QStringLiteral("targets.funnel.leadToQualified")).isEmpty());
        CHECK(open.reopened().targets.funnel.leadToQualified == Approx(0.25));
    }
}

TEST_CASE("Each percent field takes the range of its field", "[targets]")
{
    OpenTargets open;
    // Attrition stops short of 100 %: a team that all leaves has no capacity to plan.
    auto *attrition = open.find<QLineEdit>(QStringLiteral("targets.funnel.annualAttrition"));
    enterInto(attrition, QStringLiteral("100"));
    CHECK(problemOf(open, QStringLiteral("targets.funnel.annualAttrition")) ==
          QStringLiteral("100% is out of range: 0% to 99%"));
    enterInto(attrition, QStringLiteral("99"));
    CHECK(open.plan().targets.funnel.annualAttrition == Approx(0.99));

    auto *stretch = open.find<QLineEdit>(QStringLiteral("targets.stretchReserve"));
    enterInto(stretch, QStringLiteral("-5"));
    CHECK(problemOf(open, QStringLiteral("targets.stretchReserve")) ==
          QStringLiteral("-5% is out of range: 0% to 100%"));
}

TEST_CASE("The funnel results follow the deal size as it is typed", "[targets]")
{
    OpenTargets open;
    auto *deals = open.find<QLabel>(QStringLiteral("targets.funnel.result.deals"));
    CHECK(deals->text() == formatCount(1250)); // ¥100,000,000 ÷ ¥80,000
    const QString leadsBefore =
        open.find<QLabel>(QStringLiteral("targets.funnel.result.leads"))->text();

    enterInto(open.find<QLineEdit>(QStringLiteral("targets.funnel.averageDealSize")),
              QStringLiteral("40,000"));
    CHECK(deals->text() == formatCount(2500));
    CHECK(open.find<QLabel>(QStringLiteral("targets.funnel.result.leads"))->text() != leadsBefore);
    CHECK(open.undoSteps() == 1);
}

TEST_CASE("Funnel errors are shown in words in place of the results", "[targets]")
{
    Plan plan = targetsPlan();
    plan.targets.funnel.averageDealSize = Money::of(0, QStringLiteral("CNY"));
    OpenTargets open(plan);
    REQUIRE(open.editor->focusField(QStringLiteral("targets.funnel")));
    auto *problem = open.find<QLabel>(QStringLiteral("targets.funnel.problem"));
    CHECK_FALSE(problem->text().isEmpty());
    CHECK(problem->isVisibleTo(open.editor.get()));
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("targets.funnel.result.deals"))
                    ->isVisibleTo(open.editor.get()));

    enterInto(open.find<QLineEdit>(QStringLiteral("targets.funnel.averageDealSize")),
              QStringLiteral("100000"));
    CHECK_FALSE(problem->isVisibleTo(open.editor.get()));
    CHECK(open.find<QLabel>(QStringLiteral("targets.funnel.result.deals"))->text() ==
          formatCount(1000));
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("targets.capacityGap"))->text().isEmpty());
}

TEST_CASE("The tiers show their amounts as the reserves are typed", "[targets]")
{
    OpenTargets open;
    auto *stretch = open.find<QLineEdit>(QStringLiteral("targets.stretchReserve"));
    enterInto(stretch, QStringLiteral("15"));
    CHECK(open.plan().targets.stretchReserve == Approx(0.15));
    CHECK(open.find<QLabel>(QStringLiteral("targets.tiers.stretch"))
              ->text()
              .contains(formatMoney(yuan(115'000'000))));
    CHECK(open.find<QLabel>(QStringLiteral("targets.tiers.base"))->text() ==
          formatMoney(yuan(100'000'000)));

    enterInto(open.find<QLineEdit>(QStringLiteral("targets.challengeReserve")),
              QStringLiteral("5"));
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("targets.tiersProblem"))->text().isEmpty());
}

TEST_CASE("The currency takes three-letter codes only and relabels the amounts", "[targets]")
{
    OpenTargets open;
    auto *currency = open.find<QComboBox>(QStringLiteral("info.currency"));
    REQUIRE(currency->lineEdit());

    typeInto(currency->lineEdit(), QStringLiteral("us1d"));
    CHECK(currency->currentText() == QStringLiteral("USD")); // the digit is refused
    CHECK(open.plan().info.currency == QStringLiteral("USD"));
    CHECK(open.plan().targets.annualTarget == Money::of(10'000'000'000, QStringLiteral("USD")));
    CHECK(open.undoSteps() == 1);

    typeInto(currency->lineEdit(), QStringLiteral("EU"));
    CHECK_FALSE(open.find<QLabel>(QStringLiteral("info.currencyProblem"))->text().isEmpty());
    CHECK(open.plan().info.currency == QStringLiteral("USD"));
    CHECK(open.reopened().info.currency == QStringLiteral("USD"));
}

TEST_CASE("Seasonality weights are typed in custom mode and shown as shares", "[targets]")
{
    OpenTargets open;
    auto *mode = open.find<QComboBox>(QStringLiteral("targets.seasonality"));
    auto *january = open.find<QLineEdit>(QStringLiteral("targets.customWeights.1"));
    auto *share = open.find<QLabel>(QStringLiteral("targets.seasonality.share.1"));
    auto *problem = open.find<QLabel>(QStringLiteral("targets.seasonalityProblem"));
    CHECK_FALSE(january->isEnabled());
    CHECK(share->text() == formatPercent(1.0 / 12.0));

    SECTION("history that is missing is explained")
    {
        mode->setCurrentIndex(1); // like last year
        CHECK(open.plan().targets.seasonality == SeasonalityMode::LastYear);
        CHECK_FALSE(problem->text().isEmpty());
        CHECK(problem->text().contains(QStringLiteral("2026")));
        CHECK(share->text() == QStringLiteral("—"));
    }
    SECTION("custom weights")
    {
        mode->setCurrentIndex(3);
        CHECK(open.plan().targets.seasonality == SeasonalityMode::Custom);
        REQUIRE(january->isEnabled());
        enterInto(january, QStringLiteral("2"));
        CHECK(open.plan().targets.customWeights[0] == Approx(2.0));
        CHECK(share->text() == formatPercent(2.0 / 13.0));
        CHECK(problem->text().isEmpty());
    }
}

TEST_CASE("Every field has a key, an accessible name and takes the keyboard", "[targets]")
{
    OpenTargets open;
    const QList<QWidget *> widgets = open.editor->findChildren<QWidget *>();
    int fields = 0;
    for (QWidget *widget : widgets) {
        const bool isField = qobject_cast<QAbstractSpinBox *>(widget) ||
                             qobject_cast<QComboBox *>(widget) ||
                             (qobject_cast<QLineEdit *>(widget) &&
                              !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) &&
                              !qobject_cast<QComboBox *>(widget->parentWidget()));
        if (!isField)
            continue;
        ++fields;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->objectName().isEmpty());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK((widget->focusPolicy() & Qt::TabFocus) != 0);
    }
    CHECK(fields > 30);

    for (const char *key : {"targets.annualTarget", "targets.lastYearActual", "targets.growth",
                            "targets.stretchReserve", "targets.funnel.leadToQualified",
                            "info.period.year", "info.currency"})
        CHECK(open.editor->findChild<QWidget *>(QString::fromLatin1(key)));
}

TEST_CASE("Focusing a field opens its tab", "[targets]")
{
    OpenTargets open;
    auto *tabs = open.find<QTabWidget>(QStringLiteral("targets.tabs"));
    REQUIRE(open.editor->focusField(QStringLiteral("targets.funnel.proposalToWon")));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("targets.page.funnel"));
    REQUIRE(open.editor->focusField(QStringLiteral("targets.customWeights")));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("targets.page.seasonality"));
    REQUIRE(open.editor->focusField(QStringLiteral("targets.regions")));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("targets.page.splits"));
    CHECK_FALSE(open.editor->focusField(QStringLiteral("mission.mission")));
}

TEST_CASE("The calibration tab shows the three ceilings and follows the budget typed",
          "[targets][calibration]")
{
    Plan plan = targetsPlan();
    plan.mission.marketSize = yuan(5'000'000'000);
    plan.targets.lastYearActual = yuan(80'000'000);
    plan.targets.funnel.costPerLead = yuan(100);
    OpenTargets open(plan);
    REQUIRE(open.editor->focusField(QStringLiteral("targets.marketingBudget")));
    auto *table = open.find<QTableWidget>(QStringLiteral("targets.calibration.table"));
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 1)->text() == formatPlanAmount(yuan(80'000'000))); // 1.6 % of ¥50亿
    CHECK(table->item(1, 1)->text() == QStringLiteral("not set"));          // no history
    CHECK(table->item(1, 3)->text() == QStringLiteral("no history before the plan year"));
    CHECK(table->item(2, 1)->text() == QStringLiteral("not set"));
    CHECK(open.find<QLineEdit>(QStringLiteral("targets.marketShare"))->placeholderText() ==
          QStringLiteral("last year's: %1").arg(formatPercent(0.016, 2)));

    // ¥100万 buys 10,000 leads → 30 % → 50 % → 30 % = 450 deals × ¥8万 = ¥3,600万.
    enterInto(open.find<QLineEdit>(QStringLiteral("targets.marketingBudget")),
              QStringLiteral("1000000"));
    CHECK(open.plan().targets.marketingBudget == yuan(1'000'000));
    CHECK(table->item(2, 1)->text() == formatPlanAmount(yuan(36'000'000)));
    CHECK(table->item(2, 2)->text() == formatPercent(100.0 / 36.0, 0));
    CHECK(table->item(2, 4)->text().startsWith(QStringLiteral("Needs ")));
    CHECK(open.undoSteps() == 1);
    open.document->undoStack()->undo();
    CHECK(table->item(2, 1)->text() == QStringLiteral("not set"));
}

TEST_CASE("An uplift is a row of the uplifts table, one undo step", "[targets][calibration]")
{
    OpenTargets open;
    REQUIRE(open.editor->focusField(QStringLiteral("targets.uplifts")));
    auto *tabs = open.find<QTabWidget>(QStringLiteral("targets.tabs"));
    CHECK(tabs->currentWidget()->isAncestorOf(
        open.find<QTableView>(QStringLiteral("targets.uplifts"))));
    auto *table = open.find<TableEditor>(QStringLiteral("targets.upliftsEditor"));
    REQUIRE(table->model()->addRow() == 0);
    REQUIRE(open.plan().targets.uplifts.size() == 1);
    CHECK(open.plan().targets.uplifts.first().appliesTo == UpliftScope::AllReps);
    CHECK(open.reopened().targets.uplifts == open.plan().targets.uplifts);
    open.document->undoStack()->undo();
    CHECK(open.plan().targets.uplifts.isEmpty());
}

namespace {

// Renders each tab of a Targets editor on `plan` at 1280×800 to /tmp/shots-targets.
void renderTabs(const Plan &plan, const QString &prefix)
{
    OpenTargets open(plan);
    auto *tabs = open.find<QTabWidget>(QStringLiteral("targets.tabs"));
    const QString folder = QStringLiteral("/tmp/shots-targets");
    REQUIRE(QDir().mkpath(folder));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString name = tabs->widget(tab)->objectName().section(u'.', -1);
        CHECK(open.editor->grab().save(
            QStringLiteral("%1/%2-%3-%4.png").arg(folder, prefix).arg(tab + 1).arg(name)));
    }
}

} // namespace

TEST_CASE("Render the Targets editor with the Chinese sample plan", "[.screenshots]")
{
    QFile sample(sampleResource(QStringLiteral("zh_CN")));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const Result<Plan> plan = planFromJson(sample.readAll());
    REQUIRE(plan);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    renderTabs(*plan, QStringLiteral("targets"));
    QLocale::setDefault(before);
}

TEST_CASE("Render the Targets editor of a new plan, with its problems", "[.screenshots]")
{
    Plan plan = makeDefaultPlan();
    plan.targets.seasonality = SeasonalityMode::LastYear;
    plan.targets.lastYearActual = yuan(80'000'000);
    renderTabs(plan, QStringLiteral("new"));
}
