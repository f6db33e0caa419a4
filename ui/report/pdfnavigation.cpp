#include "pdfnavigation.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

// qpdf's modern API only, without its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

namespace salesplan::ui {

namespace {

using Object = QPDFObjectHandle;

Object text(const QString &value)
{
    return Object::newUnicodeString(value.toStdString());
}

// Writes the PDF's outline and link annotations into a document qpdf has read.
class NavigationWriter
{
public:
    explicit NavigationWriter(QPDF &pdf)
        : m_pdf(pdf)
    {
        for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
            m_pages.push_back(page);
    }

    // A destination that shows `place` at the top of the window, the zoom unchanged.
    Object destination(const PdfPlace &place)
    {
        QPDFPageObjectHelper &page = pageAt(place.page);
        const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        return Object::newArray({page.getObjectHandle(), Object::newName("/XYZ"),
                                 Object::newReal(box.llx, 2),
                                 Object::newReal(box.ury - place.top, 2), Object::newNull()});
    }

    void addOutline(const QList<PdfBookmark> &bookmarks)
    {
        if (bookmarks.isEmpty())
            return;
        Object outlines = m_pdf.makeIndirectObject(Object::newDictionary());
        outlines.replaceKey("/Type", Object::newName("/Outlines"));
        addItems(outlines, bookmarks);
        // The top level shows; the headings under a section show when it is opened.
        outlines.replaceKey("/Count", Object::newInteger(bookmarks.size()));
        Object root = m_pdf.getRoot();
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", Object::newName("/UseOutlines"));
    }

    void addLink(const PdfLink &link)
    {
        QPDFPageObjectHelper &page = pageAt(link.page);
        const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        Object annotation = Object::newDictionary();
        annotation.replaceKey("/Type", Object::newName("/Annot"));
        annotation.replaceKey("/Subtype", Object::newName("/Link"));
        annotation.replaceKey("/Rect",
                              Object::newArray({Object::newReal(box.llx + link.area.left(), 2),
                                                Object::newReal(box.ury - link.area.bottom(), 2),
                                                Object::newReal(box.llx + link.area.right(), 2),
                                                Object::newReal(box.ury - link.area.top(), 2)}));
        annotation.replaceKey("/Border",
                              Object::newArray({Object::newInteger(0), Object::newInteger(0),
                                                Object::newInteger(0)}));
        annotation.replaceKey("/Dest", destination(link.target));
        Object pageObject = page.getObjectHandle();
        Object annotations = pageObject.getKey("/Annots");
        if (!annotations.isArray()) {
            annotations = Object::newArray();
            pageObject.replaceKey("/Annots", annotations);
        }
        annotations.appendItem(m_pdf.makeIndirectObject(annotation));
    }

private:
    QPDFPageObjectHelper &pageAt(int page)
    {
        if (page < 1 || size_t(page) > m_pages.size())
            throw std::runtime_error("no page " + std::to_string(page));
        return m_pages[size_t(page - 1)];
    }

    // Adds `bookmarks` under `parent`, each closed over its own children.
    void addItems(Object &parent, const QList<PdfBookmark> &bookmarks)
    {
        Object previous;
        for (const PdfBookmark &bookmark : bookmarks) {
            Object item = m_pdf.makeIndirectObject(Object::newDictionary());
            item.replaceKey("/Title", text(bookmark.title));
            item.replaceKey("/Parent", parent);
            item.replaceKey("/Dest", destination(bookmark.place));
            if (previous.isInitialized()) {
                previous.replaceKey("/Next", item);
                item.replaceKey("/Prev", previous);
            } else {
                parent.replaceKey("/First", item);
            }
            if (!bookmark.children.isEmpty()) {
                addItems(item, bookmark.children);
                item.replaceKey("/Count", Object::newInteger(-bookmark.children.size()));
            }
            previous = item;
        }
        parent.replaceKey("/Last", previous);
    }

    QPDF &m_pdf;
    std::vector<QPDFPageObjectHelper> m_pages;
};

void setProperties(QPDF &pdf, const PdfNavigation &navigation)
{
    Object trailer = pdf.getTrailer();
    Object info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(Object::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    const auto set = [&info](const char *key, const QString &value) {
        if (value.isEmpty())
            info.removeKey(key);
        else
            info.replaceKey(key, text(value));
    };
    set("/Title", navigation.title);
    set("/Author", navigation.author);
    set("/Subject", navigation.subject);
    set("/Creator", navigation.creator);
    if (!navigation.language.isEmpty())
        pdf.getRoot().replaceKey("/Lang", text(navigation.language));
}

QByteArray written(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // The same report gives the same file identifier, not a random one each time.
    writer.setDeterministicID(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

} // namespace

Result<QByteArray> addPdfNavigation(const QByteArray &pdf, const PdfNavigation &navigation)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report", pdf.constData(), size_t(pdf.size()));
        NavigationWriter writer(document);
        writer.addOutline(navigation.bookmarks);
        for (const PdfLink &link : navigation.links)
            writer.addLink(link);
        setProperties(document, navigation);
        return written(document);
    } catch (const std::exception &error) {
        return Error{{},
                     PdfNavigationText::tr("the PDF's bookmarks could not be added: %1")
                         .arg(QString::fromLocal8Bit(error.what()))};
    }
}

QTransform deviceToPoints(const QPagedPaintDevice &device)
{
    const QMarginsF margins = device.pageLayout().margins(QPageLayout::Point);
    QTransform transform;
    transform.translate(margins.left(), margins.top());
    transform.scale(72.0 / device.logicalDpiX(), 72.0 / device.logicalDpiY());
    return transform;
}

PdfNavigation planDocument(const PlanInfo &info, const QString &language)
{
    PdfNavigation document;
    document.title = info.name;
    document.author = info.author;
    const QString year = QString::number(info.period.year);
    //: The subject of the report's and the deck's PDF: Sales plan 2027 — the company.
    document.subject = info.company.isEmpty()
                           ? PdfNavigationText::tr("Sales plan %1").arg(year)
                           : PdfNavigationText::tr("Sales plan %1 — %2").arg(year, info.company);
    document.creator = QStringLiteral("SalesPlan");
    document.language = QString(language).replace(u'_', u'-');
    return document;
}

} // namespace salesplan::ui
