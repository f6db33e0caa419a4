#pragma once

#include "charts/chartbuilders.h"
#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace salesplan::ui {

// A labelled number on the headline slide: "Deals to win" and "240".
struct SlideFigure
{
    QString label;
    QString value;
};

// A slide of words and numbers that opens every deck, before the charts: the title slide (who
// presents which plan, and when) and the headline slide (the year in a few numbers). The
// presentation window and the deck PDF paint it with paintOpeningSlide(), so both look alike.
struct OpeningSlide
{
    QString title;              // what the slide is called (the window's title, the tests)
    QString heading;            // the small line at the top
    QString leadLabel;          // what the lead is, above it ("Annual target"), may be empty
    QString lead;               // the largest line: the plan's name, the annual target
    QStringList lines;          // under the lead, smaller
    QList<SlideFigure> figures; // a row of labelled numbers at the bottom
};

// How many slides open every deck (the title slide, then the headline slide).
inline constexpr int openingSlideCount = 2;

// The title slide: the plan's name, company, year, presenter (the plan's author) and today.
OpeningSlide titleSlide(const Plan &plan);
// The headline slide: the annual target, the growth on last year, the year's headcount and the
// numbers that matter (deals to win, what the reps carry, the year's collections if planned).
OpeningSlide headlineSlide(const Plan &plan, const PlanSummary &summary);
// Opening slide `index` (0 the title, 1 the headline).
OpeningSlide openingSlide(int index, const Plan &plan, const PlanSummary &summary);

// Paints the slide into `rect`, every text sized from the rect's height (and made smaller
// where it would not fit its width), in the families of `base`.
void paintOpeningSlide(QPainter *painter, const QRectF &rect, const OpeningSlide &slide,
                       const ChartTheme &theme, const QFont &base);

// A colour between the text and the background, for what is said less loudly.
QColor mutedColour(const ChartTheme &theme);
// `base` at `pixels` pixels (at least one), bold or not: slide text is sized from the slide.
QFont pixelFont(const QFont &base, qreal pixels, bool bold = false);

// The smallest text on a slide, as a share of the slide's height: what the back of the room
// still reads. Every text of a slide and of its chart is at least this large.
inline constexpr qreal slideTextFloor = 0.025;
// The height of the KPI board's names on a slide, as a share of its height.
inline constexpr qreal kpiBoardTextShare = 0.03;
// The height of the timeline's names on a slide, as a share of its height.
inline constexpr qreal timelineTextShare = 0.028;
// The height of a chart's labels, legend and axis texts on a slide, as a share of its height.
inline constexpr qreal slideChartLabelShare = 0.028;

// Readies a built chart for a slide `slideHeight` pixels tall: no title inside it (the slide
// shows it above the chart in a larger font), square corners and texts sized from the slide's
// height (sizeSlideChartFonts). Returns the chart's explanation of what it lacks, in plain
// words, or nothing when the chart has data.
QString prepareSlideChart(QChart *chart, const QString &title, qreal slideHeight);
// Sizes every text of a chart (legend, axes, value and slice labels) for a slide `slideHeight`
// pixels tall: slideChartLabelShare of it.
void sizeSlideChartFonts(QChart *chart, qreal slideHeight);
// Calls `adjust` on every font of a chart (title, legend, axes, bar, slice and point labels) and
// sets what it returns.
void adjustChartFonts(QChart *chart, const std::function<QFont(const QFont &)> &adjust);

// The key of slide `index` of a deck whose charts are `charts`: "title", "headline", then the
// charts' keys. The key of its speaker notes (Plan::speakerNotes).
QString deckSlideKey(int index, const QList<ChartSpec> &charts);

// Paints slide `index` of a deck whose charts are `charts` into `rect`: an opening slide, or a
// chart slide with the plan's name, the counter ("3 / 9"), the chart's title, the chart (or what
// it lacks) and the sentence to say about it. Every text is sized from the rect's height. The
// deck PDF and the presenter view paint their slides with it.
void paintDeckSlide(QPainter *painter, const QRectF &rect, int index,
                    const QList<ChartSpec> &charts, const Plan &plan, const PlanSummary &summary,
                    const ChartTheme &theme, const QFont &base);

} // namespace salesplan::ui
