#pragma once

#include "plan/result.h"

#include <QCoreApplication>
#include <QString>

// The address of a team server: a postgresql:// URL taken apart for Qt's QPSQL driver, and the
// same URL with its password hidden, for every message and log.
namespace salesplan::server {

struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // from the URL (discouraged); usually given apart
    // libpq's options for QPSQL, "sslmode=require;connect_timeout=10", a value with spaces or
    // backslashes in quotes as libpq's connection string has it ('C:\\Users\\Li Wei\\a.crt')
    QString connectOptions;
};

// Reads postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&…]. The query may hold
// libpq's TLS and connection options (sslmode, sslrootcert, sslcert, sslkey, sslcrl,
// connect_timeout, application_name); anything else is refused in words. As libpq, the query's
// values are %-decoded and may hold a path as Windows writes it, spaces and backslashes too
// (sslrootcert=C:\Users\Li%20Wei\root.crt, or with the space typed).
Result<ServerAddress> parseServerUrl(const QString &url);

// `url` with its password, in the user part or as password= in the query, replaced by "***".
// Works on any text, even one that is no valid URL, so that nothing ever prints a password.
QString redactedUrl(const QString &url);

// The URL of `address` without its password: what messages call the server.
QString displayUrl(const ServerAddress &address);

} // namespace salesplan::server
