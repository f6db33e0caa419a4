// "What's this?" on the computed figures: each figure on the overview and the Targets page says
// how it is worked out, with the plan's own numbers, and links to the guide's page on them.
#include <catch2/catch.hpp>

#include "help/guidewindow.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "plan/format.h"
#include "store/planfile.h"
#include "summary/figureformulas.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QWhatsThisClickedEvent>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

QList<QLabel *> keyFigureLabels(const QWidget &page)
{
    QList<QLabel *> labels;
    for (QLabel *label : page.findChildren<QLabel *>()) {
        if (label->objectName().startsWith(QLatin1String("overview.figure.")))
            labels.append(label);
    }
    return labels;
}

} // namespace

TEST_CASE("Every key figure on the overview explains how it is computed, with the plan's numbers",
          "[figurehelp]")
{
    const Plan plan = uitest::sample("sample-zh_CN.json");
    const PlanSummary summary = summarizePlan(plan);
    OverviewPage page;
    page.showPlan(plan, summary);

    const QList<QLabel *> labels = keyFigureLabels(page);
    REQUIRE(labels.size() >= 14); // names and values of the target, tiers, funnel, headcount…
    for (QLabel *label : labels) {
        INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK(label->whatsThis().contains(QStringLiteral(" = ")));
        CHECK((label->whatsThis().contains(QStringLiteral("href=\"guide:numbers.html")) ||
               label->whatsThis().contains(QStringLiteral("href=\"guide:targets.html"))));
        CHECK(label->contextMenuPolicy() == Qt::ActionsContextMenu);
        const QList<QAction *> actions = label->actions();
        REQUIRE(actions.size() == 1);
        CHECK(actions.first()->text() == QStringLiteral("How is this computed?"));
    }

    auto *deals = page.findChild<QLabel *>(QStringLiteral("overview.figure.deals"));
    REQUIRE(deals);
    const QString help = deals->whatsThis();
    INFO(help.toStdString());
    CHECK(help.contains(formatMoney(plan.targets.annualTarget).toHtmlEscaped()));
    CHECK(help.contains(formatMoney(plan.targets.funnel.averageDealSize).toHtmlEscaped()));
    CHECK(
        help.contains(QStringLiteral("= %1</p>").arg(formatCount(double(summary.funnel->deals)))));

    for (const char *name : {"quarterTargets", "monthTargets"}) {
        auto *table = page.findChild<QTableWidget *>(QLatin1String(name));
        REQUIRE(table);
        CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                INFO(name << " " << row << "," << column);
                REQUIRE(table->item(row, column));
                CHECK(table->item(row, column)->whatsThis().contains(QStringLiteral(" = ")));
            }
        }
    }
}

TEST_CASE("A figure's link to the guide opens the guide's page on the numbers at its part",
          "[figurehelp]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    REQUIRE(PlanFile::create(path, uitest::sample("sample-en.json")));
    MainWindow window;
    REQUIRE(window.openFile(path));
    auto *deals = window.findChild<QLabel *>(QStringLiteral("overview.figure.deals"));
    REQUIRE(deals);
    QWhatsThisClickedEvent clicked(QStringLiteral("guide:numbers.html#funnel"));
    QApplication::sendEvent(deals, &clicked);
    auto *guide = window.findChild<GuideWindow *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->browser()->source().fileName() == QStringLiteral("numbers.html"));
    CHECK(guide->browser()->source().fragment() == QStringLiteral("funnel"));
    auto *whatsThis = window.findChild<QAction *>(QStringLiteral("whatsThisAction"));
    REQUIRE(whatsThis);
    CHECK(whatsThis->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F1));
    QSettings().clear();
}

TEST_CASE("The Targets page's results, the decomposition and the what-if table explain their "
          "figures",
          "[figurehelp]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.salesplan"));
    const Plan plan = uitest::sample("sample-en.json");
    REQUIRE(PlanFile::create(path, plan));
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.showSection(Section::Targets);

    int results = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->objectName().startsWith(QLatin1String("targets.funnel.result.")))
            continue;
        INFO(label->objectName().toStdString());
        CHECK(label->whatsThis().contains(QStringLiteral(" = ")));
        ++results;
    }
    CHECK(results == 13);
    auto *stretch = window.findChild<QLabel *>(QStringLiteral("targets.tiers.stretch"));
    REQUIRE(stretch);
    CHECK(stretch->whatsThis().contains(formatMoney(plan.targets.annualTarget).toHtmlEscaped()));

    auto *decomposition =
        window.findChild<QAbstractItemView *>(QStringLiteral("targets.decomposition"));
    REQUIRE(decomposition);
    const QAbstractItemModel *model = decomposition->model();
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 1)
                  .data(Qt::WhatsThisRole)
                  .toString()
                  .contains(QStringLiteral(" = ")));

    auto *whatIf = window.findChild<QTableWidget *>(QStringLiteral("whatIf.table"));
    REQUIRE(whatIf);
    REQUIRE(whatIf->rowCount() == 10);
    for (int row = 0; row < whatIf->rowCount(); ++row) {
        INFO(row);
        CHECK(whatIf->item(row, 0)->whatsThis().contains(QStringLiteral("<br>= ")));
    }
    QSettings().clear();
}

TEST_CASE("Every figure's link leads to a page and part of the guide in every language",
          "[figurehelp]")
{
    const Plan plan = uitest::sample("sample-en.json");
    const PlanSummary summary = summarizePlan(plan);
    for (int figure = 0; figure <= int(Figure::CallsPerRepDay); ++figure) {
        const QString link = explainFigure(plan, summary, Figure(figure)).guidePage;
        const QString page = link.section(u'#', 0, 0);
        const QString anchor = link.section(u'#', 1);
        for (const char *language : {"en", "zh_CN", "zh_TW"}) {
            INFO(figure << " " << language << " " << link.toStdString());
            QFile file(QStringLiteral(":/guide/%1/%2").arg(QLatin1String(language), page));
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (!anchor.isEmpty())
                CHECK(QString::fromUtf8(file.readAll())
                          .contains(QStringLiteral("<a name=\"%1\">").arg(anchor)));
        }
    }
}
