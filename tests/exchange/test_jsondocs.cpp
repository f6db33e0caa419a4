// docs/json-format.md describes every key of every field table (plan/fields.h): a field added to a
// table but not to the docs fails here, named by its key, and so does a whole number whose range
// the docs state differently from the table.
#include "plan/fields.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace salesplan;

namespace {

QStringList lines()
{
    QFile file(QStringLiteral(SALESPLAN_DOCS "/json-format.md"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// The lines under `heading` (such as "### `plan.info`"), up to the next heading.
QStringList section(const QString &heading)
{
    const QStringList all = lines();
    const qsizetype start = all.indexOf(heading);
    INFO("heading " << heading.toStdString());
    REQUIRE(start >= 0);
    QStringList result;
    for (qsizetype i = start + 1; i < all.size() && !all.at(i).startsWith(u'#'); ++i)
        result.append(all.at(i));
    return result;
}

// Where the rows of a table are described in their parent's section: the table line that starts
// with `marker` ("| `members`"), or the paragraph that does ("KPI rows:").
QStringList rowsPart(const QStringList &section, const QString &marker)
{
    qsizetype i = 0;
    while (i < section.size() && !section.at(i).startsWith(marker))
        ++i;
    INFO("a line starting with " << marker.toStdString());
    REQUIRE(i < section.size());
    QStringList result{section.at(i)};
    for (++i; i < section.size() && !section.at(i).isEmpty() && !section.at(i).startsWith(u'|');
         ++i)
        result.append(section.at(i));
    return result;
}

// What the docs say about one key: its own table line if it has one, else the whole part.
QString described(const QStringList &part, const QString &quotedKey)
{
    for (const QString &line : part) {
        if (line.startsWith(QStringLiteral("| ") + quotedKey))
            return line;
    }
    return part.join(u'\n');
}

template <typename R> void checkDocumented(const QStringList &part, const QString &where)
{
    const QString text = part.join(u'\n');
    for (const FieldOf<R> &field : fieldsOf<R>().fields) {
        const QString quoted = u'`' + field.key.toString() + u'`';
        INFO("the key " << quoted.toStdString() << " under " << where.toStdString());
        CHECK(text.contains(quoted));
        if (field.kind == FieldKind::Count) {
            // Whole numbers, written out in full (2147483647, not 2.14748e+09).
            const QString range =
                QStringLiteral("%1–%2").arg(field.minimum, 0, 'f', 0).arg(field.maximum, 0, 'f', 0);
            INFO("its range " << range.toStdString());
            CHECK(described(part, quoted).contains(range));
        }
    }
}

template <typename R> void checkSection(const QString &heading)
{
    checkDocumented<R>(section(heading), heading);
}

template <typename R> void checkRows(const QString &heading, const QString &marker)
{
    checkDocumented<R>(rowsPart(section(heading), marker), heading + QStringLiteral(", ") + marker);
}

} // namespace

TEST_CASE("docs/json-format.md describes every key of every field table", "[json][docs]")
{
    checkSection<PlanInfo>(QStringLiteral("### `plan.info`"));
    checkRows<StatusChange>(QStringLiteral("### `plan.info`"), QStringLiteral("Status log rows"));
    checkSection<MissionSection>(QStringLiteral("### `plan.mission`"));
    checkRows<Competitor>(QStringLiteral("### `plan.mission`"), QStringLiteral("| `competitors`"));
    checkSection<TargetsSection>(QStringLiteral("### `plan.targets`"));
    checkRows<WeightedItem>(QStringLiteral("### `plan.targets`"), QStringLiteral("| `regions`"));
    checkRows<WeightedItem>(QStringLiteral("### `plan.targets`"), QStringLiteral("| `products`"));
    checkRows<TargetRevision>(QStringLiteral("### `plan.targets`"),
                              QStringLiteral("Revision rows"));
    checkSection<FunnelAssumptions>(QStringLiteral("### `plan.targets.funnel`"));
    checkSection<CollectionTerms>(QStringLiteral("### `plan.targets.collections`"));
    checkSection<TeamSection>(QStringLiteral("### `plan.team`"));
    checkRows<Role>(QStringLiteral("### `plan.team`"), QStringLiteral("| `roles`"));
    checkRows<Member>(QStringLiteral("### `plan.team`"), QStringLiteral("| `members`"));
    checkRows<Hire>(QStringLiteral("### `plan.team`"), QStringLiteral("| `hiring`"));
    checkSection<Segment>(QStringLiteral("### `plan.segments` (list)"));
    checkSection<Stage>(QStringLiteral("### `plan.stages` (list)"));
    checkSection<Tool>(QStringLiteral("### `plan.tools` (list)"));
    checkSection<MetricsSection>(QStringLiteral("### `plan.metrics`"));
    checkRows<Kpi>(QStringLiteral("### `plan.metrics`"), QStringLiteral("KPI rows:"));
    checkRows<Risk>(QStringLiteral("### `plan.metrics`"), QStringLiteral("Risk rows:"));
    checkSection<HistoryEntry>(QStringLiteral("### `plan.history` (list) and `plan.nextRowId`"));
    checkSection<Initiative>(QStringLiteral("### `plan.initiatives` (list)"));
    checkSection<Milestone>(QStringLiteral("### `plan.milestones` (list)"));
    checkSection<PlanUnit>(QStringLiteral("### `plan.units` (list)"));
    checkSection<TeamServerBasis>(QStringLiteral("### `plan.teamServer`"));
}
