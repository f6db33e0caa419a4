#include "textblock.h"

#include <QPainter>
#include <QTextLayout>

namespace salesplan::ui {

TextBlock::TextBlock(const QString &text, const QFont &font, double width, Qt::Alignment alignment,
                     QPaintDevice *device)
{
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(lines, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    double y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
}

TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock &&) noexcept = default;
TextBlock &TextBlock::operator=(TextBlock &&) noexcept = default;

QString TextBlock::text() const
{
    return m_layout->text();
}

int TextBlock::lineCount() const
{
    return m_layout->lineCount();
}

double TextBlock::height() const
{
    return height(0, lineCount());
}

double TextBlock::height(int first, int count) const
{
    if (count <= 0 || first >= lineCount())
        return 0;
    const int last = qMin(first + count, lineCount()) - 1;
    const QTextLine top = m_layout->lineAt(first);
    const QTextLine bottom = m_layout->lineAt(last);
    return bottom.y() + bottom.height() - top.y();
}

int TextBlock::linesFitting(int first, double room) const
{
    int count = 0;
    while (first + count < lineCount() && height(first, count + 1) <= room)
        ++count;
    return count;
}

void TextBlock::draw(QPainter *painter, QPointF topLeft, int first, int count) const
{
    if (count <= 0 || first >= lineCount())
        return;
    const double top = m_layout->lineAt(first).y();
    const int end = qMin(first + count, lineCount());
    for (int i = first; i < end; ++i)
        m_layout->lineAt(i).draw(painter, QPointF(topLeft.x(), topLeft.y() - top));
}

} // namespace salesplan::ui
