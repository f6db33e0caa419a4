#include "charts/presentationwindow.h"

#include "charts/initiativetimeline.h"
#include "review/kpiboard.h"
#include "summary/planreview.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QXYSeries>

namespace salesplan::ui {

namespace {

// Text heights of a slide, as shares of the window's height, for a room that reads them from
// several metres away (none under slideTextFloor).
constexpr qreal planNameShare = 0.032;
constexpr qreal titleShare = 0.06;
constexpr qreal takeawayShare = 0.042;
constexpr qreal counterShare = 0.032;

QFont atLeast(QFont font, qreal points)
{
    // A font sized in pixels has no point size (-1): it is given one.
    if (font.pointSizeF() < points)
        font.setPointSizeF(points);
    return font;
}

// Paints an opening slide (the title or the headline) over the whole of itself.
class OpeningSlideView : public QWidget
{
public:
    OpeningSlideView(const ChartTheme &theme, QWidget *parent)
        : QWidget(parent)
        , m_theme(theme)
    {
        setObjectName(QStringLiteral("openingSlide"));
        setAttribute(Qt::WA_TransparentForMouseEvents); // a click turns the slide
    }
    void setSlide(OpeningSlide slide)
    {
        m_slide = std::move(slide);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintOpeningSlide(&painter, rect(), m_slide, m_theme, font());
    }

private:
    ChartTheme m_theme;
    OpeningSlide m_slide;
};

// The KPI board slide: the tiles painted with the slide's theme, their text sized from the
// window's height as the charts' are.
class KpiBoardSlideView : public QWidget
{
public:
    KpiBoardSlideView(const ChartTheme &theme, QWidget *parent)
        : QWidget(parent)
        , m_theme(theme)
    {
        setObjectName(QStringLiteral("kpiBoardSlide"));
        setAttribute(Qt::WA_TransparentForMouseEvents); // a click turns the slide
    }
    void setTiles(QList<KpiTile> tiles)
    {
        m_tiles = std::move(tiles);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), m_theme.background);
        const qreal slideHeight = window() ? window()->height() : height();
        paintKpiBoard(&painter, rect(), m_tiles, m_theme,
                      pixelFont(font(), slideHeight * kpiBoardTextShare));
    }

private:
    ChartTheme m_theme;
    QList<KpiTile> m_tiles;
};

// The action plan's timeline slide: the initiatives painted with the slide's theme as of today,
// their text sized from the window's height as the charts' are.
class TimelineSlideView : public QWidget
{
public:
    TimelineSlideView(const ChartTheme &theme, QWidget *parent)
        : QWidget(parent)
        , m_theme(theme)
    {
        setObjectName(QStringLiteral("timelineSlide"));
        setAttribute(Qt::WA_TransparentForMouseEvents); // a click turns the slide
    }
    void setPlan(const Plan &plan)
    {
        m_period = plan.info.period;
        m_rows = timelineRows(plan, QDate::currentDate());
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), m_theme.background);
        const qreal slideHeight = window() ? window()->height() : height();
        paintTimeline(&painter, rect(), m_period, m_rows, QDate::currentDate(), m_theme,
                      pixelFont(font(), slideHeight * timelineTextShare));
    }

private:
    ChartTheme m_theme;
    Period m_period;
    QList<TimelineRow> m_rows;
};

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QColor &colour)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    return label;
}

} // namespace

void enlargeChartFonts(QChart *chart, qreal titlePoints, qreal labelPoints)
{
    if (!chart)
        return;
    chart->setTitleFont(atLeast(chart->titleFont(), titlePoints));
    const QFont title = chart->titleFont();
    adjustChartFonts(chart,
                     [labelPoints](const QFont &font) { return atLeast(font, labelPoints); });
    chart->setTitleFont(title);
}

QList<ChartSpec> PresentationWindow::deckSlides(const Plan &plan, const PlanSummary &summary)
{
    QList<ChartSpec> slides;
    for (const QString &key : plan.presentationDeck) {
        if (const std::optional<ChartSpec> spec = ChartSpec::fromKey(key))
            slides.append(*spec);
    }
    if (slides.isEmpty())
        slides = chartsWithData(plan, summary);
    return slides;
}

QList<ChartSpec> PresentationWindow::deckSlides(const Plan &plan)
{
    return deckSlides(plan, summarizePlan(plan));
}

PresentationWindow::PresentationWindow(const Plan &plan, bool dark, QWidget *parent)
    : PresentationWindow(plan, summarizePlan(plan), dark, parent)
{}

PresentationWindow::PresentationWindow(const Plan &plan, PlanSummary summary, bool dark,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_plan(plan)
    , m_summary(std::move(summary))
    , m_theme(dark ? ChartTheme::darkTheme() : ChartTheme::light())
    , m_slides(deckSlides(plan, m_summary))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_theme.background);
    palette.setColor(QPalette::WindowText, m_theme.text);
    palette.setColor(QPalette::Base, m_theme.background);
    setPalette(palette);

    m_planName = makeLabel(this, QStringLiteral("planName"), mutedColour(m_theme));
    showPlanName();
    m_title = makeLabel(this, QStringLiteral("slideTitle"), m_theme.text);
    m_title->setWordWrap(true);
    m_takeaway = makeLabel(this, QStringLiteral("slideTakeaway"), m_theme.text);
    m_takeaway->setWordWrap(true);
    m_takeaway->setAlignment(Qt::AlignCenter);
    m_counter = makeLabel(this, QStringLiteral("slideCounter"), mutedColour(m_theme));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_explanation = makeLabel(this, QStringLiteral("slideExplanation"), m_theme.text);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->hide();
    m_opening = new OpeningSlideView(m_theme, this);
    m_opening->hide();
    m_board = new KpiBoardSlideView(m_theme, this);
    m_board->hide();
    m_timeline = new TimelineSlideView(m_theme, this);
    m_timeline->hide();

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("slideChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus); // the arrow keys turn slides, they do not scroll
    m_view->setBackgroundBrush(m_theme.background);
    m_view->setPalette(palette);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents); // a click turns the slide

    auto *top = new QHBoxLayout;
    top->addWidget(m_planName, 1);
    top->addWidget(m_counter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 28, 56, 36);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(m_opening, 1);
    layout->addWidget(m_board, 1);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_takeaway);

    sizeTexts();
    showSlide(0);
}

void PresentationWindow::sizeTexts()
{
    const qreal h = height();
    const QFont base = font();
    m_planName->setFont(pixelFont(base, h * planNameShare));
    m_title->setFont(pixelFont(base, h * titleShare, true));
    m_takeaway->setFont(pixelFont(base, h * takeawayShare));
    m_counter->setFont(pixelFont(base, h * counterShare));
    m_explanation->setFont(pixelFont(base, h * takeawayShare));
    sizeSlideChartFonts(currentChart(), h);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    sizeTexts();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::showPlanName()
{
    const QString name = m_plan.info.name.isEmpty() ? tr("Untitled plan") : m_plan.info.name;
    setWindowTitle(tr("%1 — presentation").arg(name));
    m_planName->setText(name);
}

void PresentationWindow::refresh()
{
    // The findings and explanations in the summary are words too. A team plan's consolidation
    // is kept: only the caller knows where the units' files are.
    std::shared_ptr<const Consolidation> team = m_summary.team;
    m_summary = summarizePlan(m_plan);
    m_summary.team = std::move(team);
    showPlanName();
    const int shown = m_current;
    m_current = -1;
    showSlide(qMax(0, shown));
}

void PresentationWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

QString PresentationWindow::currentTitle() const
{
    return m_title->text();
}

QChart *PresentationWindow::currentChart() const
{
    return m_current >= openingSlideCount ? m_view->chart() : nullptr;
}

void PresentationWindow::showSlide(int index)
{
    index = qBound(0, index, slideCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    if (index < openingSlideCount)
        showOpening(index);
    else
        showChart(index - openingSlideCount);
    //: The slide counter of a presentation: slide 3 of 7.
    m_counter->setText(tr("%1 / %2").arg(index + 1).arg(slideCount()));
    emit slideShown(index);
}

void PresentationWindow::showOpening(int index)
{
    const OpeningSlide slide = openingSlide(index, m_plan, m_summary);
    static_cast<OpeningSlideView *>(m_opening)->setSlide(slide);
    m_title->setText(slide.title);
    m_title->hide(); // the slide paints its own heading
    m_view->hide();
    m_board->hide();
    m_timeline->hide();
    m_explanation->hide();
    m_takeaway->hide();
    m_opening->show();
}

void PresentationWindow::showChart(int index)
{
    const ChartSpec &spec = m_slides.at(index);
    QChart *chart = buildChart(spec, m_plan, m_summary, m_theme);
    const QString title = chartTitle(spec, m_plan);
    const QString explanation = prepareSlideChart(chart, title, height());
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view takes the new chart and lets go of the old one
    delete old;

    m_opening->hide();
    m_title->setText(title);
    m_title->show();
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    const bool board = spec.kind == ChartKind::KpiBoard && explanation.isEmpty();
    if (board)
        static_cast<KpiBoardSlideView *>(m_board)->setTiles(kpiBoardTiles(m_plan, m_summary));
    m_board->setVisible(board);
    const bool timeline = spec.kind == ChartKind::Timeline && explanation.isEmpty();
    if (timeline)
        static_cast<TimelineSlideView *>(m_timeline)->setPlan(m_plan);
    m_timeline->setVisible(timeline);
    m_view->setVisible(explanation.isEmpty() && !board && !timeline);
    const QString takeaway = chartTakeaway(spec, m_plan, m_summary);
    m_takeaway->setText(takeaway);
    m_takeaway->setVisible(!takeaway.isEmpty() && takeaway != explanation);
}

SlideKey slideKeyOf(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        return SlideKey::Next;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        return SlideKey::Previous;
    case Qt::Key_Home:
        return SlideKey::First;
    case Qt::Key_End:
        return SlideKey::Last;
    case Qt::Key_Escape:
        return SlideKey::Leave;
    default:
        return SlideKey::None;
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (slideKeyOf(event->key())) {
    case SlideKey::Next:
        nextSlide();
        break;
    case SlideKey::Previous:
        previousSlide();
        break;
    case SlideKey::First:
        showSlide(0);
        break;
    case SlideKey::Last:
        showSlide(slideCount() - 1);
        break;
    case SlideKey::Leave:
        close();
        break;
    case SlideKey::None:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        nextSlide();
    else if (event->button() == Qt::RightButton)
        previousSlide();
    else
        QWidget::mousePressEvent(event);
}

} // namespace salesplan::ui
