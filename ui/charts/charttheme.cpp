#include "charts/chartbuilders.h"

#include "charts/chartsupport.h"
#include "plan/format.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <cmath>

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

namespace chart {

namespace {

// The currency's sign as formatMoney writes it ("¥", "$", "CHF ").
QString currencySign(const QString &currency)
{
    const QString zero = formatMoney(Money::of(0, currency));
    QString sign;
    for (const QChar c : zero) {
        if (c.isDigit())
            break;
        sign += c;
    }
    return sign;
}

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

void fitBarLabels(QChart *chart)
{
    const QRectF area = chart->plotArea();
    if (area.isEmpty())
        return;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars || !bars->property(chart::labelsProperty).toBool())
            continue;
        qsizetype count = 0;
        double largest = 0;
        const QList<QBarSet *> sets = bars->barSets();
        for (QBarSet *set : sets) {
            count = qMax(count, set->count());
            for (int i = 0; i < set->count(); ++i)
                largest = qMax(largest, set->at(i));
        }
        if (count == 0)
            continue;
        const bool horizontal = qobject_cast<QHorizontalBarSeries *>(bars) != nullptr;
        const bool grouped = bars->type() == QAbstractSeries::SeriesTypeBar;
        const double groups = grouped ? double(qMax<qsizetype>(1, sets.size())) : 1.0;
        const double room =
            (horizontal ? area.height() : area.width()) / double(count) * bars->barWidth() / groups;
        const QFontMetricsF metrics(sets.isEmpty() ? QFont() : sets.first()->labelFont());
        const QString widest = QLocale().toString(largest, 'f', 0);
        const double needed =
            horizontal ? metrics.height() + 2 : metrics.horizontalAdvance(widest) + 6;
        bars->setLabelsVisible(room >= needed);
    }
}

} // namespace salesplan::ui
