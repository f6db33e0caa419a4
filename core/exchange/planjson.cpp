#include "exchange/planjson.h"

#include "exchange/planjsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QStringList>

#include <cctype>

namespace salesplan {

namespace {

const QString formatKey = QStringLiteral("format");
const QString versionKey = QStringLiteral("version");
const QString planKey = QStringLiteral("plan");
const QString versionsKey = QStringLiteral("versions");
const QString formatName = QStringLiteral("salesplan");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isWordByte(char c)
{
    return !isSpace(c) && c != ',' && c != ':' && c != '{' && c != '}' && c != '[' && c != ']' &&
           c != '"';
}

// Qt reports an error some way into the token it stumbled on, or after the blanks that follow
// an illegal value. The start of that token is where the user has to look.
qsizetype tokenStart(const QByteArray &json, qsizetype offset, bool skipBlanks)
{
    qsizetype at = qMin(offset, json.size());
    if (skipBlanks && !(at < json.size() && isWordByte(json.at(at)))) {
        while (at > 0 && isSpace(json.at(at - 1)))
            --at;
    }
    while (at > 0 && isWordByte(json.at(at - 1)))
        --at;
    if (at > 0 && at == offset && json.at(at - 1) == '"')
        --at;
    return at;
}

// The last character before `at` that is not blank, or 0.
char previousNonBlank(const QByteArray &json, qsizetype at)
{
    while (at > 0 && isSpace(json.at(at - 1)))
        --at;
    return at > 0 ? json.at(at - 1) : '\0';
}

bool startsWithLetter(const QByteArray &json, qsizetype at)
{
    return at < json.size() &&
           (std::isalpha(static_cast<unsigned char>(json.at(at))) || json.at(at) == '\'');
}

// "line 3, column 14" for a byte offset: lines counted from 1, columns in characters (not
// bytes) from 1, so a line of Chinese text points at the right character.
QString position(const QByteArray &json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80 && byte != '\r') {
            ++column; // a continuation byte belongs to the character before it
        }
    }
    return PlanJson::tr("line %1, column %2").arg(line).arg(column);
}

Error parseError(const QByteArray &json, const QJsonParseError &error)
{
    const bool atEnd = error.offset >= json.size();
    qsizetype offset = error.offset;
    QString reason;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator: {
        const bool object = error.error == QJsonParseError::UnterminatedObject;
        if (atEnd) {
            reason = object ? PlanJson::tr("the file ends before an object is closed with }")
                            : PlanJson::tr("the file ends before a list is closed with ]");
            break;
        }
        offset = tokenStart(json, error.offset, false);
        const char before = previousNonBlank(json, offset);
        if (object && (before == '{' || before == ','))
            reason = PlanJson::tr("a key must be text in double quotes");
        else
            reason = object ? PlanJson::tr("missing comma or closing }")
                            : PlanJson::tr("missing comma or closing ]");
        break;
    }
    case QJsonParseError::MissingNameSeparator:
        reason = PlanJson::tr("missing colon after a key");
        break;
    case QJsonParseError::MissingObject:
        reason = PlanJson::tr("a value is missing (is there a comma after the last entry?)");
        break;
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        offset = tokenStart(json, error.offset, true);
        reason = error.error == QJsonParseError::IllegalValue || startsWithLetter(json, offset)
                     ? PlanJson::tr("not a valid value: text needs double quotes, and true, "
                                    "false and null are written in lower case")
                     : PlanJson::tr("not a valid number");
        break;
    case QJsonParseError::UnterminatedString:
        reason = PlanJson::tr("a text is not closed with a double quote \"");
        break;
    case QJsonParseError::IllegalEscapeSequence:
        reason = PlanJson::tr("invalid escape sequence in a text; write a backslash as \\\\");
        break;
    case QJsonParseError::IllegalUTF8String:
        reason = PlanJson::tr("text that is not UTF-8; save the file as UTF-8");
        break;
    case QJsonParseError::GarbageAtEnd:
        reason = PlanJson::tr("unexpected text after the end of the plan");
        break;
    default:
        reason = error.errorString();
        break;
    }
    return Error{position(json, offset), reason};
}

Error notOurFormat()
{
    return Error{{},
                 PlanJson::tr("this is not a SalesPlan plan: a plan file starts with "
                              "{\"format\": \"salesplan\", \"version\": %1, \"plan\": …}")
                     .arg(planJsonVersion)};
}

Result<QJsonObject> envelope(const QByteArray &bytes)
{
    // A byte order mark is not part of JSON, but editors on Windows like to write one.
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (json.trimmed().isEmpty())
        return Error{{}, PlanJson::tr("the file is empty")};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(json, error);
    if (!document.isObject())
        return notOurFormat();
    const QJsonObject root = document.object();
    if (root.value(formatKey).toString() != formatName)
        return notOurFormat();

    const QJsonValue version = root.value(versionKey);
    const qint64 number = version.toInteger(0);
    if (!version.isDouble() || number < 1) {
        return Error{versionKey,
                     PlanJson::tr("must be a whole number, such as %1").arg(planJsonVersion)};
    }
    if (number > planJsonVersion) {
        return Error{{},
                     PlanJson::tr("this plan was made by a newer SalesPlan (format version %1); "
                                  "this SalesPlan reads versions up to %2. Update SalesPlan to "
                                  "open it.")
                         .arg(number)
                         .arg(planJsonVersion)};
    }

    const QJsonValue plan = root.value(planKey);
    if (!plan.isObject()) {
        return Error{planKey, plan.isUndefined() ? PlanJson::tr("is missing")
                                                 : PlanJson::tr("must be an object { … }")};
    }
    return root;
}

QJsonArray writeVersions(const QList<VersionRecord> &versions)
{
    QJsonArray array;
    for (const VersionRecord &version : versions) {
        QJsonObject object{
            {QStringLiteral("name"), version.name},
            {QStringLiteral("created"), version.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("plan"), writePlanObject(version.plan)}};
        if (!version.author.isEmpty())
            object.insert(QStringLiteral("author"), version.author);
        array.append(object);
    }
    return array;
}

// One element of "versions", at `path`.
Result<VersionRecord> readVersion(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error{path, PlanJson::tr("must be an object { … }")};
    const QJsonObject object = value.toObject();
    VersionRecord version;
    version.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (version.name.isEmpty())
        return Error{path + QStringLiteral(".name"), PlanJson::tr("must be a name, not empty")};
    version.created =
        QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (!version.created.isValid())
        return Error{path + QStringLiteral(".created"),
                     PlanJson::tr("must be a date and time such as 2027-01-15T09:30:00Z")};
    version.created = version.created.toUTC();
    const QJsonValue author = object.value(QStringLiteral("author"));
    if (!author.isUndefined() && !author.isNull() && !author.isString())
        return Error{path + QStringLiteral(".author"), PlanJson::tr("must be text")};
    version.author = author.toString();
    const QJsonValue plan = object.value(planKey);
    if (!plan.isObject())
        return Error{path + QStringLiteral(".plan"), PlanJson::tr("must be an object { … }")};
    Result<Plan> read = readPlanObject(plan.toObject(), path + QStringLiteral(".plan"));
    if (!read)
        return read.error();
    version.plan = *read;
    return version;
}

// The value of "versions": none when it is missing; names must be unique, as in a plan file.
Result<QList<VersionRecord>> readVersions(const QJsonValue &value)
{
    QList<VersionRecord> versions;
    if (value.isUndefined() || value.isNull())
        return versions;
    if (!value.isArray())
        return Error{versionsKey, PlanJson::tr("must be a list [ … ]")};
    const QJsonArray array = value.toArray();
    QStringList names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(versionsKey).arg(i);
        Result<VersionRecord> version = readVersion(array.at(i), path);
        if (!version)
            return version.error();
        if (names.contains(version->name))
            return Error{
                path + QStringLiteral(".name"),
                PlanJson::tr("the name “%1” is used by an earlier version").arg(version->name)};
        names.append(version->name);
        versions.append(*version);
    }
    return versions;
}

} // namespace

QByteArray planToJson(const Plan &plan, JsonLayout layout)
{
    return planToJson(PlanWithVersions{plan, {}}, layout);
}

QByteArray planToJson(const PlanWithVersions &plan, JsonLayout layout)
{
    QJsonObject root{{formatKey, formatName},
                     {versionKey, planJsonVersion},
                     {planKey, writePlanObject(plan.plan)}};
    if (!plan.versions.isEmpty())
        root.insert(versionsKey, writeVersions(plan.versions));
    return QJsonDocument(root).toJson(layout == JsonLayout::Compact ? QJsonDocument::Compact
                                                                    : QJsonDocument::Indented);
}

Result<Plan> planFromJson(const QByteArray &bytes)
{
    const Result<QJsonObject> root = envelope(bytes);
    if (!root)
        return root.error();
    return readPlanObject(root->value(planKey).toObject(), planKey);
}

Result<PlanWithVersions> planWithVersionsFromJson(const QByteArray &bytes)
{
    const Result<QJsonObject> root = envelope(bytes);
    if (!root)
        return root.error();
    Result<Plan> plan = readPlanObject(root->value(planKey).toObject(), planKey);
    if (!plan)
        return plan.error();
    Result<QList<VersionRecord>> versions = readVersions(root->value(versionsKey));
    if (!versions)
        return versions.error();
    return PlanWithVersions{*plan, *versions};
}

} // namespace salesplan
