#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace salesplan::ui {

// Lays out text, tables and charts top to bottom on the pages of a paged device, breaking pages
// where the content no longer fits. It runs twice over the same content: first without a
// painter to count the pages, then with one to paint them, so the footer can say "page X of Y".
class ReportWriter
{
public:
    // `painter` is null for the counting pass. `totalPages` is what the footer shows.
    ReportWriter(QPagedPaintDevice *device, QPainter *painter, const QFont &baseFont,
                 const QString &headerText, int totalPages);

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text);
    // A label and its text, e.g. "Mission" and the mission; nothing when the text is empty.
    void labelled(const QString &label, const QString &text);
    // A table of `headers` and `rows`; `weights` give the columns' relative widths. A table that
    // breaks across pages repeats its header row on the next page.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<double> &weights = {});
    // Draws the chart as vectors, as wide as the text and `heightRatio` of that width tall.
    void chart(QChart *chart, double heightRatio = 0.5);
    // Vertical space.
    void space(double millimetres);
    void newPage();
    // The cover's big lines, centred.
    void centred(const QString &text, double pointSize, bool bold);

    int pageCount() const { return m_page; }

private:
    double mm(double millimetres) const;
    QFont font(double pointSize, bool bold = false) const;
    double textHeight(const QString &text, const QFont &font, double width) const;
    void ensureSpace(double height);
    void startPage();
    void drawTableRow(const QStringList &cells, const QList<double> &widths, bool header);
    double rowHeight(const QStringList &cells, const QList<double> &widths, bool header) const;

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QFont m_base;
    QString m_headerText;
    int m_totalPages;
    int m_page = 0;
    double m_width = 0;
    double m_top = 0;    // where content starts below the header
    double m_bottom = 0; // where content ends above the footer
    double m_y = 0;
};

} // namespace salesplan::ui
