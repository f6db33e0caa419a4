#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
class QTextLayout;
QT_END_NAMESPACE

namespace salesplan::ui {

// A text wrapped into lines at a fixed width, measured and drawn with the same layout, whole or a
// run of lines at a time, so a table cell or a paragraph can continue on the next page.
class TextBlock
{
public:
    TextBlock(const QString &text, const QFont &font, double width, Qt::Alignment alignment,
              QPaintDevice *device);
    ~TextBlock();
    TextBlock(TextBlock &&) noexcept;
    TextBlock &operator=(TextBlock &&) noexcept;

    QString text() const;
    int lineCount() const;
    double height() const;
    // The height of lines [first, first + count).
    double height(int first, int count) const;
    // How many lines from `first` fit into `room`.
    int linesFitting(int first, double room) const;
    // Draws lines [first, first + count) with their top at `topLeft`.
    void draw(QPainter *painter, QPointF topLeft, int first, int count) const;
    void draw(QPainter *painter, QPointF topLeft) const { draw(painter, topLeft, 0, lineCount()); }

private:
    std::unique_ptr<QTextLayout> m_layout;
};

} // namespace salesplan::ui
