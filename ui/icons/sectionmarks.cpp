#include "sectionmarks.h"

#include "severitystyle.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QListWidgetItem>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace salesplan::ui {

namespace {

QColor markColor(SectionMark mark, const QPalette &palette)
{
    if (mark == SectionMark::Errors)
        return severityColor(Severity::Error, palette);
    if (mark == SectionMark::Warnings)
        return severityColor(Severity::Warning, palette);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
}

// Draws `mark` filling `box`: a circle with a tick, a triangle with "!", a square with a cross.
void paintMark(QPainter *painter, const QRectF &box, SectionMark mark)
{
    const QPalette palette = QApplication::palette();
    const QColor fill = markColor(mark, palette);
    const QColor glyph = palette.color(QPalette::Base);
    const qreal side = box.width();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(glyph, side * 0.12));
    painter->setBrush(fill);
    QPainterPath shape;
    if (mark == SectionMark::Complete)
        shape.addEllipse(box);
    else if (mark == SectionMark::Errors)
        shape.addRoundedRect(box, side * 0.15, side * 0.15);
    else
        shape.addPolygon(QPolygonF{{box.center().x(), box.top()},
                                   box.bottomRight(),
                                   box.bottomLeft(),
                                   {box.center().x(), box.top()}});
    painter->drawPath(shape);
    QPen stroke(glyph, side * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(stroke);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&box, side](qreal x, qreal y) {
        return QPointF(box.left() + x * side, box.top() + y * side);
    };
    if (mark == SectionMark::Complete) {
        painter->drawPolyline(QPolygonF{at(0.27, 0.52), at(0.43, 0.68), at(0.73, 0.36)});
    } else if (mark == SectionMark::Errors) {
        painter->drawLine(at(0.3, 0.3), at(0.7, 0.7));
        painter->drawLine(at(0.7, 0.3), at(0.3, 0.7));
    } else {
        painter->drawLine(at(0.5, 0.4), at(0.5, 0.64));
        painter->drawPoint(at(0.5, 0.82));
    }
}

// An icon with a status mark in its lower right corner, drawn at whatever size and scale asked.
class MarkedIconEngine : public QIconEngine
{
public:
    MarkedIconEngine(QIcon icon, SectionMark mark)
        : m_icon(std::move(icon))
        , m_mark(mark)
    {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
        const qreal side = rect.width() * 0.55;
        paintMark(painter, QRectF(rect.right() + 1 - side, rect.bottom() + 1 - side, side, side),
                  m_mark);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new MarkedIconEngine(m_icon, m_mark); }

private:
    QIcon m_icon;
    SectionMark m_mark;
};

} // namespace

SectionMark SectionMarks::markOf(const QList<Finding> &findings, Section section)
{
    SectionMark mark = SectionMark::Complete;
    for (const Finding &finding : findings) {
        if (finding.section != section)
            continue;
        if (finding.severity == Severity::Error)
            return SectionMark::Errors;
        if (finding.severity == Severity::Warning)
            mark = SectionMark::Warnings;
    }
    return mark;
}

QString SectionMarks::describe(const QList<Finding> &findings, Section section)
{
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : findings) {
        if (finding.section == section) {
            errors += finding.severity == Severity::Error ? 1 : 0;
            warnings += finding.severity == Severity::Warning ? 1 : 0;
        }
    }
    QStringList counts;
    if (errors > 0)
        counts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        counts.append(tr("%n warning(s)", nullptr, warnings));
    if (counts.isEmpty()) {
        //: The state of a plan section without errors or warnings.
        return tr("Complete");
    }
    //: Joins a section's counts of errors and warnings: "2 errors, 1 warning".
    return counts.join(tr(", "));
}

QIcon SectionMarks::markedIcon(const QIcon &icon, SectionMark mark)
{
    if (mark == SectionMark::None)
        return icon;
    // One marked icon per icon and mark, kept with the pixmaps it has drawn (see bundledIcon()).
    static QHash<QPair<qint64, int>, QIcon> marked;
    const QPair<qint64, int> key{icon.cacheKey(), int(mark)};
    auto found = marked.constFind(key);
    if (found == marked.constEnd())
        found = marked.insert(key, QIcon(new MarkedIconEngine(icon, mark)));
    return *found;
}

void SectionMarks::show(QListWidgetItem *item, const QString &name, const QIcon &icon,
                        const QList<Finding> *findings, Section section)
{
    const SectionMark mark = findings ? markOf(*findings, section) : SectionMark::None;
    const QString state = findings ? describe(*findings, section) : QString();
    item->setIcon(markedIcon(icon, mark));
    //: A navigator entry's tooltip: the section's name and its state, "Targets: 1 error".
    const QString tip = tr("%1: %2").arg(name, state);
    item->setToolTip(state.isEmpty() ? name : tip);
    item->setData(Qt::AccessibleTextRole, item->toolTip());
    item->setData(Qt::AccessibleDescriptionRole, state);
}

} // namespace salesplan::ui
