#pragma once

#include "plan/plan.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The stable lower-case keys under which the plan's enums are written in JSON ("direct",
// "strategic", "weekly"...). They are part of the file format: never rename one.
namespace salesplan {

template <typename E> struct EnumKey
{
    E value;
    QStringView key;
};

template <typename E> struct EnumKeys;

template <> struct EnumKeys<PlanStatus>
{
    static constexpr std::array<EnumKey<PlanStatus>, 3> table{{
        {PlanStatus::Draft, u"draft"},
        {PlanStatus::InReview, u"in_review"},
        {PlanStatus::Approved, u"approved"},
    }};
};

template <> struct EnumKeys<CompetitorKind>
{
    static constexpr std::array<EnumKey<CompetitorKind>, 2> table{{
        {CompetitorKind::Direct, u"direct"},
        {CompetitorKind::Indirect, u"indirect"},
    }};
};

template <> struct EnumKeys<SeasonalityMode>
{
    static constexpr std::array<EnumKey<SeasonalityMode>, 4> table{{
        {SeasonalityMode::Even, u"even"},
        {SeasonalityMode::Custom, u"custom"},
        {SeasonalityMode::LastYear, u"last_year"},
        {SeasonalityMode::AverageYears, u"average_years"},
    }};
};

template <> struct EnumKeys<CustomerType>
{
    static constexpr std::array<EnumKey<CustomerType>, 2> table{{
        {CustomerType::Business, u"business"},
        {CustomerType::Consumer, u"consumer"},
    }};
};

template <> struct EnumKeys<SegmentTier>
{
    static constexpr std::array<EnumKey<SegmentTier>, 4> table{{
        {SegmentTier::Strategic, u"strategic"},
        {SegmentTier::Profit, u"profit"},
        {SegmentTier::Nurture, u"nurture"},
        {SegmentTier::Maintain, u"maintain"},
    }};
};

template <> struct EnumKeys<ReviewFrequency>
{
    static constexpr std::array<EnumKey<ReviewFrequency>, 4> table{{
        {ReviewFrequency::Weekly, u"weekly"},
        {ReviewFrequency::Monthly, u"monthly"},
        {ReviewFrequency::Quarterly, u"quarterly"},
        {ReviewFrequency::Yearly, u"yearly"},
    }};
};

template <> struct EnumKeys<RiskCategory>
{
    static constexpr std::array<EnumKey<RiskCategory>, 4> table{{
        {RiskCategory::Market, u"market"},
        {RiskCategory::Customer, u"customer"},
        {RiskCategory::Execution, u"execution"},
        {RiskCategory::Financial, u"financial"},
    }};
};

template <typename E> QString enumKey(E value)
{
    for (const EnumKey<E> &entry : EnumKeys<E>::table) {
        if (entry.value == value)
            return entry.key.toString();
    }
    return EnumKeys<E>::table.front().key.toString(); // an out-of-range value: the default
}

// The value of a key, ignoring case and surrounding spaces; nothing for an unknown key.
template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const EnumKey<E> &entry : EnumKeys<E>::table) {
        if (entry.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template <typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const EnumKey<E> &entry : EnumKeys<E>::table)
        keys.append(entry.key.toString());
    return keys;
}

} // namespace salesplan
