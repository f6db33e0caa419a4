#include "server/serverlogin.h"

#include <QSettings>
#include <QUrl>

namespace salesplan::ui {

namespace {

const QString urlKey = QStringLiteral("teamServer/url");
const QString userKey = QStringLiteral("teamServer/user");
const QString unitKey = QStringLiteral("teamServer/unit");

// The settings group of a unit's basis at a server, by role, server and unit.
QString basisGroup(const ServerLogin &login)
{
    const QByteArray id =
        (login.keychainKey() + u'#' + login.unit)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("teamServer/basis/") + QString::fromLatin1(id);
}

std::optional<qint64> versionIn(const QSettings &settings, const QString &key)
{
    return settings.contains(key) ? std::optional<qint64>(settings.value(key).toLongLong())
                                  : std::nullopt;
}

} // namespace

ServerLogin ServerLogin::remembered()
{
    const QSettings settings;
    return {settings.value(urlKey).toString(), settings.value(userKey).toString(),
            settings.value(unitKey).toString()};
}

void ServerLogin::remember() const
{
    QSettings settings;
    settings.setValue(urlKey, url);
    settings.setValue(userKey, user);
    settings.setValue(unitKey, unit);
}

QString ServerLogin::signInUrl() const
{
    QUrl address(url.trimmed());
    if (!user.trimmed().isEmpty())
        address.setUserName(user.trimmed());
    return address.toString();
}

QString ServerLogin::keychainKey() const
{
    const QUrl address(url.trimmed());
    return QStringLiteral("%1@%2:%3%4")
        .arg(user.trimmed(), address.host())
        .arg(address.port(5432))
        .arg(address.path());
}

server::PublishBasis ServerLogin::basis() const
{
    QSettings settings;
    settings.beginGroup(basisGroup(*this));
    return {versionIn(settings, QStringLiteral("allocation")),
            versionIn(settings, QStringLiteral("unit"))};
}

void ServerLogin::rememberBasis(const server::PublishBasis &basis) const
{
    QSettings settings;
    settings.beginGroup(basisGroup(*this));
    if (basis.allocationVersion)
        settings.setValue(QStringLiteral("allocation"), *basis.allocationVersion);
    if (basis.unitVersion)
        settings.setValue(QStringLiteral("unit"), *basis.unitVersion);
}

} // namespace salesplan::ui
