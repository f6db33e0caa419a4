#pragma once

#include "plan/plan.h"

#include <QString>
#include <QStringView>

#include <array>
#include <utility>

// The text keys under which the plan's enums are stored in a .salesplan file ("direct",
// "strategic", "weekly"...). They are part of the file format: never rename one; add a migration
// instead. They are kept apart from the JSON keys so that neither format can break the other.
namespace salesplan::store {

template <typename E> struct StoreKeys;

template <> struct StoreKeys<PlanStatus>
{
    static constexpr std::array<std::pair<PlanStatus, QStringView>, 3> table{{
        {PlanStatus::Draft, u"draft"},
        {PlanStatus::InReview, u"in_review"},
        {PlanStatus::Approved, u"approved"},
    }};
};

template <> struct StoreKeys<CompetitorKind>
{
    static constexpr std::array<std::pair<CompetitorKind, QStringView>, 2> table{{
        {CompetitorKind::Direct, u"direct"},
        {CompetitorKind::Indirect, u"indirect"},
    }};
};

template <> struct StoreKeys<SeasonalityMode>
{
    static constexpr std::array<std::pair<SeasonalityMode, QStringView>, 4> table{{
        {SeasonalityMode::Even, u"even"},
        {SeasonalityMode::Custom, u"custom"},
        {SeasonalityMode::LastYear, u"last_year"},
        {SeasonalityMode::AverageYears, u"average_years"},
    }};
};

template <> struct StoreKeys<CustomerType>
{
    static constexpr std::array<std::pair<CustomerType, QStringView>, 2> table{{
        {CustomerType::Business, u"business"},
        {CustomerType::Consumer, u"consumer"},
    }};
};

template <> struct StoreKeys<SegmentTier>
{
    static constexpr std::array<std::pair<SegmentTier, QStringView>, 4> table{{
        {SegmentTier::Strategic, u"strategic"},
        {SegmentTier::Profit, u"profit"},
        {SegmentTier::Nurture, u"nurture"},
        {SegmentTier::Maintain, u"maintain"},
    }};
};

template <> struct StoreKeys<ReviewFrequency>
{
    static constexpr std::array<std::pair<ReviewFrequency, QStringView>, 4> table{{
        {ReviewFrequency::Weekly, u"weekly"},
        {ReviewFrequency::Monthly, u"monthly"},
        {ReviewFrequency::Quarterly, u"quarterly"},
        {ReviewFrequency::Yearly, u"yearly"},
    }};
};

template <> struct StoreKeys<RiskCategory>
{
    static constexpr std::array<std::pair<RiskCategory, QStringView>, 4> table{{
        {RiskCategory::Market, u"market"},
        {RiskCategory::Customer, u"customer"},
        {RiskCategory::Execution, u"execution"},
        {RiskCategory::Financial, u"financial"},
    }};
};

template <typename E> QString storeKey(E value)
{
    for (const auto &[entry, key] : StoreKeys<E>::table) {
        if (entry == value)
            return key.toString();
    }
    return StoreKeys<E>::table.front().second.toString();
}

// The value stored under `key`; the enum's first value for a key this build does not know (a
// file edited by hand), so a plan still opens.
template <typename E> E storeValue(QStringView key)
{
    for (const auto &[entry, known] : StoreKeys<E>::table) {
        if (known == key)
            return entry;
    }
    return StoreKeys<E>::table.front().first;
}

} // namespace salesplan::store
