#pragma once

#include "plan/plan.h"
#include "report/planreport.h"

#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// What the report tests share: the sample plans, and poppler's tools reading a PDF back as a
// reader would (its text, page by page, its page count and its embedded fonts).
namespace reporttest {

salesplan::Plan samplePlan(const char *name);

// Writes the plan's report to `path` and requires that it worked.
void writeReport(const salesplan::Plan &plan, const QString &path,
                 const salesplan::ui::ReportOptions &options = {});

// Runs a tool and requires that it exits 0; returns what it printed.
QString runTool(const QString &program, const QStringList &arguments);

int pageCount(const QString &pdf);
// The fonts pdffonts lists as embedded.
QStringList embeddedFonts(const QString &pdf);
// The text of page `page` (1-based), or of the whole document when `page` is 0. pdftotext breaks
// lines where the layout does; a heading, a figure or a name stays on one line. Diagonal text (a
// watermark) is left out, as a reader's eye skips it.
QString pdfText(const QString &pdf, int page = 0);
// The same with the diagonal text pdfText() leaves out, such as a "DRAFT" watermark.
QString pdfTextWithDiagonals(const QString &pdf, int page = 0);
// The pages (1-based) whose layout text matches `pattern`.
QList<int> pagesMatching(const QString &pdf, const QRegularExpression &pattern);
// The text's lines, trimmed, without empty ones.
QStringList pdfLines(const QString &pdf, int page = 0);
// The page's text as pdftotext -layout places it: a table row or a contents line stays one line.
QString pdfLayoutText(const QString &pdf, int page);
// The text of every page as pdftotext -layout places it, so a table row stays one line.
QString pdfLayoutText(const QString &pdf);

// A word pdftotext found on a page, and its box in points from the page's top left.
struct PdfWord
{
    QString text;
    QRectF box;
};
// Every word of page `page` (1-based), and the page's size in points.
QList<PdfWord> pdfWords(const QString &pdf, int page, QSizeF *pageSize = nullptr);

} // namespace reporttest
