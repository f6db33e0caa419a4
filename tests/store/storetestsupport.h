#pragma once

#include "plan/plan.h"
#include "store/planfile.h"
#include "store/planfile_p.h"
#include "store/schema.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace salesplan {

// What the store tests may do that the product may not: open with other schema steps, and run
// SQL on a PlanFile's own connection (a size limit, a count of changed rows).
struct PlanFileTesting
{
    static Result<std::unique_ptr<PlanFile>> open(const QString &path, PlanFile::Access access,
                                                  const store::Migrations &steps,
                                                  PlanFile::OpenProblem *problem = nullptr,
                                                  QString *details = nullptr);
    static const QSqlDatabase &db(const PlanFile &file) { return file.d->connection.db(); }
    // Rows inserted, updated or deleted on the file's connection since it was opened.
    static qint64 totalChanges(const PlanFile &file);
    // Lets the file grow by at most `pages` more pages: the disk is "full" after that.
    static void limitGrowth(const PlanFile &file, int pages);
};

namespace storetest {

// A plan with every field set to something other than its default: Chinese, emoji,
// right-to-left text, money near the int64 limits, several currencies, dates and no dates.
Plan fullPlan();
// A plan of `members` members and `historyRows` rows of history, for size and speed.
Plan largePlan(int members, int historyRows);

QByteArray sha256(const QString &path);
// The names in a folder, sorted (to see that nothing was added beside a file).
QStringList entries(const QString &folder);
// Runs one SQL statement on a file with a connection of its own; the first column of the
// first row, or the error text prefixed with "error: ".
QString sqlOnFile(const QString &path, const QString &sql);
QString fixturePath(const QString &name);

} // namespace storetest
} // namespace salesplan
