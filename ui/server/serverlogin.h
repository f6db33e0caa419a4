#pragma once

#include <QString>

namespace salesplan::ui {

// Who signs in where on the team server, as the connection dialog asks for it: the server's
// address, the user (a PostgreSQL role) and the unit the open plan is for. The last one used is
// remembered in QSettings — never a password, which only the system keychain keeps
// (passwordstore.h). What a plan is based on at the server is the plan's own (Plan::teamServer).
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
};

} // namespace salesplan::ui
