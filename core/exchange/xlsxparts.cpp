#include "exchange/xlsxparts.h"

#include "exchange/xlsxpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace salesplan {

namespace {

struct XlsxPartsWords
{
    Q_DECLARE_TR_FUNCTIONS(XlsxParts)
};

Error notXml(const QString &part, const QXmlStreamReader &xml)
{
    return Error{{},
                 XlsxPartsWords::tr("the workbook's part %1 is damaged (%2 at line %3)")
                     .arg(part, xml.errorString())
                     .arg(xml.lineNumber())};
}

// "worksheets/sheet1.xml" next to "xl/workbook.xml" -> "xl/worksheets/sheet1.xml"; a target from
// the package's root starts with "/".
QString resolvedTarget(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = folder.isEmpty() ? QStringList() : folder.split(u'/');
    for (const QString &step : target.split(u'/')) {
        if (step == QStringLiteral("..") && !parts.isEmpty())
            parts.removeLast();
        else if (step != QStringLiteral("."))
            parts.append(step);
    }
    return parts.join(u'/');
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relationsOf(const QString &part)
{
    const QString folder = folderOf(part);
    return (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") +
           part.mid(folder.isEmpty() ? 0 : folder.size() + 1) + QStringLiteral(".rels");
}

struct Relation
{
    QString type; // the last word of the type: "worksheet", "sharedStrings", "officeDocument"
    QString target;
};

// The relations of `part` by id, their targets resolved; none when it has no relations part.
Result<QHash<QString, Relation>> readRelations(const XlsxPackage &package, const QString &part)
{
    const QString relsPart = relationsOf(part);
    QHash<QString, Relation> relations;
    if (!package.contains(relsPart))
        return relations;
    const Result<QByteArray> bytes = package.read(relsPart);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("Type")).toString();
            relations.insert(
                attributes.value(QLatin1String("Id")).toString(),
                {type.mid(type.lastIndexOf(u'/') + 1),
                 resolvedTarget(folderOf(part),
                                attributes.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError())
        return notXml(relsPart, xml);
    return relations;
}

QString workbookPart(const XlsxPackage &package)
{
    const Result<QHash<QString, Relation>> root = readRelations(package, QString());
    if (root) {
        for (const Relation &relation : *root) {
            if (relation.type == u"officeDocument")
                return relation.target;
        }
    }
    return QStringLiteral("xl/workbook.xml");
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// Excel's built-in date and time formats: 14–22 and 45–47 (and the East Asian ones 27–36 and
// 50–58 that Chinese Excel uses for 2026年1月).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

} // namespace

QString readXlsxStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0; // of the elements open inside the item
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (depth == 0)
                break;
            --depth;
        } else if (!xml.isStartElement()) {
            continue;
        } else if (xml.name() == u"rPh") {
            xml.skipCurrentElement();
        } else if (xml.name() == u"t") {
            text += xml.readElementText();
        } else {
            ++depth;
        }
    }
    return text;
}

Result<XlsxWorkbook> readXlsxWorkbook(const XlsxPackage &package)
{
    const QString part = workbookPart(package);
    const Result<QHash<QString, Relation>> relations = readRelations(package, part);
    if (!relations)
        return relations.error();
    const Result<QByteArray> bytes = package.read(part);
    if (!bytes)
        return bytes.error();
    XlsxWorkbook workbook;
    for (const Relation &relation : *relations) {
        if (relation.type == u"sharedStrings")
            workbook.sharedStringsPart = relation.target;
        else if (relation.type == u"styles")
            workbook.stylesPart = relation.target;
    }
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id") // r:id, whatever the prefix
                    id = attribute.value().toString();
            }
            const Relation relation = relations->value(id);
            if (relation.type == u"worksheet")
                workbook.sheets.append(
                    {attributes.value(QLatin1String("name")).toString(), relation.target});
        }
    }
    if (xml.hasError())
        return notXml(part, xml);
    if (workbook.sheets.isEmpty())
        return Error{{}, XlsxPartsWords::tr("the workbook has no worksheet")};
    return workbook;
}

Result<QStringList> readXlsxSharedStrings(const XlsxPackage &package, const QString &part)
{
    QStringList strings;
    if (part.isEmpty())
        return strings;
    const Result<QByteArray> bytes = package.read(part);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(readXlsxStringItem(xml));
    }
    if (xml.hasError())
        return notXml(part, xml);
    return strings;
}

Result<std::vector<bool>> readXlsxDateStyles(const XlsxPackage &package, const QString &part)
{
    std::vector<bool> dateStyles;
    if (part.isEmpty())
        return dateStyles;
    const Result<QByteArray> bytes = package.read(part);
    if (!bytes)
        return bytes.error();
    QHash<int, bool> customDates; // numFmtId -> whether its code shows a date
    bool cellFormats = false;     // inside <cellXfs>, not <cellStyleXfs>
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            cellFormats = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customDates.insert(
                attributes.value(QLatin1String("numFmtId")).toInt(),
                isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            cellFormats = true;
        } else if (cellFormats && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            dateStyles.push_back(customDates.contains(id) ? customDates.value(id)
                                                          : isBuiltinDateFormat(id));
        }
    }
    if (xml.hasError())
        return notXml(part, xml);
    return dateStyles;
}

bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    bool bracketed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracketed) {
            bracketed = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracketed = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else if (QStringLiteral("ymdhYMDH").contains(c)) {
            return true;
        }
    }
    return false;
}

} // namespace salesplan
