#pragma once

#include "server/teamserver.h"

#include <QString>

namespace salesplan::ui {

// Who signs in where on the team server, as the connection dialog asks for it: the server's
// address, the user (a PostgreSQL role) and the unit the open plan is for. The last one used is
// remembered in QSettings — never a password, which only the system keychain keeps
// (passwordstore.h). What a unit's plan was last based on (the allocation fetched, the version
// published) is remembered beside it, for the next publish's concurrency check.
struct ServerLogin
{
    QString url;  // postgresql://HOST[:PORT]/DATABASE[?sslmode=…], without user or password
    QString user; // the PostgreSQL role
    QString unit; // the unit whose plan is published; may be empty for a director

    // The last login used, or an empty one.
    static ServerLogin remembered();
    void remember() const;

    // The URL to sign in with: `url` with `user` in it.
    QString signInUrl() const;
    // The keychain entry of this user on this server: "role@host:port/database".
    QString keychainKey() const;

    // The versions the unit's plan is based on at this server (none before the first fetch or
    // publish), and a change of them after a fetch or a publish.
    server::PublishBasis basis() const;
    void rememberBasis(const server::PublishBasis &basis) const;
};

} // namespace salesplan::ui
