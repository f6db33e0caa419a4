#include "charts/chartbuilders.h"

#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QtMath>

#include <cmath>
#include <limits>

namespace salesplan::ui {

ChartTheme ChartTheme::light()
{
    // Okabe & Ito, "Color Universal Design": blue first, black last.
    ChartTheme theme;
    theme.dark = false;
    theme.palette = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                     QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
    theme.background = QColor(0xFF, 0xFF, 0xFF);
    theme.text = QColor(0x20, 0x20, 0x20);
    theme.grid = QColor(0xDD, 0xDD, 0xDD);
    return theme;
}

ChartTheme ChartTheme::darkTheme()
{
    // The same hues; sky blue leads because Okabe–Ito blue is too dark on a dark background,
    // and black becomes a light grey.
    ChartTheme theme;
    theme.dark = true;
    theme.palette = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                     QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42), QColor(0xD5, 0x5E, 0x00),
                     QColor(0x00, 0x72, 0xB2), QColor(0xDD, 0xDD, 0xDD)};
    theme.background = QColor(0x1E, 0x1F, 0x24);
    theme.text = QColor(0xEE, 0xEE, 0xEE);
    theme.grid = QColor(0x44, 0x46, 0x4E);
    return theme;
}

MoneyScale moneyScale(qint64 largestMinor, const QString &currency, const QLocale &locale)
{
    const double perMajor = double(minorPerMajor(currency));
    const double major = std::abs(double(largestMinor)) / perMajor;
    if (locale.language() == QLocale::Chinese && largeAmountsInWanYi()) {
        // The Chinese units themselves, as the preference asks: only when the locale is Chinese.
        if (major >= 1e8)
            return {perMajor * 1e8, yiCharacter(locale)};
        if (major >= 1e4)
            return {perMajor * 1e4, wanCharacter(locale)};
        return {perMajor, {}};
    }
    if (major >= 1e9)
        return {perMajor * 1e9, Charts::tr("B", "billions on an axis")};
    if (major >= 1e6)
        return {perMajor * 1e6, Charts::tr("M", "millions on an axis")};
    if (major >= 1e3)
        return {perMajor * 1e3, Charts::tr("k", "thousands on an axis")};
    return {perMajor, {}};
}

QString formatScaled(qint64 minor, const MoneyScale &scale, const QLocale &locale, int decimals)
{
    return locale.toString(double(minor) / scale.divisor, 'f', decimals) + scale.suffix;
}

int moneyLabelDecimals(double largestScaled)
{
    // Each bar then stands within half a percent of the largest of its exact height.
    return largestScaled < 10 ? 2 : largestScaled < 100 ? 1 : 0;
}

namespace chart {

namespace {

bool isLight(const QColor &color)
{
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() > 0.6;
}

} // namespace

QValueAxis *moneyAxis(const MoneyScale &scale, const QString &currency)
{
    auto *axis = new QValueAxis;
    axis->setProperty("salesplanSign", currencySign(currency));
    axis->setProperty("salesplanSuffix", scale.suffix);
    axis->setLabelFormat(currencySign(currency) + QStringLiteral("%.0f") + scale.suffix);
    return axis;
}

void addCategoryAndMoneyAxes(QChart *chart, const QString &categoriesName, const MoneyScale &scale,
                             const QString &currency, const QList<QAbstractSeries *> &series)
{
    auto *categories = new QBarCategoryAxis;
    categories->setObjectName(categoriesName);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *value = moneyAxis(scale, currency);
    value->setObjectName(QStringLiteral("value"));
    chart->addAxis(value, Qt::AlignLeft);
    for (QAbstractSeries *one : series) {
        one->attachAxis(categories);
        one->attachAxis(value);
    }
}

void setAxisMaximum(QValueAxis *axis, double largest)
{
    const double top = largest > 0 ? largest * 1.08 : 1.0;
    if (axis->property("salesplanTop").toDouble() != top) {
        axis->setProperty("salesplanTop", top);
        axis->setRange(0.0, top);
        axis->applyNiceNumbers();
        axis->setMin(0.0);
    }
    const QString format = axis->property("salesplanSign").toString() +
                           (axis->max() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) +
                           axis->property("salesplanSuffix").toString();
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

QList<qint64> roundedToLabels(const QList<qint64> &minor, const MoneyScale &scale, int decimals)
{
    const qint64 step =
        qMax<qint64>(1, qint64(std::llround(scale.divisor / std::pow(10, decimals))));
    QList<qint64> rounded;
    rounded.reserve(minor.size());
    for (const qint64 value : minor) {
        const qint64 steps = qint64(std::llround(double(value) / double(step)));
        rounded.append(steps * step);
    }
    return rounded;
}

void setMoneyBarLabels(QAbstractBarSeries *bars, const MoneyScale &scale, const QString &currency)
{
    bars->setProperty(labelSignProperty, currencySign(currency));
    bars->setProperty(labelSuffixProperty, scale.suffix);
    // The values are rounded to the labels' decimals: enough digits never to cut one short.
    bars->setLabelsPrecision(15);
}

QColor referenceColour(const ChartTheme &theme)
{
    QColor colour = theme.text;
    colour.setAlphaF(0.55f);
    return colour;
}

QColor ghost(const QColor &color, const ChartTheme &theme)
{
    QColor faded = color;
    faded.setAlphaF(theme.dark ? 0.35f : 0.28f);
    return faded;
}

void applyTheme(QChart *chart, const ChartTheme &theme)
{
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.text);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(theme.text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(theme.text);
        axis->setTitleBrush(theme.text);
        axis->setGridLineColor(theme.grid);
        axis->setMinorGridLineColor(theme.grid);
        axis->setLinePenColor(theme.grid);
        axis->setShadesVisible(false);
        // "10月" is a little wider than a narrow bar; showing it whole beats "1…".
        axis->setTruncateLabels(false);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const bool outside = bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd;
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (set->labelColor().alpha() == 0)
                    continue;
                set->setLabelColor(outside                 ? theme.text
                                   : isLight(set->color()) ? QColor(0x10, 0x10, 0x10)
                                                           : QColor(0xFF, 0xFF, 0xFF));
                set->setBorderColor(set->color().alpha() < 255 ? set->color().darker(120)
                                                               : theme.background);
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices) {
                slice->setLabelColor(theme.text);
                slice->setBorderColor(theme.background);
                slice->setBorderWidth(2);
            }
        }
    }
}

} // namespace chart

QString pointToolTip(const QObject *object, int index)
{
    const QStringList tips = object->property(chart::tipsProperty).toStringList();
    return index >= 0 && index < tips.size() ? tips.at(index) : QString();
}

QList<qint64> exactValues(const QObject *object)
{
    return object->property(chart::exactProperty).value<QList<qint64>>();
}

bool chartIsExplanation(const QChart *chart)
{
    return chart->property(chart::explainedProperty).toBool();
}

namespace {

// The widest label of the bar series' visible sets as Qt writes them: `format` with "@value"
// replaced by the value to the series' significant digits.
double widestBarLabel(const QChart *chart, const QAbstractBarSeries *bars, const QString &format)
{
    double widest = 0;
    const QList<QBarSet *> sets = bars->barSets();
    for (QBarSet *set : sets) {
        if (set->labelColor().alpha() == 0)
            continue; // a set whose labels are never seen
        const QFontMetricsF metrics(set->labelFont());
        for (int i = 0; i < set->count(); ++i) {
            QString label = format;
            label.replace(QStringLiteral("@value"),
                          chart->locale().toString(set->at(i), 'g', bars->labelsPrecision()));
            widest = qMax(widest, metrics.horizontalAdvance(label));
        }
    }
    return widest;
}

} // namespace

void fitBarLabels(QChart *chart)
{
    const QRectF area = chart->plotArea();
    if (area.isEmpty())
        return;
    const QString bare = QStringLiteral("@value");
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars || !bars->property(chart::labelsProperty).toBool())
            continue;
        qsizetype count = 0;
        const QList<QBarSet *> sets = bars->barSets();
        for (const QBarSet *set : sets)
            count = qMax(count, set->count());
        if (count == 0)
            continue;
        const bool horizontal = qobject_cast<QHorizontalBarSeries *>(bars) != nullptr;
        const bool grouped = bars->type() == QAbstractSeries::SeriesTypeBar;
        const double groups = grouped ? double(qMax<qsizetype>(1, sets.size())) : 1.0;
        const double room =
            (horizontal ? area.height() : area.width()) / double(count) * bars->barWidth() / groups;
        const QFontMetricsF metrics(sets.isEmpty() ? QFont() : sets.first()->labelFont());
        const QString withUnit = bars->property(chart::labelSignProperty).toString() + bare +
                                 bars->property(chart::labelSuffixProperty).toString();
        // Money bars say their unit on each label where every one has the room for it.
        const bool unitFits =
            !horizontal && withUnit != bare && room >= widestBarLabel(chart, bars, withUnit) + 2;
        const QString format = unitFits ? withUnit : bare;
        if (bars->labelsFormat() != format)
            bars->setLabelsFormat(format);
        const double needed =
            horizontal ? metrics.height() + 2 : widestBarLabel(chart, bars, format) + 2;
        bars->setLabelsVisible(room >= needed);
    }
}

namespace {

// The largest radius at which the outside label of `slice` stays within a plot area whose half
// size is `half`. Qt draws the label 5 px off the slice, at the end of an arm of armFactor ×
// radius, level with the arm's end and away from the centre; above the centre the text sits
// on top of the arm.
double radiusForLabel(const QPieSlice *slice, const QSizeF &half, const QSizeF &text)
{
    constexpr double gap = 5;
    constexpr double margin = 6; // the label's own margins, and a pixel to spare
    const double reach = 1 + slice->labelArmLengthFactor();
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const double across = std::abs(std::sin(angle));
    const double up = std::cos(angle);
    double radius = std::numeric_limits<double>::max();
    if (across > 1e-6)
        radius = qMin(radius, ((half.width() - text.width() - margin) / across - gap) / reach);
    if (std::abs(up) > 1e-6) {
        const double above = up > 0 ? text.height() : 0.0;
        radius = qMin(radius, ((half.height() - above - margin) / std::abs(up) - gap) / reach);
    }
    return radius;
}

} // namespace

void fitPieLabels(QChart *chart)
{
    constexpr double smallestPie = 0.3; // below this the donut says too little: cut the label
    const QRectF area = chart->plotArea();
    if (area.isEmpty())
        return;
    const QSizeF half = area.size() / 2;
    const double shorter = qMin(half.width(), half.height());
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *pie = qobject_cast<QPieSeries *>(one);
        const double full = pie ? pie->property(chart::fullPieProperty).toDouble() : 0.0;
        if (!(full > 0))
            continue;
        double radius = shorter * full;
        const QList<QPieSlice *> slices = pie->slices();
        for (QPieSlice *slice : slices) {
            if (!slice->isLabelVisible() || slice->labelPosition() != QPieSlice::LabelOutside)
                continue;
            const QFontMetricsF metrics(slice->labelFont());
            const QSizeF text(metrics.horizontalAdvance(slice->label()), metrics.height());
            radius = qMin(radius, radiusForLabel(slice, half, text));
        }
        const double size = qBound(smallestPie, radius / shorter, full);
        if (qFuzzyCompare(size, pie->pieSize()))
            continue;
        const double holeShare = pie->holeSize() / pie->pieSize(); // keeps the ring's proportions
        pie->setPieSize(size);
        pie->setHoleSize(size * holeShare);
    }
}

namespace {

// The chart's category axis (the months, a bridge's steps, the ceilings), or null.
QBarCategoryAxis *categoryAxis(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    return nullptr;
}

// The width the labels of the category axis need side by side, written across or upright.
// Only the months (an axis named "months") stand upright: a name with its figure under it, as
// the calibration's ceilings have, would read sideways.
double categoryLabelsWidth(QBarCategoryAxis *axis, bool upright)
{
    if (upright && axis->objectName() != QLatin1String("months"))
        return std::numeric_limits<double>::max();
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    const QStringList labels = axis->categories();
    for (const QString &label : labels)
        widest = qMax(widest, upright ? metrics.height() : metrics.horizontalAdvance(label));
    return double(labels.size()) * (widest + 4); // Qt drops a label that would touch the next
}

} // namespace

void fitLegend(QChart *chart)
{
    QLegend *legend = chart->legend();
    const QRectF area = chart->plotArea();
    const double width = chart->size().width();
    if (!legend->isVisible() || area.isEmpty() || width <= 0)
        return;
    const QFontMetricsF metrics(legend->font());
    const double box = 2.5 * metrics.height(); // the colour box and the gaps around a name
    double row = 0;
    double column = 0;
    const QList<QLegendMarker *> markers = legend->markers();
    for (const QLegendMarker *marker : markers) {
        if (!marker->isVisible())
            continue;
        const double item = metrics.horizontalAdvance(marker->label()) + box;
        row += item;
        column = qMax(column, item);
    }
    // Qt cuts the names short where a row under the chart is too narrow for them. A column
    // beside the chart gives each name its room, as long as the months still fit beside it: side
    // by side, or else upright (a chart tile with eight budget lines or seven team members). The
    // plot starts at area.left() wherever the legend is, so the choice never flips back.
    const double plotBeside = width - area.left() - column - metrics.height();
    QBarCategoryAxis *categories = categoryAxis(chart);
    const bool across = !categories || plotBeside >= categoryLabelsWidth(categories, false);
    const bool beside =
        row > width && (across || plotBeside >= categoryLabelsWidth(categories, true));
    const Qt::Alignment wanted = beside ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
    const int angle = beside && !across ? -90 : 0;
    if (categories && categories->labelsAngle() != angle)
        categories->setLabelsAngle(angle);
}

} // namespace salesplan::ui
