#include "charts/initiativetimeline.h"

#include "check/initiativechecks.h"
#include "document/plandocument.h"
#include "plan/choices.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace salesplan::ui {

namespace {

constexpr qreal rowLines = 2.6;    // a row is this many lines of the font tall
constexpr qreal headerLines = 1.6; // the months' row

const QColor overdueColour(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion

// The colour of a bar: blue in progress, light blue planned, green done, grey dropped; an
// overdue bar is vermillion whatever its status.
QColor barColour(const TimelineRow &row, const ChartTheme &theme)
{
    if (row.overdue)
        return overdueColour;
    switch (row.status) {
    case InitiativeStatus::Planned:
        return theme.palette.value(4, Qt::blue);
    case InitiativeStatus::InProgress:
        return theme.palette.value(0, Qt::blue);
    case InitiativeStatus::Done:
        return theme.palette.value(2, Qt::green);
    case InitiativeStatus::Dropped:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

// Where `date` falls between the plan year's first day (x = left) and last day (x = right).
qreal xOf(const QDate &date, const Period &period, qreal left, qreal right)
{
    const qreal days = qreal(period.firstDay().daysTo(period.lastDay()) + 1);
    const qreal at = std::clamp(qreal(period.firstDay().daysTo(date)), 0.0, days);
    return left + (right - left) * at / days;
}

// A milestone's diamond, outlined in a darker `colour` and filled with `fill`.
void paintDiamond(QPainter *painter, const QPointF &centre, qreal radius, const QColor &colour,
                  const QColor &fill)
{
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - radius);
    path.lineTo(centre.x() + radius, centre.y());
    path.lineTo(centre.x(), centre.y() + radius);
    path.lineTo(centre.x() - radius, centre.y());
    path.closeSubpath();
    painter->setPen(QPen(colour.darker(150), 1.2));
    painter->setBrush(fill);
    painter->drawPath(path);
}

// The months' names over the bars, each centred in its month, with a thin line between them.
void paintMonths(QPainter *painter, const Period &period, qreal left, qreal right, qreal top,
                 qreal bottom, qreal header, const ChartTheme &theme)
{
    const QLocale locale;
    for (int m = 0; m < Period::monthCount; ++m) {
        const qreal x0 = xOf(period.monthStart(m), period, left, right);
        const qreal x1 = xOf(period.monthEnd(m).addDays(1), period, left, right);
        painter->setPen(QPen(theme.grid, 1));
        painter->drawLine(QPointF(x0, top), QPointF(x0, bottom));
        painter->setPen(theme.text);
        painter->drawText(QRectF(x0, top, x1 - x0, header), Qt::AlignCenter,
                          locale.monthName(period.monthStart(m).month(), QLocale::ShortFormat));
    }
}

void paintRow(QPainter *painter, const TimelineRow &row, const QRectF &band, qreal left,
              qreal right, const Period &period, const ChartTheme &theme, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height();
    const qreal labelWidth = left - band.left() - line * 0.5;
    painter->setPen(theme.text);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QRectF(band.left(), band.top() + line * 0.2, labelWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(bold).elidedText(row.name, Qt::ElideRight, labelWidth));
    painter->setFont(font);
    const QString status = choiceName(row.status);
    const QString owner =
        row.owner.isEmpty() ? status
                            : TimelineView::tr("%1 · %2", "owner · status").arg(row.owner, status);
    painter->drawText(QRectF(band.left(), band.top() + line * 1.2, labelWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(owner, Qt::ElideRight, labelWidth));

    const QDate start = row.start.isValid() ? row.start : period.firstDay();
    const QDate due = row.due.isValid() ? row.due.addDays(1) : period.lastDay().addDays(1);
    const qreal x0 = xOf(start, period, left, right);
    const qreal x1 = std::max(xOf(due, period, left, right), x0 + 3.0);
    const QRectF bar(x0, band.top() + line * 0.55, x1 - x0, line * 1.3);
    const QColor colour = barColour(row, theme);
    painter->setPen(Qt::NoPen);
    painter->setBrush(row.status == InitiativeStatus::Dropped ? QBrush(colour, Qt::BDiagPattern)
                                                              : QBrush(colour));
    painter->drawRoundedRect(bar, 3, 3);
    for (qsizetype i = 0; i < row.milestones.size(); ++i) {
        const Milestone &milestone = row.milestones.at(i);
        if (!milestone.date.isValid())
            continue;
        // An overdue milestone is vermillion, as an overdue bar is; on an overdue bar, whose
        // colour says it already, it stays white to be seen.
        const bool overdue = row.milestonesOverdue.value(i) && !row.overdue;
        const QColor fill = milestone.done ? colour.darker(150)
                            : overdue      ? overdueColour
                                           : QColor(Qt::white);
        paintDiamond(painter, QPointF(xOf(milestone.date, period, left, right), bar.center().y()),
                     line * 0.45, overdue ? overdueColour : colour, fill);
    }
    if (!row.overdue)
        return;
    // The word beside the bar, or inside its end when the bar reaches the right edge.
    const QString overdue = TimelineView::tr("⚠ Overdue");
    const qreal width = metrics.horizontalAdvance(overdue) + line * 0.4;
    const bool outside = x1 + width <= band.right();
    const QRectF label = outside ? QRectF(x1 + line * 0.2, bar.top(), width, bar.height())
                                 : QRectF(x1 - width, bar.top(), width, bar.height());
    painter->setPen(outside ? QColor(0xA0, 0x40, 0x00) : QColor(Qt::white));
    QFont strong = font;
    strong.setBold(true);
    painter->setFont(strong);
    painter->drawText(label, Qt::AlignVCenter | (outside ? Qt::AlignLeft : Qt::AlignRight),
                      overdue);
    painter->setFont(font);
}

} // namespace

QList<TimelineRow> timelineRows(const Plan &plan, const QDate &today)
{
    QList<TimelineRow> rows;
    for (const Initiative &initiative : plan.initiatives) {
        TimelineRow row{initiative.name,
                        initiative.owner,
                        initiative.start,
                        initiative.due,
                        initiative.status,
                        isOverdue(initiative, today),
                        {},
                        {}};
        for (const Milestone &milestone : plan.milestones) {
            if (milestone.initiative != int(initiative.id))
                continue;
            row.milestones.append(milestone);
            row.milestonesOverdue.append(isOverdue(milestone, initiative, today));
        }
        rows.append(row);
    }
    return rows;
}

qreal timelineHeight(int rowCount, const QFont &font)
{
    const qreal line = QFontMetricsF(font).height();
    return line * (headerLines + rowLines * std::max(rowCount, 1) + 0.5);
}

void paintTimeline(QPainter *painter, const QRectF &rect, const Period &period,
                   const QList<TimelineRow> &rows, const QDate &today, const ChartTheme &theme,
                   const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height();
    const qreal header = line * headerLines;
    const qreal left = rect.left() + std::clamp(rect.width() * 0.24, line * 6, line * 14);
    // Room on the right for the word "Overdue" after a bar that ends in December.
    const qreal right = rect.right() - line * 0.5;
    const qreal bottom = rect.top() + header + line * rowLines * qreal(rows.size());
    paintMonths(painter, period, left, right, rect.top(), std::min(bottom, rect.bottom()), header,
                theme);
    if (rows.isEmpty()) {
        painter->setPen(theme.text);
        painter->drawText(QRectF(rect.left(), rect.top() + header, rect.width(), line * rowLines),
                          Qt::AlignCenter,
                          TimelineView::tr("No initiatives yet: add them to the action plan."));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRectF band(rect.left(), rect.top() + header + line * rowLines * qreal(i),
                          rect.width(), line * rowLines);
        if (band.bottom() > rect.bottom() + 0.5)
            break;
        paintRow(painter, rows.at(i), band, left, right, period, theme, font);
    }
    if (today >= period.firstDay() && today <= period.lastDay()) {
        const qreal x = xOf(today, period, left, right);
        painter->setPen(QPen(QColor(0xCC, 0x33, 0x33), 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x, rect.top() + header * 0.8),
                          QPointF(x, std::min(bottom, rect.bottom())));
        painter->setPen(QColor(0xCC, 0x33, 0x33));
        const QString label = TimelineView::tr("Today");
        const qreal width = metrics.horizontalAdvance(label);
        painter->drawText(QRectF(std::min(x + 2, right - width), bottom, width + 2, line),
                          Qt::AlignLeft | Qt::AlignTop, label);
    }
    painter->restore();
}

// --- TimelineView -----------------------------------------------------------------------------

TimelineView::TimelineView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("initiatives.timeline"));
    setAccessibleName(tr("Timeline of the action plan"));
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testAnyFlags(PlanPart::Metrics | PlanPart::Info))
            refresh();
    });
    refresh();
}

void TimelineView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QSize TimelineView::sizeHint() const
{
    return QSize(720, int(timelineHeight(int(m_document->plan().initiatives.size()), font())) +
                          fontMetrics().height() + 4);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(320, sizeHint().height());
}

void TimelineView::refresh()
{
    updateGeometry();
    update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Plan &plan = m_document->plan();
    painter.fillRect(rect(), ChartTheme::light().background);
    paintTimeline(&painter, QRectF(rect()).adjusted(4, 2, -4, -2), plan.info.period,
                  timelineRows(plan, m_today), m_today, ChartTheme::light(), font());
}

} // namespace salesplan::ui
