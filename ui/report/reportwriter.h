#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace salesplan::ui {

class TextBlock;

// One column of a report table: its header, its width relative to the other columns, and
// whether it holds figures (money, counts, rates), which are right-aligned.
struct TableColumn
{
    QString header;
    double weight = 1.0;
    bool numeric = false;
    // A small square of this colour before each filled cell of the body, as a KPI's green and
    // amber thresholds carry; none while invalid.
    QColor swatch = QColor();
    // A square of the colour a cell's text names, as a status word carries its light's colour
    // ("Red"); before the column's swatch.
    QHash<QString, QColor> swatches = {};

    // The colour square before a cell of the body holding `text`: invalid for none.
    QColor swatchFor(const QString &text) const
    {
        return text.isEmpty() ? QColor() : swatches.value(text, swatch);
    }
};

// Whether a table's last row adds up the rows above it: a total row is bold and ruled above.
enum class LastRow { Plain, Total };

// Where a top-level heading landed.
struct HeadingPlace
{
    QString text;
    int page = 0;
};

// A heading as painted: its level (1 a section, 2 a heading within it), its text, its page and
// the top of its text, in the device's units from the top left of the area painted on.
struct PaintedHeading
{
    QString text;
    int level = 1;
    int page = 0;
    double top = 0;
};

// An area of a page, in the same units, that leads to the top-level heading `target`.
struct LinkArea
{
    int page = 0;
    QRectF area;
    QString target;
};

// Where the painting pass put the headings and what links to them.
struct PaintedNavigation
{
    QList<PaintedHeading> headings;
    QList<LinkArea> links;
};

// `text` without the characters neither `font` nor its fallbacks can draw, which would print as
// boxes (an emoji newer than the fonts installed), and without the spaces they leave doubled.
QString drawableText(const QString &text, const QFont &font, QPaintDevice *device);

// Hides the texts of `scene` drawn in a transparent colour (the labels of a bar set no one is
// meant to read), which a PDF would otherwise keep in its text layer for a reader to copy and
// search though no one can see them.
void hideInvisibleText(QGraphicsScene &scene);

// Lays out text, tables and charts top to bottom on the pages of a paged device, breaking pages
// where the content no longer fits. It runs twice over the same content: first without a
// painter to count the pages and note where each top-level heading lands, then with one to
// paint them, so the footer can say "page X of Y" and the contents can give page numbers.
class ReportWriter
{
public:
    // `painter` is null for the counting pass. `totalPages` is what the footer shows.
    ReportWriter(QPagedPaintDevice *device, QPainter *painter, const QFont &baseFont,
                 const QString &headerText, int totalPages);

    // Called after each painted page with the pages done and the page count; returning false
    // stops the report: nothing more is laid out or painted and cancelled() turns true.
    void setProgress(std::function<bool(int pagesDone, int pageCount)> progress);
    bool cancelled() const { return m_cancelled; }

    // A heading is kept on the same page as the start of what follows it.
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text);
    // A label and its text, e.g. "Mission" and the mission; nothing when the text is empty.
    void labelled(const QString &label, const QString &text);
    // A table that breaks across pages, saying "(continued)" above its repeated header row on
    // each new one; a table shorter than half a page is never split but moves whole to the next
    // page, and a row taller than a page continues on the next one. `widthShare` is its width
    // as a share of the text's.
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows,
               double widthShare = 1.0, LastRow lastRow = LastRow::Plain);
    // The same as wide as the text, each column as wide as its contents need (the columns'
    // weights are ignored): see fitColumns().
    void fittedTable(QList<TableColumn> columns, const QList<QStringList> &rows,
                     LastRow lastRow = LastRow::Plain);
    // A table whose cells in column `linkColumn` lead to the top-level headings `targets` name,
    // one a row (none where empty). The links are made when the table fits on one page.
    void linkedTable(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                     int linkColumn, const QStringList &targets);
    // Draws charts side by side as vectors, as wide together as the text; `weights` give their
    // relative widths (more weights than charts leave room on the right) and `heightRatio` the
    // height as a share of the text width.
    // `takeaway`, when not empty, is the one line above them that says what they show.
    void charts(const QList<QChart *> &charts, double heightRatio,
                const QList<double> &weights = {}, const QString &takeaway = {});
    void chart(QChart *chart, double heightRatio = 0.5, const QString &takeaway = {})
    {
        charts({chart}, heightRatio, {}, takeaway);
    }
    // A drawing as wide as the text and `heightMm` tall, kept whole on one page: `draw` paints
    // it into the rectangle it is given, with the report's font set (not called when counting).
    using Drawing = std::function<void(QPainter &painter, const QRectF &area)>;
    void drawing(double heightMm, const Drawing &draw);
    // A line of the table of contents: the title, dot leaders and the page number on the right;
    // the line leads to the top-level heading `title`.
    void contentsLine(const QString &title, int page);
    // Vertical space.
    void space(double millimetres);
    void newPage();
    // The cover's big lines, centred; a long one wraps onto at most three lines and is cut
    // short with "…" beyond them.
    void centred(const QString &text, double pointSize, bool bold);
    // Ends the last page (and reports it to the progress callback).
    void finish();
    // Text drawn lightly and diagonally across every page, such as "DRAFT"; none when empty.
    void setWatermark(const QString &text) { m_watermark = text; }
    // Text in small type on the left of every page's footer, such as a confidentiality line,
    // cut short before it reaches "page X of Y"; none when empty.
    void setFooterNote(const QString &text) { m_footerNote = text; }

    int pageCount() const { return m_page; }
    // The headings in order, every level, with the page each landed on.
    const QList<HeadingPlace> &headings() const { return m_headings; }
    // Every heading painted and every link area, from the painting pass.
    const PaintedNavigation &navigation() const { return m_navigation; }

private:
    struct PendingHeading
    {
        QString text;
        int level = 1;
    };

    double mm(double millimetres) const;
    QFont font(double pointSize, bool bold = false) const;
    double roomLeft() const { return m_bottom - m_y; }
    bool atPageTop() const { return m_y <= m_top; }
    void ensureSpace(double height);
    // Places the headings waiting for content, on a new page if they and `followingHeight` of
    // what follows them do not fit on this one.
    void placeHeadings(double followingHeight);
    double headingHeight(const PendingHeading &heading) const;
    void drawHeading(const PendingHeading &heading);
    void startPage();
    void endPage();
    void drawFooter();
    void drawFooterNote(const QRectF &room);
    void drawHeader();
    void drawWatermark();
    struct TableLayout;
    using Row = std::vector<TextBlock>;
    enum class RowKind { Body, Header, Total };

    // The columns' widths and the header row of a table `widthShare` of the text's width.
    TableLayout tableLayout(const QList<TableColumn> &columns, double widthShare) const;
    void breakPage();
    Row rowCells(const TableLayout &table, const QStringList &cells, RowKind kind) const;
    double rowHeight(const Row &cells) const;
    double tableHeight(const TableLayout &table, const QList<QStringList> &rows,
                       LastRow lastRow) const;
    void tableRow(const TableLayout &table, const Row &cells, RowKind kind);
    void splitTableRow(const TableLayout &table, const Row &cells, RowKind kind);
    void continueTable(const TableLayout &table);
    void drawWholeRow(const TableLayout &table, const Row &cells, RowKind kind);
    void drawRowSlice(const TableLayout &table, const Row &cells, RowKind kind,
                      const QList<int> &first, const QList<int> &counts, double height);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QFont m_base;
    QString m_headerText;
    QString m_watermark;
    QString m_footerNote;
    int m_totalPages;
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
    int m_page = 0;
    double m_width = 0;
    double m_top = 0;    // where content starts below the header
    double m_bottom = 0; // where content ends above the footer
    double m_y = 0;
    QList<PendingHeading> m_pending;
    QList<HeadingPlace> m_headings;
    PaintedNavigation m_navigation;
};

} // namespace salesplan::ui
