#include "reportcharts.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

namespace salesplan::ui {

namespace {

QFont inFamiliesOf(QFont font, const QFont &base)
{
    font.setFamilies(base.families());
    font.setStyleStrategy(base.styleStrategy());
    return font;
}

void useReportFont(QAbstractSeries *series, const QFont &base)
{
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        for (QBarSet *set : bars->barSets())
            set->setLabelFont(inFamiliesOf(set->labelFont(), base));
    } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
        for (QPieSlice *slice : pie->slices())
            slice->setLabelFont(inFamiliesOf(slice->labelFont(), base));
    } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        xy->setPointLabelsFont(inFamiliesOf(xy->pointLabelsFont(), base));
    }
}

} // namespace

std::unique_ptr<QChart> reportChart(const ChartSpec &spec, const Plan &plan,
                                    const PlanSummary &summary)
{
    std::unique_ptr<QChart> chart(buildChart(spec, plan, summary, ChartTheme::light()));
    // A donut shares a row with another on the page: a smaller ring leaves its outside labels
    // room to be read whole.
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            pie->setPieSize(0.6);
            pie->setHoleSize(0.36);
        }
    }
    return chart;
}

void useReportFont(QChart *chart, const QFont &base)
{
    chart->setTitleFont(inFamiliesOf(chart->titleFont(), base));
    chart->legend()->setFont(inFamiliesOf(chart->legend()->font(), base));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(inFamiliesOf(axis->labelsFont(), base));
        axis->setTitleFont(inFamiliesOf(axis->titleFont(), base));
    }
    for (QAbstractSeries *series : chart->series())
        useReportFont(series, base);
}

QFont documentFont(const QString &documentLanguage, const QString &planLanguage)
{
    const QString language =
        documentLanguage.startsWith(QStringLiteral("zh")) ? documentLanguage : planLanguage;
    QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (language.startsWith(QStringLiteral("zh_TW")) ||
        language.startsWith(QStringLiteral("zh_HK")))
        cjk = QStringLiteral("Noto Sans CJK TC");
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), cjk});
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace salesplan::ui
