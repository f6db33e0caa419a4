#include "server/serverurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

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

// A value QPSQL passes on as KEY=VALUE between ';': neither may appear inside it.
bool isPlainValue(const QString &value)
{
    return !value.isEmpty() && !value.contains(u';') && !value.contains(u'=') &&
           !value.contains(u' ');
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
    const QUrl url(text.trimmed(), QUrl::StrictMode);
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
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("password")) {
            address.password = value;
            continue;
        }
        if (!isConnectOption(key))
            return urlError(text, ServerUrlWords::tr("the option “%1” is not one SalesPlan "
                                                     "passes to the server")
                                      .arg(key));
        if (!isPlainValue(value))
            return urlError(text,
                            ServerUrlWords::tr("the option “%1” has no usable value").arg(key));
        timeout = timeout || key == QStringLiteral("connect_timeout");
        options.append(key + u'=' + value);
    }
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    address.connectOptions = options.join(u';');
    return address;
}

} // namespace salesplan::server
