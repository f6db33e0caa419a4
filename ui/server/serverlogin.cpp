#include "server/serverlogin.h"

#include <QSettings>
#include <QUrl>

namespace salesplan::ui {

namespace {

const QString urlKey = QStringLiteral("teamServer/url");
const QString userKey = QStringLiteral("teamServer/user");
const QString unitKey = QStringLiteral("teamServer/unit");

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

} // namespace salesplan::ui
