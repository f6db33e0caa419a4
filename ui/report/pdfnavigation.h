#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

// A place in a PDF: a page (1-based) and a height on it, in points from the page's top.
struct PdfPlace
{
    int page = 0;
    double top = 0;
};

// A bookmark of the PDF's outline and the bookmarks nested under it.
struct PdfBookmark
{
    QString title;
    PdfPlace place;
    QList<PdfBookmark> children;
};

// An area of a page, in points from the page's top left, that takes the reader to a place.
struct PdfLink
{
    int page = 0;
    QRectF area;
    PdfPlace target;
};

// What a reader shows around a PDF's pages: its bookmarks, its links between pages, its
// language and the document's properties (title, author, subject, creator).
struct PdfNavigation
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString language; // a BCP 47 tag: "en", "zh-CN", "zh-TW"
    QList<PdfBookmark> bookmarks;
    QList<PdfLink> links;
};

// Adds `navigation` to the PDF in `pdf` (as QPdfWriter writes it, which can do none of it): the
// bookmarks as its outline, shown when it opens, the links as link annotations, the language and
// the document's properties. Returns the PDF rewritten, or why it could not be, in words.
Result<QByteArray> addPdfNavigation(const QByteArray &pdf, const PdfNavigation &navigation);

// Maps the coordinates a painter uses on `device` (a QPdfWriter) to points from the page's top
// left, where PdfNavigation's places and areas are.
QTransform deviceToPoints(const QPagedPaintDevice &device);

// A plan's PDF with no bookmarks yet: the plan's name as its title, its author, "Sales plan 2027
// — Company" as its subject (in the language the UI speaks now), SalesPlan as its creator, and
// `language`, a SalesPlan language code ("zh_CN"), as its language.
PdfNavigation planDocument(const PlanInfo &info, const QString &language);

// The translation context of the navigation's messages.
struct PdfNavigationText
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::PdfNavigation)
};

} // namespace salesplan::ui
