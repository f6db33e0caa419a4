#include "store/planrows.h"

#include "store/plantables.h"
#include "store/rowpositions.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

namespace salesplan::store {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString assignments(const QStringList &columns)
{
    return columns.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?");
}

SqlStatus bindAndRun(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    return run(query);
}

// A statement prepared the first time it is needed and reused for every row after that.
class Statement
{
public:
    Statement(const QSqlDatabase &db, QString sql)
        : m_query(db)
        , m_sql(std::move(sql))
    {}
    SqlStatus run(const QVariantList &values)
    {
        if (!m_prepared) {
            if (SqlStatus status = prepare(m_query, m_sql); !status)
                return status;
            m_prepared = true;
        }
        return bindAndRun(m_query, values);
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// --- Single-row tables ------------------------------------------------------------------------

SqlStatus readSingleton(const QSqlDatabase &db, const SingletonTable &table, Plan &plan)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = 1")
                        .arg(table.columns.join(QStringLiteral(", ")), table.name)))
        return sqlError(query);
    if (!query.next())
        return SqlError{
            0, QCoreApplication::translate("PlanFile", "the table %1 is empty").arg(table.name)};
    table.read(query, plan);
    return {};
}

SqlStatus insertSingleton(const QSqlDatabase &db, const SingletonTable &table, const Plan &plan)
{
    Statement insert(db, QStringLiteral("INSERT INTO %1 (id, %2) VALUES (1, %3)")
                             .arg(table.name, table.columns.join(QStringLiteral(", ")),
                                  placeholders(table.columns.size())));
    return insert.run(table.values(plan));
}

SqlStatus updateSingleton(const QSqlDatabase &db, const SingletonTable &table, const Plan &plan)
{
    Statement update(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = 1")
                             .arg(table.name, assignments(table.columns)));
    return update.run(table.values(plan));
}

// --- Row tables -------------------------------------------------------------------------------

// How many rows a table holds, to reserve room for them; 0 when it cannot say.
qsizetype rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return 0;
    return qsizetype(query.value(0).toLongLong());
}

// Rows are read in the table's own order and put in order by (position, id) here: no index
// keeps that order, and sorting a list of 60,000 history rows in memory is several times quicker
// than letting SQLite sort them.
template <typename T>
SqlStatus readRows(const QSqlDatabase &db, const RowTable<T> &table, QList<T> &rows,
                   QHash<RowId, qint64> &positions)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, position, %1 FROM %2")
                        .arg(table.columns.join(QStringLiteral(", ")), table.name)))
        return sqlError(query);
    const qsizetype count = rowCount(db, table.name);
    QList<T> read;
    read.reserve(count);
    positions.clear();
    positions.reserve(count);
    struct Key
    {
        qint64 position;
        RowId id;
        qsizetype index;
        bool operator<(const Key &other) const
        {
            return position != other.position ? position < other.position : id < other.id;
        }
    };
    std::vector<Key> order;
    order.reserve(std::size_t(count));
    while (query.next()) {
        T row = table.read(query, 2);
        row.id = query.value(0).toLongLong();
        const qint64 position = query.value(1).toLongLong();
        positions.insert(row.id, position);
        order.push_back({position, row.id, read.size()});
        read.append(std::move(row));
    }
    if (query.lastError().isValid())
        return sqlError(query);
    if (std::is_sorted(order.cbegin(), order.cend())) {
        rows = std::move(read);
        return {};
    }
    std::sort(order.begin(), order.end());
    rows.clear();
    rows.reserve(read.size());
    for (const Key &key : order)
        rows.append(std::move(read[key.index]));
    return {};
}

// The prepared statements that change one row table.
template <typename T> class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const RowTable<T> &table)
        : m_table(table)
        , m_insert(db, QStringLiteral("INSERT INTO %1 (id, position, %2) VALUES (?, ?, %3)")
                           .arg(table.name, table.columns.join(QStringLiteral(", ")),
                                placeholders(table.columns.size())))
        , m_update(db, QStringLiteral("UPDATE %1 SET position = ?, %2 WHERE id = ?")
                           .arg(table.name, assignments(table.columns)))
        , m_move(db, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table.name))
        , m_remove(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name))
    {}
    SqlStatus insert(const T &row, qint64 position)
    {
        return m_insert.run(QVariantList{qlonglong(row.id), qlonglong(position)} +
                            m_table.values(row));
    }
    SqlStatus update(const T &row, qint64 position)
    {
        return m_update.run(QVariantList{qlonglong(position)} + m_table.values(row) +
                            QVariantList{qlonglong(row.id)});
    }
    SqlStatus move(RowId id, qint64 position)
    {
        return m_move.run({qlonglong(position), qlonglong(id)});
    }
    SqlStatus remove(RowId id) { return m_remove.run({qlonglong(id)}); }

private:
    const RowTable<T> &m_table;
    Statement m_insert;
    Statement m_update;
    Statement m_move;
    Statement m_remove;
};

// Whether `after` holds the rows of `before` in the same order, some perhaps changed.
template <typename T> bool sameRowsInOrder(const QList<T> &before, const QList<T> &after)
{
    if (before.size() != after.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].id != after[i].id)
            return false;
    }
    return true;
}

// The rows an edit changed in place are written where they are; nothing is moved. A typed cell
// of a table of 60,000 history rows updates one row without indexing the others.
template <typename T>
SqlStatus writeChangedInPlace(const QSqlDatabase &db, const RowTable<T> &table,
                              const QList<T> &before, const QList<T> &after,
                              const QHash<RowId, qint64> &positions)
{
    std::optional<RowWriter<T>> writer;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before[i] == after[i])
            continue;
        const auto position = positions.constFind(after[i].id);
        if (position == positions.cend())
            return SqlError{0, QStringLiteral("the row %1 of %2 has no position")
                                   .arg(after[i].id)
                                   .arg(table.name)};
        if (!writer)
            writer.emplace(db, table);
        if (SqlStatus status = writer->update(after[i], *position); !status)
            return status;
    }
    return {};
}

template <typename T>
SqlStatus writeRowChanges(const QSqlDatabase &db, const RowTable<T> &table, const QList<T> &before,
                          const QList<T> &after, QHash<RowId, qint64> &positions)
{
    if (before.constData() == after.constData() && before.size() == after.size())
        return {}; // the same list, shared: nothing changed
    if (sameRowsInOrder(before, after))
        return writeChangedInPlace(db, table, before, after, positions);
    QHash<RowId, qsizetype> indexBefore;
    indexBefore.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        indexBefore.insert(before[i].id, i);

    QSet<RowId> idsAfter;
    idsAfter.reserve(after.size());
    QList<std::optional<qint64>> current;
    current.reserve(after.size());
    for (const T &row : after) {
        if (idsAfter.contains(row.id))
            return SqlError{
                0, QStringLiteral("two rows of %1 have the id %2").arg(table.name).arg(row.id)};
        idsAfter.insert(row.id);
        const auto known = positions.constFind(row.id);
        current.append(indexBefore.contains(row.id) && known != positions.cend()
                           ? std::optional<qint64>(*known)
                           : std::nullopt);
    }

    RowWriter<T> writer(db, table);
    // Removals first, so that an id given again to a new row cannot clash with its old row.
    for (const T &row : before) {
        if (!idsAfter.contains(row.id)) {
            if (SqlStatus status = writer.remove(row.id); !status)
                return status;
            positions.remove(row.id);
        }
    }
    const QList<qint64> newPositions = assignPositions(current);
    for (qsizetype i = 0; i < after.size(); ++i) {
        const T &row = after[i];
        const qint64 position = newPositions[i];
        const auto old = indexBefore.constFind(row.id);
        SqlStatus status;
        if (old == indexBefore.cend())
            status = writer.insert(row, position);
        else if (!(before[*old] == row))
            status = writer.update(row, position);
        else if (current[i] != position)
            status = writer.move(row.id, position);
        if (!status)
            return status;
        positions.insert(row.id, position);
    }
    return {};
}

// --- Tables without row ids -------------------------------------------------------------------

SqlStatus readSeasonalityWeights(const QSqlDatabase &db, MonthWeights &weights)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT month, weight FROM seasonality_weights")))
        return sqlError(query);
    int found = 0;
    while (query.next()) {
        const int month = query.value(0).toInt();
        if (month >= 0 && month < Period::monthCount) {
            weights[std::size_t(month)] = query.value(1).toDouble();
            ++found;
        }
    }
    if (found != Period::monthCount)
        return SqlError{
            0, QCoreApplication::translate("PlanFile", "the seasonality weights are incomplete")};
    return {};
}

SqlStatus writeSeasonalityWeights(const QSqlDatabase &db, const MonthWeights *before,
                                  const MonthWeights &after)
{
    Statement insert(db, QStringLiteral("INSERT INTO seasonality_weights (month, weight) "
                                        "VALUES (?, ?)"));
    Statement update(db, QStringLiteral("UPDATE seasonality_weights SET weight = ? "
                                        "WHERE month = ?"));
    for (int month = 0; month < Period::monthCount; ++month) {
        const double weight = after[std::size_t(month)];
        SqlStatus status;
        if (!before)
            status = insert.run({month, weight});
        else if ((*before)[std::size_t(month)] != weight)
            status = update.run({weight, month});
        if (!status)
            return status;
    }
    return {};
}

const QString holidayKind = QStringLiteral("holiday");
const QString extraWorkdayKind = QStringLiteral("extra_workday");

SqlStatus readCalendarDays(const QSqlDatabase &db, FunnelAssumptions &funnel)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, day FROM calendar_days ORDER BY kind, position")))
        return sqlError(query);
    funnel.holidays.clear();
    funnel.extraWorkdays.clear();
    while (query.next()) {
        const QDate day = dateFrom(query.value(1));
        if (query.value(0).toString() == holidayKind)
            funnel.holidays.append(day);
        else
            funnel.extraWorkdays.append(day);
    }
    return {};
}

// A list of days is short: when it changed, it is written again whole.
SqlStatus writeCalendarDays(const QSqlDatabase &db, const QString &kind, const QList<QDate> &before,
                            const QList<QDate> &after)
{
    if (before == after)
        return {};
    Statement remove(db, QStringLiteral("DELETE FROM calendar_days WHERE kind = ?"));
    if (SqlStatus status = remove.run({kind}); !status)
        return status;
    Statement insert(db, QStringLiteral("INSERT INTO calendar_days (kind, position, day) "
                                        "VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (SqlStatus status = insert.run({kind, qlonglong(i), dateValue(after[i])}); !status)
            return status;
    }
    return {};
}

SqlStatus readSegmentAttributes(const QSqlDatabase &db, QList<Segment> &segments)
{
    QHash<RowId, qsizetype> index;
    for (qsizetype i = 0; i < segments.size(); ++i)
        index.insert(segments[i].id, i);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT segment_id, attribute FROM segment_attributes "
                                   "ORDER BY segment_id, position")))
        return sqlError(query);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.cend())
            segments[*at].attributes.append(query.value(1).toString());
    }
    return {};
}

// A segment's attributes are written again whole when they changed; a removed segment's go
// with it (ON DELETE CASCADE).
SqlStatus writeSegmentAttributes(const QSqlDatabase &db, const QList<Segment> &before,
                                 const QList<Segment> &after)
{
    if (before == after)
        return {};
    QHash<RowId, const Segment *> old;
    for (const Segment &segment : before)
        old.insert(segment.id, &segment);
    Statement remove(db, QStringLiteral("DELETE FROM segment_attributes WHERE segment_id = ?"));
    Statement insert(db, QStringLiteral("INSERT INTO segment_attributes "
                                        "(segment_id, position, attribute) VALUES (?, ?, ?)"));
    for (const Segment &segment : after) {
        const Segment *previous = old.value(segment.id);
        if (previous && previous->attributes == segment.attributes)
            continue;
        if (previous) {
            if (SqlStatus status = remove.run({qlonglong(segment.id)}); !status)
                return status;
        }
        for (qsizetype i = 0; i < segment.attributes.size(); ++i) {
            const QVariantList values{qlonglong(segment.id), qlonglong(i),
                                      textValue(segment.attributes[i])};
            if (SqlStatus status = insert.run(values); !status)
                return status;
        }
    }
    return {};
}

SqlStatus readPresentationDeck(const QSqlDatabase &db, QStringList &deck)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT chart_key FROM presentation_deck ORDER BY position")))
        return sqlError(query);
    deck.clear();
    while (query.next())
        deck.append(query.value(0).toString());
    if (query.lastError().isValid())
        return sqlError(query);
    return {};
}

// The deck is a handful of keys: when it changed, it is written again whole.
SqlStatus writePresentationDeck(const QSqlDatabase &db, const QStringList &before,
                                const QStringList &after)
{
    if (before == after)
        return {};
    Statement remove(db, QStringLiteral("DELETE FROM presentation_deck"));
    if (SqlStatus status = remove.run({}); !status)
        return status;
    Statement insert(db, QStringLiteral("INSERT INTO presentation_deck (position, chart_key) "
                                        "VALUES (?, ?)"));
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (SqlStatus status = insert.run({qlonglong(i), textValue(after[i])}); !status)
            return status;
    }
    return {};
}

SqlStatus readSpeakerNotes(const QSqlDatabase &db, QMap<QString, QString> &notes)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT slide_key, notes FROM speaker_notes")))
        return sqlError(query);
    notes.clear();
    while (query.next())
        notes.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid())
        return sqlError(query);
    return {};
}

// The notes of the slides whose notes changed are written again; those removed are deleted.
SqlStatus writeSpeakerNotes(const QSqlDatabase &db, const QMap<QString, QString> &before,
                            const QMap<QString, QString> &after)
{
    if (before == after)
        return {};
    Statement remove(db, QStringLiteral("DELETE FROM speaker_notes WHERE slide_key = ?"));
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.contains(it.key()))
            continue;
        if (SqlStatus status = remove.run({it.key()}); !status)
            return status;
    }
    Statement write(db, QStringLiteral("INSERT OR REPLACE INTO speaker_notes (slide_key, notes) "
                                       "VALUES (?, ?)"));
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue;
        if (SqlStatus status = write.run({it.key(), textValue(it.value())}); !status)
            return status;
    }
    return {};
}

// Everything but the single-row tables and the seasonality weights.
SqlStatus writeRowsAndLists(const QSqlDatabase &db, const Plan &before, const Plan &after,
                            RowPositions &positions)
{
    SqlStatus status = forEachRowTable([&](const auto &table, auto rows) {
        return writeRowChanges(db, table, rows(before), rows(after), positions[table.name]);
    });
    if (status)
        status = writeSegmentAttributes(db, before.segments, after.segments);
    if (status)
        status = writeCalendarDays(db, holidayKind, before.targets.funnel.holidays,
                                   after.targets.funnel.holidays);
    if (status)
        status = writeCalendarDays(db, extraWorkdayKind, before.targets.funnel.extraWorkdays,
                                   after.targets.funnel.extraWorkdays);
    if (status)
        status = writePresentationDeck(db, before.presentationDeck, after.presentationDeck);
    if (status)
        status = writeSpeakerNotes(db, before.speakerNotes, after.speakerNotes);
    return status;
}

} // namespace

SqlStatus readPlan(const QSqlDatabase &db, Plan &plan, RowPositions &positions)
{
    plan = Plan();
    positions.clear();
    for (const SingletonTable &table : singletonTables()) {
        if (SqlStatus status = readSingleton(db, table, plan); !status)
            return status;
    }
    SqlStatus status = forEachRowTable([&](const auto &table, auto rows) {
        return readRows(db, table, rows(plan), positions[table.name]);
    });
    if (status)
        status = readSegmentAttributes(db, plan.segments);
    if (status)
        status = readSeasonalityWeights(db, plan.targets.customWeights);
    if (status)
        status = readCalendarDays(db, plan.targets.funnel);
    if (status)
        status = readPresentationDeck(db, plan.presentationDeck);
    if (status)
        status = readSpeakerNotes(db, plan.speakerNotes);
    return status;
}

SqlStatus writeNewPlan(const QSqlDatabase &db, const Plan &plan, RowPositions &positions)
{
    positions.clear();
    for (const SingletonTable &table : singletonTables()) {
        if (SqlStatus status = insertSingleton(db, table, plan); !status)
            return status;
    }
    if (SqlStatus status = writeSeasonalityWeights(db, nullptr, plan.targets.customWeights);
        !status)
        return status;
    Plan empty;
    return writeRowsAndLists(db, empty, plan, positions);
}

SqlStatus writePlanChanges(const QSqlDatabase &db, const Plan &before, const Plan &after,
                           RowPositions &positions)
{
    for (const SingletonTable &table : singletonTables()) {
        if (table.same(before, after))
            continue;
        if (SqlStatus status = updateSingleton(db, table, after); !status)
            return status;
    }
    if (before.targets.customWeights != after.targets.customWeights) {
        if (SqlStatus status = writeSeasonalityWeights(db, &before.targets.customWeights,
                                                       after.targets.customWeights);
            !status)
            return status;
    }
    return writeRowsAndLists(db, before, after, positions);
}

} // namespace salesplan::store
