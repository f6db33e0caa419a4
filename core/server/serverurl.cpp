#include "server/serverurl.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <utility>

namespace salesplan::server {

namespace {

struct ServerUrlWords
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
};

Error urlError(const QString &url, const QString &reason)
{
    return Error{redactedUrl(url), reason};
}

bool isConnectOption(const QString &key)
{
    static const QStringList known = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
    return known.contains(key);
}

// A value QPSQL can pass on: it joins the options into libpq's "KEY=VALUE KEY=VALUE" after
// turning every ';' into a space, so no value may hold one.
bool isUsableValue(const QString &value)
{
    return !value.isEmpty() && !value.contains(u';') &&
           std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; });
}

// `value` as libpq's connection string reads it: plain, or in quotes with \ and \' escaped, so
// that a path with spaces or backslashes (C:\Users\Li Wei\root.crt) arrives whole.
QString conninfoValue(QString value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/+-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

// The query's KEY=VALUE pairs as libpq reads them: split at '&' and the first '=', then
// %-decoded as UTF-8 ('+' stays '+'), with anything else — a space, a backslash — taken as it is.
// None when a '%' is not followed by two hex digits.
std::optional<QList<std::pair<QString, QString>>> queryItems(const QString &query)
{
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (query.contains(badEscape))
        return std::nullopt;
    const auto decoded = [](QStringView text) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
    };
    QList<std::pair<QString, QString>> items;
    for (QStringView item : QStringView(query).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            items.append({decoded(item), QString()});
        else
            items.append({decoded(item.left(equals)), decoded(item.mid(equals + 1))});
    }
    return items;
}

} // namespace

QString redactedUrl(const QString &url)
{
    static const QRegularExpression userPassword(QStringLiteral("(://[^/@:?#]*):[^@/?#]*@"));
    static const QRegularExpression queryPassword(QStringLiteral("([?&]password=)[^&#]*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString redacted = url;
    redacted.replace(userPassword, QStringLiteral("\\1:***@"));
    redacted.replace(queryPassword, QStringLiteral("\\1***"));
    return redacted;
}

QString displayUrl(const ServerAddress &address)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(address.user, address.host)
        .arg(address.port)
        .arg(address.database);
}

Result<ServerAddress> parseServerUrl(const QString &text)
{
    // The query apart: QUrl's strict mode refuses the spaces and backslashes of a Windows path,
    // which libpq takes.
    const QString trimmed = text.trimmed();
    const qsizetype question = trimmed.indexOf(u'?');
    const QUrl url(trimmed.left(question), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("postgresql") &&
                           url.scheme() != QStringLiteral("postgres")))
        return urlError(text, ServerUrlWords::tr("not a server address: write "
                                                 "postgresql://USER@HOST:PORT/DATABASE"));
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    address.password = url.password();
    if (address.host.isEmpty())
        return urlError(text, ServerUrlWords::tr("the address names no server (HOST)"));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return urlError(text, ServerUrlWords::tr("the address names no database (/DATABASE)"));
    if (address.user.isEmpty())
        return urlError(text, ServerUrlWords::tr("the address names no user: write "
                                                 "postgresql://USER@HOST/DATABASE"));
    QStringList options;
    bool timeout = false;
    const auto items = queryItems(question < 0 ? QString() : trimmed.mid(question + 1));
    if (!items)
        return urlError(text, ServerUrlWords::tr("the options after “?” have a “%” that is not "
                                                 "followed by two hex digits (write a space as "
                                                 "%20)"));
    for (const auto &[key, value] : *items) {
        if (key == QStringLiteral("password")) {
            address.password = value;
            continue;
        }
        if (!isConnectOption(key))
            return urlError(text, ServerUrlWords::tr("the option “%1” is not one SalesPlan "
                                                     "passes to the server")
                                      .arg(key));
        if (!isUsableValue(value))
            return urlError(text,
                            ServerUrlWords::tr("the option “%1” has no usable value").arg(key));
        timeout = timeout || key == QStringLiteral("connect_timeout");
        options.append(key + u'=' + conninfoValue(value));
    }
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    address.connectOptions = options.join(u';');
    return address;
}

} // namespace salesplan::server
