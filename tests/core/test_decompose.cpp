#include "calc/decompose.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using namespace salesplan;

namespace {

const QString cny = QStringLiteral("CNY");
constexpr qint64 largest = std::numeric_limits<qint64>::max();
constexpr qint64 yuan120Million = 12'000'000'000; // ¥120,000,000.00 in fen

// Catch2 prints std::vector but not QList.
std::vector<qint64> values(const QList<qint64> &list)
{
    return {list.begin(), list.end()};
}

std::vector<qint64> values(const MonthValues &months)
{
    return {months.begin(), months.end()};
}

template <typename Range> qint64 sumOf(const Range &range)
{
    return std::accumulate(range.begin(), range.end(), qint64(0));
}

bool noneNegative(const QList<qint64> &list)
{
    return std::none_of(list.begin(), list.end(), [](qint64 value) { return value < 0; });
}

std::string messageOf(const Error &error)
{
    return error.message().toStdString();
}

// How far the share furthest from its ideal share total × weight / sum of weights is, in minor
// units, computed in long double.
long double worstDeviation(qint64 total, const QList<double> &weights, const QList<qint64> &shares)
{
    long double weightSum = 0;
    for (double weight : weights)
        weightSum += weight;
    long double worst = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const long double ideal = static_cast<long double>(total) * weights.at(i) / weightSum;
        worst = std::max(worst, std::fabs(static_cast<long double>(shares.at(i)) - ideal));
    }
    return worst;
}

// Decimal weights as whole hundredths: the exact ratio that was typed, which 0.37 as a double is
// not quite.
QList<double> asHundredths(const QList<double> &weights)
{
    QList<double> hundredths;
    for (double weight : weights)
        hundredths.append(std::round(weight * 100));
    return hundredths;
}

// The error of computing an ideal share in long double, in minor units.
long double idealRoundingError(qint64 total)
{
    return static_cast<long double>(total) * 8 * std::numeric_limits<long double>::epsilon();
}

// A random total: mostly plan-sized (up to ¥10 billion), sometimes tiny, sometimes near the limit.
qint64 randomTotal(std::mt19937_64 &rng)
{
    switch (std::uniform_int_distribution<int>(0, 9)(rng)) {
    case 0:
        return std::uniform_int_distribution<qint64>(0, 20)(rng);
    case 1:
        return largest - std::uniform_int_distribution<qint64>(0, 1'000'000)(rng);
    default:
        return std::uniform_int_distribution<qint64>(0, 1'000'000'000'000)(rng);
    }
}

// Weights as people type them: whole numbers or two decimals, some zero, at least one positive.
QList<double> randomDecimalWeights(std::mt19937_64 &rng, int count)
{
    const bool decimals = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    std::uniform_int_distribution<int> hundredths(0, 1000);
    QList<double> weights;
    for (int i = 0; i < count; ++i) {
        const int value = hundredths(rng) < 100 ? 0 : hundredths(rng);
        weights.append(decimals ? value / 100.0 : value);
    }
    if (std::all_of(weights.begin(), weights.end(), [](double weight) { return weight == 0; }))
        weights[count - 1] = 1.0;
    return weights;
}

// Arbitrary positive reals over twelve orders of magnitude.
QList<double> randomRealWeights(std::mt19937_64 &rng, int count)
{
    std::uniform_real_distribution<double> exponent(-6.0, 6.0);
    QList<double> weights;
    for (int i = 0; i < count; ++i)
        weights.append(std::pow(10.0, exponent(rng)));
    return weights;
}

QList<double> evenWeights(int count)
{
    return QList<double>(count, 1.0);
}

} // namespace

// --- splitExactly -----------------------------------------------------------------------------

TEST_CASE("splitExactly: worked examples", "[decompose]")
{
    SECTION("¥120,000,000.00 evenly over 12 months is ¥10,000,000.00 a month")
    {
        const auto months = splitExactly(yuan120Million, evenWeights(12));
        REQUIRE(months.ok());
        CHECK(values(*months) == std::vector<qint64>(12, 1'000'000'000));
    }
    SECTION("100 fen over three equal weights: the leftover fen goes to the first")
    {
        CHECK(values(splitExactly(100, evenWeights(3)).value()) == std::vector<qint64>{34, 33, 33});
    }
    SECTION("2 fen over three equal weights: ties go to the lower index")
    {
        CHECK(values(splitExactly(2, evenWeights(3)).value()) == std::vector<qint64>{1, 1, 0});
    }
    SECTION("the largest remainder wins the leftover unit, not the first")
    {
        // Ideal shares 1.6, 3.2, 5.2: the floors 1, 3, 5 leave one fen, for the 0.6 remainder.
        CHECK(values(splitExactly(10, {1, 2, 3.25}).value()) == std::vector<qint64>{2, 3, 5});
    }
    SECTION("round weights give round amounts")
    {
        CHECK(values(splitExactly(3'000'000'000, {1, 2}).value()) ==
              std::vector<qint64>{1'000'000'000, 2'000'000'000});
        CHECK(values(splitExactly(yuan120Million, {0.3, 0.7}).value()) ==
              std::vector<qint64>{3'600'000'000, 8'400'000'000});
        CHECK(values(splitExactly(yuan120Million, {1.5, 1, 0.5}).value()) ==
              std::vector<qint64>{6'000'000'000, 4'000'000'000, 2'000'000'000});
        CHECK(values(splitExactly(yuan120Million, {12.5, 37.5, 50}).value()) ==
              std::vector<qint64>{1'500'000'000, 4'500'000'000, 6'000'000'000});
    }
    SECTION("a zero weight gets nothing, a zero total gives zeros")
    {
        CHECK(values(splitExactly(10, {0, 1, 1}).value()) == std::vector<qint64>{0, 5, 5});
        CHECK(values(splitExactly(7, {0, 1, 0}).value()) == std::vector<qint64>{0, 7, 0});
        CHECK(values(splitExactly(0, {1, 2, 3}).value()) == std::vector<qint64>{0, 0, 0});
    }
    SECTION("a tiny but positive weight next to huge ones still gets its share")
    {
        const auto shares = splitExactly(4'000'000'000, {1e-12, 1e6, 1e6});
        REQUIRE(shares.ok());
        CHECK(sumOf(*shares) == 4'000'000'000);
        CHECK(shares->at(1) == shares->at(2));
    }
    SECTION("extreme weight magnitudes still split evenly")
    {
        CHECK(values(splitExactly(9, {1e300, 1e300, 1e300}).value()) ==
              std::vector<qint64>{3, 3, 3});
        CHECK(values(splitExactly(9, {1e-300, 1e-300, 1e-300}).value()) ==
              std::vector<qint64>{3, 3, 3});
        CHECK(values(splitExactly(10, {1.7e308, 1.7e308}).value()) == std::vector<qint64>{5, 5});
    }
}

TEST_CASE("splitExactly refuses what it cannot split, naming the field", "[decompose]")
{
    const QString field = QStringLiteral("regions");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    struct Refused
    {
        const char *what;
        qint64 total;
        QList<double> weights;
        const char *reasonPart;
    };
    const Refused cases[] = {
        {"a negative total", -1, {1, 1}, "negative"},
        {"no weights", 100, {}, "no entries"},
        {"a negative weight", 100, {1, -0.5, 1}, "negative"},
        {"a NaN weight", 100, {1, nan}, "not a number"},
        {"an infinite weight", 100, {infinity, 1}, "infinite"},
        {"all weights zero", 100, {0, 0, 0}, "zero"},
    };
    for (const Refused &refused : cases) {
        INFO(refused.what);
        const auto shares = splitExactly(refused.total, refused.weights, field);
        REQUIRE_FALSE(shares.ok());
        INFO(messageOf(shares.error()));
        CHECK(shares.error().field == field);
        CHECK(shares.error().reason.contains(QLatin1String(refused.reasonPart)));
    }
    SECTION("the weight at fault is named by its position")
    {
        const auto shares = splitExactly(100, {1, 1, nan});
        REQUIRE_FALSE(shares.ok());
        CHECK(shares.error().reason.contains(QStringLiteral("entry 3")));
        CHECK_FALSE(shares.error().field.isEmpty());
    }
}

TEST_CASE("splitExactly: parts of random splits sum exactly and stay within a fen of the ideal",
          "[decompose]")
{
    const auto seed = GENERATE(take(2000, random(std::uint32_t(0), std::uint32_t(0xffffffff))));
    std::mt19937_64 rng(seed);
    const qint64 total = randomTotal(rng);
    const int count = std::uniform_int_distribution<int>(1, 60)(rng);
    CAPTURE(total, count);

    SECTION("weights typed as whole numbers or two decimals keep their exact ratio")
    {
        const QList<double> weights = randomDecimalWeights(rng, count);
        const auto shares = splitExactly(total, weights);
        REQUIRE(shares.ok());
        REQUIRE(shares->size() == count);
        CHECK(sumOf(*shares) == total);
        CHECK(noneNegative(*shares));
        CHECK(worstDeviation(total, asHundredths(weights), *shares) <
              1 + idealRoundingError(total));
        for (qsizetype i = 0; i < count; ++i) {
            if (weights.at(i) == 0)
                CHECK(shares->at(i) == 0);
        }
    }
    SECTION("arbitrary real weights are resolved to better than one part in 2×10^8")
    {
        const QList<double> weights = randomRealWeights(rng, count);
        const auto shares = splitExactly(total, weights);
        REQUIRE(shares.ok());
        CHECK(sumOf(*shares) == total);
        CHECK(noneNegative(*shares));
        // Each part is off by at most one unit of resolution, the parts' sum by at most `count`.
        const long double resolution = static_cast<long double>(total) * (1 + count) / 2e8L;
        CHECK(worstDeviation(total, weights, *shares) < 1 + resolution);
    }
}

TEST_CASE("splitExactly: one member, 10,000 members", "[decompose]")
{
    SECTION("one member gets the whole amount")
    {
        CHECK(values(splitExactly(yuan120Million, {0.25}).value()) ==
              std::vector<qint64>{yuan120Million});
        CHECK(values(splitExactly(largest, {3}).value()) == std::vector<qint64>{largest});
    }
    SECTION("10,000 equal members: the seven leftover fen go to the first seven")
    {
        const auto shares = splitExactly(yuan120Million + 7, evenWeights(10'000));
        REQUIRE(shares.ok());
        CHECK(sumOf(*shares) == yuan120Million + 7);
        for (qsizetype i = 0; i < shares->size(); ++i) {
            if (shares->at(i) != (i < 7 ? 1'200'001 : 1'200'000))
                FAIL("member " << i + 1 << " has " << shares->at(i));
        }
    }
    SECTION("10,000 members with random weights")
    {
        std::mt19937_64 rng(20270101);
        const QList<double> weights = randomDecimalWeights(rng, 10'000);
        for (qint64 total : {yuan120Million, qint64(9'999), largest, largest - 1}) {
            CAPTURE(total);
            const auto shares = splitExactly(total, weights);
            REQUIRE(shares.ok());
            CHECK(sumOf(*shares) == total);
            CHECK(noneNegative(*shares));
            CHECK(worstDeviation(total, asHundredths(weights), *shares) <
                  1 + idealRoundingError(total));
        }
    }
}

TEST_CASE("splitExactly: totals at the int64 limit still sum exactly", "[decompose]")
{
    SECTION("INT64_MAX in thirds")
    {
        CHECK(values(splitExactly(largest, evenWeights(3)).value()) ==
              std::vector<qint64>{3'074'457'345'618'258'603, 3'074'457'345'618'258'602,
                                  3'074'457'345'618'258'602});
    }
    SECTION("INT64_MAX - 1 in thirds")
    {
        CHECK(values(splitExactly(largest - 1, evenWeights(3)).value()) ==
              std::vector<qint64>{3'074'457'345'618'258'602, 3'074'457'345'618'258'602,
                                  3'074'457'345'618'258'602});
    }
    SECTION("uneven weights")
    {
        for (qint64 total : {largest, largest - 1, largest / 2 + 1}) {
            const QList<double> weights{1, 2, 3, 4, 0, 0.01};
            const auto shares = splitExactly(total, weights);
            REQUIRE(shares.ok());
            CHECK(sumOf(*shares) == total);
            CHECK(noneNegative(*shares));
            CHECK(worstDeviation(total, asHundredths(weights), *shares) <
                  1 + idealRoundingError(total));
        }
    }
}

// --- splitMatrix ------------------------------------------------------------------------------

TEST_CASE("splitMatrix: rows and columns sum exactly", "[decompose]")
{
    SECTION("a worked example")
    {
        const auto cells = splitMatrix({100, 200}, {150, 150});
        REQUIRE(cells.ok());
        REQUIRE(cells->size() == 2);
        CHECK(values(cells->at(0)) == std::vector<qint64>{50, 50});
        CHECK(values(cells->at(1)) == std::vector<qint64>{100, 100});
    }
    SECTION("a member with nothing left gets nothing in later months")
    {
        const auto cells = splitMatrix({1, 1'000'000'000'000}, {1'000'000'000'001, 0, 0});
        REQUIRE(cells.ok());
        CHECK(values(cells->at(0)) == std::vector<qint64>{1, 0, 0});
        CHECK(values(cells->at(1)) == std::vector<qint64>{1'000'000'000'000, 0, 0});
    }
    SECTION("refused: totals that differ, a negative total, nothing to split")
    {
        const auto differ = splitMatrix({100, 200}, {150, 151});
        REQUIRE_FALSE(differ.ok());
        CHECK(differ.error().reason.contains(QStringLiteral("301")));
        CHECK_FALSE(splitMatrix({-1, 301}, {150, 150}).ok());
        CHECK_FALSE(splitMatrix({150, 150}, {-1, 301}).ok());
        CHECK_FALSE(splitMatrix({}, {0}).ok());
        CHECK_FALSE(splitMatrix({0}, {}).ok());
        CHECK_FALSE(splitMatrix({largest, 1}, {largest, 1}).ok());
    }
}

TEST_CASE("splitMatrix: random matrices sum exactly by row and by column", "[decompose]")
{
    const auto seed = GENERATE(take(2000, random(std::uint32_t(0), std::uint32_t(0xffffffff))));
    std::mt19937_64 rng(seed);
    const int rowCount = std::uniform_int_distribution<int>(1, 40)(rng);
    const int columnCount = std::uniform_int_distribution<int>(1, 12)(rng);
    QList<qint64> rowTotals;
    const qint64 rowLimit = randomTotal(rng) / rowCount;
    for (int row = 0; row < rowCount; ++row)
        rowTotals.append(std::uniform_int_distribution<qint64>(0, rowLimit)(rng));
    const qint64 total = sumOf(rowTotals);
    // Column totals from random cuts of the total, independent of the splitter.
    std::vector<qint64> cuts{0, total};
    for (int column = 1; column < columnCount; ++column)
        cuts.push_back(std::uniform_int_distribution<qint64>(0, total)(rng));
    std::sort(cuts.begin(), cuts.end());
    QList<qint64> columnTotals;
    for (int column = 0; column < columnCount; ++column)
        columnTotals.append(cuts[column + 1] - cuts[column]);
    CAPTURE(rowCount, columnCount, total);

    const auto cells = splitMatrix(rowTotals, columnTotals);
    REQUIRE(cells.ok());
    REQUIRE(cells->size() == rowCount);
    QList<qint64> columnSums(columnCount, 0);
    long double worst = 0;
    for (int row = 0; row < rowCount; ++row) {
        const QList<qint64> &cellsOfRow = cells->at(row);
        REQUIRE(cellsOfRow.size() == columnCount);
        CHECK(sumOf(cellsOfRow) == rowTotals.at(row));
        CHECK(noneNegative(cellsOfRow));
        for (int column = 0; column < columnCount; ++column) {
            columnSums[column] += cellsOfRow.at(column);
            const long double ideal = total == 0 ? 0
                                                 : static_cast<long double>(rowTotals.at(row)) *
                                                       columnTotals.at(column) / total;
            worst = std::max(worst, std::fabs(cellsOfRow.at(column) - ideal));
        }
    }
    CHECK(values(columnSums) == values(columnTotals));
    // Each cell stays near row total × column total / total: a column's rounding carries into the
    // next through the remaining amounts (at most a unit per column), plus the weights' resolution.
    const long double resolution = static_cast<long double>(total) / 1e8L;
    CHECK(worst < columnCount + idealRoundingError(total) + resolution);
}

// --- decomposeTarget --------------------------------------------------------------------------

namespace {

Dimension dimensionOf(const QString &name, const QList<double> &weights)
{
    Dimension dimension{TargetSplit::Regions, name, {}, weights, {}};
    for (qsizetype i = 0; i < weights.size(); ++i)
        dimension.itemNames.append(name + QString::number(i + 1));
    return dimension;
}

// Every level of the decomposition sums exactly to its parent and no figure is negative.
void checkSumsExactly(const Decomposition &decomposition, qint64 annual)
{
    CHECK(decomposition.annual == annual);
    CHECK(sumOf(decomposition.months) == annual);
    CHECK(sumOf(decomposition.quarters) == annual);
    for (int quarter = 0; quarter < Period::quarterCount; ++quarter) {
        const qint64 *first = decomposition.months.data() + quarter * 3;
        CHECK(decomposition.quarters[quarter] == first[0] + first[1] + first[2]);
    }
    CHECK(std::all_of(decomposition.months.begin(), decomposition.months.end(),
                      [](qint64 month) { return month >= 0; }));
    for (const DimensionSplit &split : decomposition.dimensions) {
        INFO(split.name.toStdString());
        CHECK(sumOf(split.annual) == annual);
        CHECK(noneNegative(split.annual));
        REQUIRE(split.byMonth.size() == split.annual.size());
        MonthValues columnSums{};
        for (qsizetype item = 0; item < split.byMonth.size(); ++item) {
            const MonthValues &row = split.byMonth.at(item);
            CHECK(sumOf(row) == split.annual.at(item));
            CHECK(std::all_of(row.begin(), row.end(), [](qint64 cell) { return cell >= 0; }));
            for (int month = 0; month < Period::monthCount; ++month)
                columnSums[month] += row[month];
        }
        CHECK(values(columnSums) == values(decomposition.months));
    }
}

// Inputs with even months (the default weights) and the given dimensions.
DecompositionInputs inputsOf(const Money &target, const QList<Dimension> &dimensions = {})
{
    DecompositionInputs inputs;
    inputs.annualTarget = target;
    inputs.dimensions = dimensions;
    return inputs;
}

MonthWeights monthWeightsOf(const QList<double> &weights)
{
    MonthWeights months{};
    std::copy(weights.begin(), weights.end(), months.begin());
    return months;
}

} // namespace

TEST_CASE("decomposeTarget: worked examples", "[decompose]")
{
    SECTION("¥120,000,000.00 evenly: ¥10,000,000.00 a month, ¥30,000,000.00 a quarter")
    {
        const auto result = decomposeTarget(inputsOf(Money::of(yuan120Million, cny)));
        REQUIRE(result.ok());
        CHECK(result->currency == cny);
        CHECK(values(result->months) == std::vector<qint64>(12, 1'000'000'000));
        CHECK(std::all_of(result->quarters.begin(), result->quarters.end(),
                          [](qint64 quarter) { return quarter == 3'000'000'000; }));
    }
    SECTION("a seasonal year split by two regions and three members")
    {
        // Quiet first months of each half (5 %), busy others (10 %).
        const MonthWeights seasonal{5, 5, 10, 10, 10, 10, 5, 5, 10, 10, 10, 10};
        const Dimension regions{TargetSplit::Regions,
                                QStringLiteral("regions"),
                                {QStringLiteral("North"), QStringLiteral("South")},
                                {2, 1},
                                {}};
        const Dimension members = dimensionOf(QStringLiteral("members"), {1, 1, 1});
        const auto result =
            decomposeTarget({Money::of(yuan120Million, cny), seasonal, {regions, members}});
        REQUIRE(result.ok());
        CHECK(values(result->months) ==
              std::vector<qint64>{600'000'000, 600'000'000, 1'200'000'000, 1'200'000'000,
                                  1'200'000'000, 1'200'000'000, 600'000'000, 600'000'000,
                                  1'200'000'000, 1'200'000'000, 1'200'000'000, 1'200'000'000});
        CHECK(result->quarters ==
              std::array<qint64, 4>{2'400'000'000, 3'600'000'000, 2'400'000'000, 3'600'000'000});
        REQUIRE(result->dimensions.size() == 2);
        const DimensionSplit &byRegion = result->dimensions.at(0);
        CHECK(byRegion.name == QStringLiteral("regions"));
        CHECK(byRegion.itemNames == regions.itemNames);
        CHECK(values(byRegion.annual) == std::vector<qint64>{8'000'000'000, 4'000'000'000});
        CHECK(byRegion.byMonth.at(0)[0] == 400'000'000);
        CHECK(byRegion.byMonth.at(1)[2] == 400'000'000);
        const DimensionSplit &byMember = result->dimensions.at(1);
        CHECK(values(byMember.annual) == std::vector<qint64>(3, 4'000'000'000));
        CHECK(byMember.byMonth.at(2)[11] == 400'000'000);
        checkSumsExactly(*result, yuan120Million);
    }
    SECTION("a target of zero gives zeros everywhere")
    {
        const auto result = decomposeTarget(
            inputsOf(Money::of(0, cny), {dimensionOf(QStringLiteral("regions"), {1, 2})}));
        REQUIRE(result.ok());
        CHECK(values(result->months) == std::vector<qint64>(12, 0));
        checkSumsExactly(*result, 0);
    }
}

TEST_CASE("decomposeTarget refuses inputs it cannot split, naming the field", "[decompose]")
{
    const Money target = Money::of(yuan120Million, cny);
    SECTION("a negative target")
    {
        const auto result = decomposeTarget(inputsOf(Money::of(-1, cny)));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("annual target"));
        CHECK(result.error().reason.contains(QStringLiteral("negative")));
    }
    SECTION("month weights that are all zero or not a number")
    {
        MonthWeights zero{};
        CHECK_FALSE(decomposeTarget({target, zero, {}}).ok());
        MonthWeights withNan{1, 1, 1, std::numeric_limits<double>::quiet_NaN(), 1, 1, 1, 1, 1,
                             1, 1, 1};
        const auto result = decomposeTarget({target, withNan, {}});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("seasonality"));
        CHECK(result.error().reason.contains(QStringLiteral("month 4")));
    }
    SECTION("a dimension with more names than weights")
    {
        const Dimension regions{TargetSplit::Regions,
                                QStringLiteral("regions"),
                                {QStringLiteral("North"), QStringLiteral("South")},
                                {1},
                                {}};
        const auto result = decomposeTarget(inputsOf(target, {regions}));
        REQUIRE_FALSE(result.ok());
        INFO(messageOf(result.error()));
        CHECK(result.error().field == QStringLiteral("regions"));
        CHECK(result.error().reason.contains(QStringLiteral("2 names")));
    }
    SECTION("a dimension weight that is negative or NaN names the item")
    {
        for (double bad : {-1.0, std::numeric_limits<double>::quiet_NaN()}) {
            const Dimension members{TargetSplit::Products,
                                    QStringLiteral("team members"),
                                    {QStringLiteral("Li Lei"), QStringLiteral("Han Meimei")},
                                    {1, bad},
                                    {}};
            const auto result = decomposeTarget(inputsOf(target, {members}));
            REQUIRE_FALSE(result.ok());
            INFO(messageOf(result.error()));
            CHECK(result.error().field == QStringLiteral("team members"));
            CHECK(result.error().reason.contains(QStringLiteral("Han Meimei")));
        }
    }
    SECTION("a dimension without entries or with all weights zero")
    {
        CHECK(decomposeTarget(inputsOf(target, {dimensionOf(QStringLiteral("regions"), {})}))
                  .error()
                  .field == QStringLiteral("regions"));
        const auto zero =
            decomposeTarget(inputsOf(target, {dimensionOf(QStringLiteral("products"), {0, 0})}));
        REQUIRE_FALSE(zero.ok());
        CHECK(zero.error().field == QStringLiteral("products"));
        CHECK(zero.error().reason.contains(QStringLiteral("zero")));
    }
}

TEST_CASE("decomposeTarget: random plans sum exactly at every level", "[decompose]")
{
    const auto seed = GENERATE(take(2000, random(std::uint32_t(0), std::uint32_t(0xffffffff))));
    std::mt19937_64 rng(seed);
    const qint64 annual = randomTotal(rng);
    const bool decimalMonths = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    const QList<double> monthWeights =
        decimalMonths ? randomDecimalWeights(rng, 12) : randomRealWeights(rng, 12);
    DecompositionInputs inputs{Money::of(annual, cny), monthWeightsOf(monthWeights), {}};
    const int dimensionCount = std::uniform_int_distribution<int>(0, 3)(rng);
    for (int i = 0; i < dimensionCount; ++i) {
        const int count = std::uniform_int_distribution<int>(1, 40)(rng);
        inputs.dimensions.append(dimensionOf(QStringLiteral("dimension %1").arg(i + 1),
                                             randomDecimalWeights(rng, count)));
    }
    CAPTURE(annual, decimalMonths, dimensionCount);

    const auto result = decomposeTarget(inputs);
    REQUIRE(result.ok());
    checkSumsExactly(*result, annual);
    const QList<qint64> months(result->months.begin(), result->months.end());
    if (decimalMonths) {
        CHECK(worstDeviation(annual, asHundredths(monthWeights), months) <
              1 + idealRoundingError(annual));
    } else {
        const long double resolution = static_cast<long double>(annual) * 13 / 2e8L;
        CHECK(worstDeviation(annual, monthWeights, months) < 1 + resolution);
    }
    for (qsizetype i = 0; i < inputs.dimensions.size(); ++i) {
        const QList<double> &weights = inputs.dimensions.at(i).weights;
        CHECK(worstDeviation(annual, asHundredths(weights), result->dimensions.at(i).annual) <
              1 + idealRoundingError(annual));
    }
}

TEST_CASE("decomposeTarget: 10,000 members and a target at the int64 limit", "[decompose]")
{
    std::mt19937_64 rng(42);
    const Dimension members =
        dimensionOf(QStringLiteral("team members"), randomDecimalWeights(rng, 10'000));
    const Dimension regions = dimensionOf(QStringLiteral("regions"), {3, 1, 1});
    const MonthWeights seasonal{8, 7, 9, 8, 8, 8, 7, 8, 9, 9, 9, 10};
    for (qint64 annual : {yuan120Million, largest, largest - 1}) {
        CAPTURE(annual);
        const auto result = decomposeTarget({Money::of(annual, cny), seasonal, {members, regions}});
        REQUIRE(result.ok());
        checkSumsExactly(*result, annual);
    }
}

// --- targetTiers ------------------------------------------------------------------------------

TEST_CASE("targetTiers: stretch and challenge above the committed target", "[decompose]")
{
    const Money base = Money::of(yuan120Million, cny);
    SECTION("10 % and 20 % reserves on ¥120,000,000.00")
    {
        const auto tiers = targetTiers(base, 0.10, 0.20);
        REQUIRE(tiers.ok());
        CHECK(tiers->base == base);
        CHECK(tiers->stretch == Money::of(13'200'000'000, cny));
        CHECK(tiers->challenge == Money::of(14'400'000'000, cny));
    }
    SECTION("15 % and no challenge beyond it; no reserve at all")
    {
        const auto tiers = targetTiers(base, 0.15, 0.15);
        REQUIRE(tiers.ok());
        CHECK(tiers->stretch == Money::of(13'800'000'000, cny));
        CHECK(tiers->challenge == tiers->stretch);
        CHECK(targetTiers(base, 0, 0)->challenge == base);
    }
    SECTION("a tier rounds half away from zero to the fen")
    {
        // 1,005 fen × 1.1 = 1,105.5 fen.
        CHECK(targetTiers(Money::of(1'005, cny), 0.10, 0.10)->stretch.minor == 1'106);
    }
    SECTION("refused: negative, above 100 %, not a number, challenge below stretch")
    {
        struct Refused
        {
            double stretch;
            double challenge;
            const char *field;
        };
        const Refused cases[] = {
            {-0.01, 0.2, "stretch reserve"},
            {0.1, -0.2, "challenge reserve"},
            {1.01, 1.5, "stretch reserve"},
            {0.1, 1.5, "challenge reserve"},
            {std::numeric_limits<double>::quiet_NaN(), 0.2, "stretch reserve"},
            {0.1, std::numeric_limits<double>::infinity(), "challenge reserve"},
            {0.2, 0.1, "challenge reserve"},
        };
        for (const Refused &refused : cases) {
            CAPTURE(refused.stretch, refused.challenge);
            const auto tiers = targetTiers(base, refused.stretch, refused.challenge);
            REQUIRE_FALSE(tiers.ok());
            INFO(messageOf(tiers.error()));
            CHECK(tiers.error().field == QLatin1String(refused.field));
        }
        CHECK(targetTiers(Money::of(-1, cny), 0.1, 0.2).error().field ==
              QStringLiteral("annual target"));
    }
    SECTION("tiers beyond the int64 range are refused, not wrapped")
    {
        const auto tooLarge = targetTiers(Money::of(largest, cny), 0.10, 0.20);
        REQUIRE_FALSE(tooLarge.ok());
        CHECK(tooLarge.error().field == QStringLiteral("stretch target"));
        CHECK(tooLarge.error().reason.contains(QStringLiteral("too large")));
        const auto challengeTooLarge =
            targetTiers(Money::of(5'000'000'000'000'000'000, cny), 0.5, 1);
        REQUIRE_FALSE(challengeTooLarge.ok());
        CHECK(challengeTooLarge.error().field == QStringLiteral("challenge target"));
        const auto fits = targetTiers(Money::of(4'000'000'000'000'000'000, cny), 0.5, 1);
        REQUIRE(fits.ok());
        CHECK(fits->challenge.minor == 8'000'000'000'000'000'000);
    }
}
