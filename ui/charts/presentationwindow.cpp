#include "charts/presentationwindow.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QXYSeries>

namespace salesplan::ui {

namespace {

// Point sizes of a slide's texts, for a room that reads them from several metres away.
constexpr qreal planNamePoints = 22;
constexpr qreal titlePoints = 34;
constexpr qreal chartTitlePoints = 28;
constexpr qreal chartLabelPoints = 17;
constexpr qreal takeawayPoints = 26;
constexpr qreal counterPoints = 20;

QFont atLeast(QFont font, qreal points)
{
    // A font sized in pixels has no point size (-1): it is given one.
    if (font.pointSizeF() < points)
        font.setPointSizeF(points);
    return font;
}

QFont sized(const QFont &base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A colour between the text and the background, for what is said less loudly.
QColor muted(const ChartTheme &theme)
{
    const QColor a = theme.text.isValid() ? theme.text : QColor(Qt::black);
    const QColor b = theme.background.isValid() ? theme.background : QColor(Qt::white);
    return QColor::fromRgbF((a.redF() * 2 + b.redF()) / 3, (a.greenF() * 2 + b.greenF()) / 3,
                            (a.blueF() * 2 + b.blueF()) / 3);
}

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QFont &font,
                  const QColor &colour)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(font);
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
    if (QLegend *legend = chart->legend())
        legend->setFont(atLeast(legend->font(), labelPoints));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(atLeast(axis->labelsFont(), labelPoints));
        axis->setTitleFont(atLeast(axis->titleFont(), labelPoints));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(atLeast(set->labelFont(), labelPoints));
        } else if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setLabelFont(atLeast(slice->labelFont(), labelPoints));
        } else if (auto *xy = qobject_cast<QXYSeries *>(one)) {
            xy->setPointLabelsFont(atLeast(xy->pointLabelsFont(), labelPoints));
        }
    }
}

QList<ChartSpec> PresentationWindow::deckSlides(const Plan &plan)
{
    QList<ChartSpec> slides;
    for (const QString &key : plan.presentationDeck) {
        if (const std::optional<ChartSpec> spec = ChartSpec::fromKey(key))
            slides.append(*spec);
    }
    if (slides.isEmpty())
        slides = allCharts();
    return slides;
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
    , m_slides(deckSlides(plan))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_theme.background);
    palette.setColor(QPalette::WindowText, m_theme.text);
    palette.setColor(QPalette::Base, m_theme.background);
    setPalette(palette);

    const QFont base = font();
    m_planName =
        makeLabel(this, QStringLiteral("planName"), sized(base, planNamePoints), muted(m_theme));
    showPlanName();
    m_title =
        makeLabel(this, QStringLiteral("slideTitle"), sized(base, titlePoints, true), m_theme.text);
    m_title->setWordWrap(true);
    m_takeaway =
        makeLabel(this, QStringLiteral("slideTakeaway"), sized(base, takeawayPoints), m_theme.text);
    m_takeaway->setWordWrap(true);
    m_takeaway->setAlignment(Qt::AlignCenter);
    m_counter =
        makeLabel(this, QStringLiteral("slideCounter"), sized(base, counterPoints), muted(m_theme));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_explanation = makeLabel(this, QStringLiteral("slideExplanation"), sized(base, takeawayPoints),
                              m_theme.text);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->hide();

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
    layout->addWidget(m_takeaway);

    showSlide(0);
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
    // The findings and explanations in the summary are words too.
    m_summary = summarizePlan(m_plan);
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
    return m_view->chart();
}

void PresentationWindow::showSlide(int index)
{
    if (m_slides.isEmpty())
        return;
    index = qBound(0, index, slideCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    const ChartSpec &spec = m_slides.at(index);
    QChart *chart = buildChart(spec, m_plan, m_summary, m_theme);
    // The slide's title stands above the chart in a larger font. A chart that cannot be drawn
    // explains what is missing in its own title, after the chart's name: the slide shows that
    // explanation in the middle instead of an empty plot.
    const QString title = chartTitle(spec, m_plan);
    QString explanation;
    if (chart->series().isEmpty()) {
        QString text = QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
        text.replace(QChar::LineSeparator, u'\n');
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty() && lines.first().trimmed() == title)
            lines.removeFirst();
        explanation = lines.join(u' ').trimmed();
    }
    chart->setTitle(QString());
    chart->setBackgroundRoundness(0);
    enlargeChartFonts(chart, chartTitlePoints, chartLabelPoints);
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view takes the new chart and lets go of the old one
    delete old;

    m_title->setText(title);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_view->setVisible(explanation.isEmpty());
    const QString takeaway = chartTakeaway(spec, m_plan, m_summary);
    m_takeaway->setText(takeaway);
    m_takeaway->setVisible(!takeaway.isEmpty() && takeaway != explanation);
    //: The slide counter of a presentation: slide 3 of 7.
    m_counter->setText(tr("%1 / %2").arg(index + 1).arg(slideCount()));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        nextSlide();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previousSlide();
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
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
