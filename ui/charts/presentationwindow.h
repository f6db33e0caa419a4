#pragma once

#include "charts/chartbuilders.h"
#include "charts/deckslides.h"
#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace salesplan::ui {

// What a key does in a running presentation, the same in the audience window and the presenter
// view: Right, Down, Page Down and Space go on (what clickers send), Left, Up, Page Up and
// Backspace go back, Home and End jump to the first and last slide, Esc leaves.
enum class SlideKey { None, Next, Previous, First, Last, Leave };
SlideKey slideKeyOf(int key);

// Presents a plan full screen, large enough for a projector: the title slide and the headline
// slide (see deckslides.h), then one chart per slide — the plan's name at the top, the chart's
// title, the chart, the sentence to say about it and a "3 / 7" counter, every text sized from the
// window's height. Right, Down, Page Down, Space and a click go on; Left, Up, Page Up and
// Backspace go back; Home and End jump to the first and last slide; Esc leaves.
//
// The window presents a copy of the plan taken when it opens. It owns the chart it shows, and
// the slide shown: a presenter view (presenterview.h) turns the slides through it.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    // `dark` chooses the dark theme (a dim room) over the light one. `summary` is the plan's,
    // when the caller has it at hand (an open document does); else the window works it out.
    PresentationWindow(const Plan &plan, PlanSummary summary, bool dark, QWidget *parent = nullptr);
    explicit PresentationWindow(const Plan &plan, bool dark, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The chart slides of a plan: its deck, without keys this build does not know; when the
    // deck is empty (or holds nothing this build can show), every chart that has data.
    static QList<ChartSpec> deckSlides(const Plan &plan, const PlanSummary &summary);
    static QList<ChartSpec> deckSlides(const Plan &plan);

    // The chart slides; slide openingSlideCount + i shows slides().at(i).
    const QList<ChartSpec> &slides() const { return m_slides; }
    // Every slide: the opening slides and the charts.
    int slideCount() const { return openingSlideCount + int(m_slides.size()); }
    // The slide shown, from 0.
    int currentSlide() const { return m_current; }
    // The title shown above the chart, or the opening slide's title.
    QString currentTitle() const;
    // The chart shown (owned by the window; replaced when the slide changes); null on an
    // opening slide.
    QChart *currentChart() const;
    bool isDark() const { return m_theme.dark; }
    const ChartTheme &theme() const { return m_theme; }
    // The plan presented (a copy) and its figures.
    const Plan &plan() const { return m_plan; }
    const PlanSummary &summary() const { return m_summary; }
    // The key of slide `index`'s speaker notes (see deckSlideKey()).
    QString slideKey(int index) const { return deckSlideKey(index, m_slides); }

    // Shows slide `index`, kept within the deck.
    void showSlide(int index);
    void nextSlide() { showSlide(m_current + 1); }
    void previousSlide() { showSlide(m_current - 1); }
    // Writes the window and the slide shown again in the current language and number format.
    void refresh();

signals:
    // Another slide is shown.
    void slideShown(int index);
    // The window was closed (Esc, or by its owner).
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void showPlanName();
    void showOpening(int index);
    void showChart(int index);
    void sizeTexts();

    Plan m_plan;
    PlanSummary m_summary;
    ChartTheme m_theme;
    QList<ChartSpec> m_slides;
    int m_current = -1;
    QLabel *m_planName = nullptr;
    QLabel *m_title = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_explanation = nullptr; // instead of a chart that lacks what it needs
    QLabel *m_takeaway = nullptr;
    QLabel *m_counter = nullptr;
    QWidget *m_opening = nullptr;  // paints the opening slides
    QWidget *m_board = nullptr;    // paints the KPI board
    QWidget *m_timeline = nullptr; // paints the action plan's timeline
};

// Makes every text of a chart at least this large (in points): its title, axis labels and
// titles, legend and value labels. Used for slides, where the back of the room must read them.
void enlargeChartFonts(QChart *chart, qreal titlePoints, qreal labelPoints);

} // namespace salesplan::ui
