#include "summary/actualslevels.h"

#include "plan/format.h"
#include "summary/actualsinput.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace salesplan {

namespace {

// The translation context of the warnings.
struct ActualsLevels
{
    Q_DECLARE_TR_FUNCTIONS(ActualsLevels)
};

// The level an entry of the plan year is typed at, by the names it gives: a region alone, a
// product line alone, a member (with or without the member's region), or none (the company).
// Entries that give more (imported rows) are Detailed: one booking each.
enum class Level { Company, Region, Product, Member, Detailed };

Level levelOf(const Plan &plan, const HistoryEntry &entry)
{
    const bool region = !entry.region.trimmed().isEmpty();
    const bool product = !entry.product.trimmed().isEmpty();
    const bool member = !entry.member.trimmed().isEmpty();
    if (member && !product && isTypedEntry(plan, entry, ActualsBy::Member))
        return Level::Member;
    if (member || (region && product))
        return Level::Detailed;
    if (region)
        return Level::Region;
    return product ? Level::Product : Level::Company;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Company:
        return ActualsLevels::tr("for the company");
    case Level::Region:
        return ActualsLevels::tr("by region");
    case Level::Product:
        return ActualsLevels::tr("by product line");
    case Level::Member:
        return ActualsLevels::tr("by member");
    case Level::Detailed:
        break;
    }
    return ActualsLevels::tr("in imported rows");
}

// What one month's entries hold at each level, to find a total and a booking that may be the
// same one entered twice: a total (the company's, a region's, a product line's or a member's)
// beside an entry that may be part of it. Entries of one level are different bookings.
struct MonthLevels
{
    int company = 0;
    QSet<QString> regions;                      // typed region totals
    QSet<QString> products;                     // typed product line totals
    QList<std::pair<QString, QString>> members; // typed member totals: member, region
    QSet<QString> detailedRegions;              // the imported rows' regions ("" for none)
    QSet<QString> detailedProducts;             // their product lines
    QSet<QString> detailedMembers;              // their members, of the rows that name one
    QSet<QString> detailedRegionsNoMember;      // the regions of the rows that name no member
    bool detailed = false;

    void add(Level level, const HistoryEntry &entry)
    {
        const QString region = entry.region.trimmed();
        switch (level) {
        case Level::Company:
            ++company;
            break;
        case Level::Region:
            regions.insert(region);
            break;
        case Level::Product:
            products.insert(entry.product.trimmed());
            break;
        case Level::Member:
            members.append({entry.member.trimmed(), region});
            break;
        case Level::Detailed:
            detailed = true;
            detailedRegions.insert(region);
            detailedProducts.insert(entry.product.trimmed());
            if (entry.member.trimmed().isEmpty())
                detailedRegionsNoMember.insert(region);
            else
                detailedMembers.insert(entry.member.trimmed());
            break;
        }
    }

    QList<Level> present() const
    {
        QList<Level> levels;
        const std::array<bool, 5> has{company > 0, !regions.isEmpty(), !products.isEmpty(),
                                      !members.isEmpty(), detailed};
        for (int level = 0; level < int(has.size()); ++level) {
            if (has[std::size_t(level)])
                levels.append(Level(level));
        }
        return levels;
    }

    bool memberInRegionTotal() const
    {
        return std::any_of(members.cbegin(), members.cend(), [this](const auto &member) {
            return !regions.isEmpty() &&
                   (member.second.isEmpty() || regions.contains(member.second));
        });
    }
    bool regionTotalOverRows() const
    {
        return !regions.isEmpty() &&
               (detailedRegions.contains(QString()) || detailedRegions.intersects(regions));
    }
    bool productTotalOverRows() const
    {
        return !products.isEmpty() &&
               (detailedProducts.contains(QString()) || detailedProducts.intersects(products));
    }
    bool memberTotalOverRows() const
    {
        return std::any_of(members.cbegin(), members.cend(), [this](const auto &member) {
            const QString &region = member.second;
            const bool rowWithoutMember =
                !detailedRegionsNoMember.isEmpty() &&
                (region.isEmpty() || detailedRegionsNoMember.contains(QString()) ||
                 detailedRegionsNoMember.contains(region));
            return detailedMembers.contains(member.first) || rowWithoutMember;
        });
    }

    // The levels that hold a booking another level of the month may hold too, in order.
    QList<Level> countedTwice() const
    {
        const QList<Level> all = present();
        if (company > 0 && all.size() > 1)
            return all; // the company's total holds every other booking
        // Each pair of levels whose entries may be one booking: a total and a part of it.
        const std::array<std::tuple<Level, Level, bool>, 6> pairs{{
            {Level::Region, Level::Product, !regions.isEmpty() && !products.isEmpty()},
            {Level::Region, Level::Member, memberInRegionTotal()},
            {Level::Region, Level::Detailed, regionTotalOverRows()},
            {Level::Product, Level::Member, !products.isEmpty() && !members.isEmpty()},
            {Level::Product, Level::Detailed, productTotalOverRows()},
            {Level::Member, Level::Detailed, memberTotalOverRows()},
        }};
        QList<Level> levels;
        for (const auto &[first, second, repeated] : pairs) {
            for (Level level : {first, second}) {
                if (repeated && !levels.contains(level))
                    levels.append(level);
            }
        }
        std::sort(levels.begin(), levels.end());
        return levels;
    }
};

} // namespace

QStringList actualsCountedTwice(const Plan &plan)
{
    std::array<MonthLevels, Period::monthCount> months;
    for (const HistoryEntry &entry : plan.history) {
        const int month = plan.info.period.monthIndexOf(entry.month);
        if (month >= 0)
            months[std::size_t(month)].add(levelOf(plan, entry), entry);
    }
    QStringList warnings;
    for (int month = 0; month < Period::monthCount; ++month) {
        const QList<Level> twice = months[std::size_t(month)].countedTwice();
        if (twice.isEmpty())
            continue;
        QStringList names;
        for (Level level : twice)
            names.append(levelName(level));
        warnings.append(
            ActualsLevels::tr("%1 has actuals %2: the company's total adds them all, so a "
                              "booking entered at two levels counts twice.")
                .arg(formatMonthOfYear(plan.info.period.monthStart(month), MonthForm::Long),
                     names.join(ActualsLevels::tr(" and ", "joins the levels of actuals"))));
    }
    return warnings;
}

} // namespace salesplan
