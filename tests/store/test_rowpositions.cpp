// Row positions: only rows that were added or moved get new positions.
#include "store/rowpositions.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace salesplan::store;

namespace {

using Current = QList<std::optional<qint64>>;

bool increasing(const QList<qint64> &positions)
{
    for (qsizetype i = 1; i < positions.size(); ++i) {
        if (positions[i - 1] >= positions[i])
            return false;
    }
    return true;
}

int rewritten(const Current &current, const QList<qint64> &positions)
{
    int count = 0;
    for (qsizetype i = 0; i < current.size(); ++i)
        count += current[i] != positions[i] ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("Rows of a new table are numbered with gaps", "[store]")
{
    CHECK(assignPositions(Current(3)) == QList<qint64>{1024, 2048, 3072});
    CHECK(assignPositions({}).isEmpty());
}

TEST_CASE("Adding, removing or moving one row gives a position to that row only", "[store]")
{
    const Current inOrder{1024, 2048, 3072, 4096};
    CHECK(assignPositions(inOrder) == QList<qint64>{1024, 2048, 3072, 4096});

    const Current appended{1024, 2048, std::nullopt};
    CHECK(assignPositions(appended) == QList<qint64>{1024, 2048, 3072});

    const Current prepended{std::nullopt, 1024, 2048};
    CHECK(assignPositions(prepended) == QList<qint64>{0, 1024, 2048});

    const Current between{1024, std::nullopt, 2048};
    CHECK(assignPositions(between) == QList<qint64>{1024, 1536, 2048});

    const Current removed{1024, 3072};
    CHECK(assignPositions(removed) == QList<qint64>{1024, 3072});

    const Current firstMovedToEnd{2048, 3072, 4096, 1024};
    const QList<qint64> moved = assignPositions(firstMovedToEnd);
    CHECK(increasing(moved));
    CHECK(rewritten(firstMovedToEnd, moved) == 1);
}

TEST_CASE("Rows are numbered afresh when there is no room between neighbours", "[store]")
{
    const Current crowded{1, std::nullopt, 2};
    CHECK(assignPositions(crowded) == QList<qint64>{1024, 2048, 3072});

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const Current atTheTop{max - 1, std::nullopt};
    CHECK(assignPositions(atTheTop) == QList<qint64>{1024, 2048});

    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const Current wide{min + 1, std::nullopt, max - 1};
    const QList<qint64> fitted = assignPositions(wide);
    CHECK(fitted[0] == min + 1);
    CHECK(fitted[2] == max - 1);
    CHECK(increasing(fitted));
}

TEST_CASE("Rows with equal positions get distinct ones", "[store]")
{
    const Current equal{5, 5, 5};
    CHECK(increasing(assignPositions(equal)));
}
