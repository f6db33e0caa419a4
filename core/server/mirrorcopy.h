#pragma once

#include "plan/plan.h"
#include "server/planmirror.h"
#include "server/serversql.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Copying a plan's rows between a ScratchPlan and the team server's tables (planmirror.h), a
// few statements a table rather than one a row, so that a large plan goes up and comes down
// over the network in a few round trips.
namespace salesplan::server {

// Inserts the rows of every plan table of `scratch` into `schema` on `server` under
// `versionId`. Runs inside the caller's transaction.
SqlFailure copyToServer(const ScratchPlan &scratch, const QSqlDatabase &server,
                        const QString &schema, qint64 versionId);

// Reads the plans of the versions `ids` from `schema` on `server`, each through `scratch`.
SqlFailure readFromServer(const QSqlDatabase &server, const QString &schema,
                          const QList<qint64> &ids, ScratchPlan &scratch,
                          QHash<qint64, Plan> &plans);

} // namespace salesplan::server
