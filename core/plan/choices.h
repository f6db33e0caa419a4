#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <span>

// The one table of the plan's choices: for each enum value its stable key and its name.
//
// The keys ("direct", "strategic", "weekly"...) are written to .salesplan files and JSON: they
// are part of both formats, so never rename one (tests/core/test_fields.cpp freezes them). The
// names are what people read in editors, the overview, the report and the command line; they
// are translated in the context "Choice".
namespace salesplan {

struct ChoiceItem
{
    int value;
    QStringView key;
    const char *name; // QT_TRANSLATE_NOOP("Choice", ...)
};

// The choices of one enum, in the order editors list them.
using ChoiceList = std::span<const ChoiceItem>;

// The translation context of the choice names.
struct Choice
{
    Q_DECLARE_TR_FUNCTIONS(Choice)
};

template <typename E> inline constexpr std::array<ChoiceItem, 0> choiceItems{};

template <>
inline constexpr std::array choiceItems<PlanStatus>{
    ChoiceItem{int(PlanStatus::Draft), u"draft", QT_TRANSLATE_NOOP("Choice", "Draft")},
    ChoiceItem{int(PlanStatus::InReview), u"in_review", QT_TRANSLATE_NOOP("Choice", "In review")},
    ChoiceItem{int(PlanStatus::Approved), u"approved", QT_TRANSLATE_NOOP("Choice", "Approved")},
};

template <>
inline constexpr std::array choiceItems<CompetitorKind>{
    ChoiceItem{int(CompetitorKind::Direct), u"direct", QT_TRANSLATE_NOOP("Choice", "Direct")},
    ChoiceItem{int(CompetitorKind::Indirect), u"indirect", QT_TRANSLATE_NOOP("Choice", "Indirect")},
};

template <>
inline constexpr std::array choiceItems<SeasonalityMode>{
    ChoiceItem{int(SeasonalityMode::Even), u"even", QT_TRANSLATE_NOOP("Choice", "Even")},
    ChoiceItem{int(SeasonalityMode::Custom), u"custom", QT_TRANSLATE_NOOP("Choice", "Custom")},
    ChoiceItem{int(SeasonalityMode::LastYear), u"last_year",
               QT_TRANSLATE_NOOP("Choice", "Like last year")},
    ChoiceItem{int(SeasonalityMode::AverageYears), u"average_years",
               QT_TRANSLATE_NOOP("Choice", "Average of past years")},
};

template <>
inline constexpr std::array choiceItems<CustomerType>{
    ChoiceItem{int(CustomerType::Business), u"business", QT_TRANSLATE_NOOP("Choice", "Business")},
    ChoiceItem{int(CustomerType::Consumer), u"consumer", QT_TRANSLATE_NOOP("Choice", "Consumer")},
};

template <>
inline constexpr std::array choiceItems<SegmentTier>{
    ChoiceItem{int(SegmentTier::Strategic), u"strategic", QT_TRANSLATE_NOOP("Choice", "Strategic")},
    ChoiceItem{int(SegmentTier::Profit), u"profit", QT_TRANSLATE_NOOP("Choice", "Profit")},
    ChoiceItem{int(SegmentTier::Nurture), u"nurture", QT_TRANSLATE_NOOP("Choice", "Nurture")},
    ChoiceItem{int(SegmentTier::Maintain), u"maintain", QT_TRANSLATE_NOOP("Choice", "Maintain")},
};

template <>
inline constexpr std::array choiceItems<ReviewFrequency>{
    ChoiceItem{int(ReviewFrequency::Weekly), u"weekly", QT_TRANSLATE_NOOP("Choice", "Weekly")},
    ChoiceItem{int(ReviewFrequency::Monthly), u"monthly", QT_TRANSLATE_NOOP("Choice", "Monthly")},
    ChoiceItem{int(ReviewFrequency::Quarterly), u"quarterly",
               QT_TRANSLATE_NOOP("Choice", "Quarterly")},
    ChoiceItem{int(ReviewFrequency::Yearly), u"yearly", QT_TRANSLATE_NOOP("Choice", "Yearly")},
};

template <>
inline constexpr std::array choiceItems<RiskCategory>{
    ChoiceItem{int(RiskCategory::Market), u"market", QT_TRANSLATE_NOOP("Choice", "Market")},
    ChoiceItem{int(RiskCategory::Customer), u"customer", QT_TRANSLATE_NOOP("Choice", "Customer")},
    ChoiceItem{int(RiskCategory::Execution), u"execution",
               QT_TRANSLATE_NOOP("Choice", "Execution")},
    ChoiceItem{int(RiskCategory::Financial), u"financial",
               QT_TRANSLATE_NOOP("Choice", "Financial")},
};

template <>
inline constexpr std::array choiceItems<HolidayCalendar>{
    ChoiceItem{int(HolidayCalendar::None), u"none", QT_TRANSLATE_NOOP("Choice", "None")},
    ChoiceItem{int(HolidayCalendar::China), u"CN", QT_TRANSLATE_NOOP("Choice", "Mainland China")},
    ChoiceItem{int(HolidayCalendar::Taiwan), u"TW", QT_TRANSLATE_NOOP("Choice", "Taiwan")},
};

template <>
inline constexpr std::array choiceItems<BudgetCategory>{
    ChoiceItem{int(BudgetCategory::Events), u"events", QT_TRANSLATE_NOOP("Choice", "Events")},
    ChoiceItem{int(BudgetCategory::Travel), u"travel", QT_TRANSLATE_NOOP("Choice", "Travel")},
    ChoiceItem{int(BudgetCategory::Campaigns), u"campaigns",
               QT_TRANSLATE_NOOP("Choice", "Marketing campaigns")},
    ChoiceItem{int(BudgetCategory::Other), u"other", QT_TRANSLATE_NOOP("Choice", "Other")},
};

template <>
inline constexpr std::array choiceItems<UnitAllocation>{
    ChoiceItem{int(UnitAllocation::Amounts), u"amounts", QT_TRANSLATE_NOOP("Choice", "Amounts")},
    ChoiceItem{int(UnitAllocation::Weights), u"weights", QT_TRANSLATE_NOOP("Choice", "Weights")},
};

template <>
inline constexpr std::array choiceItems<UpliftScope>{
    ChoiceItem{int(UpliftScope::AllReps), u"all_reps", QT_TRANSLATE_NOOP("Choice", "All reps")},
    ChoiceItem{int(UpliftScope::NewHires), u"new_hires",
               QT_TRANSLATE_NOOP("Choice", "New hires only")},
};

template <>
inline constexpr std::array choiceItems<KpiMeasure>{
    ChoiceItem{int(KpiMeasure::Custom), u"custom", QT_TRANSLATE_NOOP("Choice", "Something else")},
    ChoiceItem{int(KpiMeasure::QualifiedLeads), u"qualified_leads",
               QT_TRANSLATE_NOOP("Choice", "Qualified leads")},
    ChoiceItem{int(KpiMeasure::WinRate), u"win_rate", QT_TRANSLATE_NOOP("Choice", "Win rate")},
    ChoiceItem{int(KpiMeasure::AverageDealSize), u"average_deal_size",
               QT_TRANSLATE_NOOP("Choice", "Average deal size")},
    ChoiceItem{int(KpiMeasure::Revenue), u"revenue", QT_TRANSLATE_NOOP("Choice", "Revenue")},
};

template <>
inline constexpr std::array choiceItems<KpiTargetFrom>{
    ChoiceItem{int(KpiTargetFrom::Typed), u"typed", QT_TRANSLATE_NOOP("Choice", "Typed")},
    ChoiceItem{int(KpiTargetFrom::Plan), u"plan", QT_TRANSLATE_NOOP("Choice", "The plan")},
};

template <>
inline constexpr std::array choiceItems<KpiDirection>{
    ChoiceItem{int(KpiDirection::HigherIsBetter), u"higher",
               QT_TRANSLATE_NOOP("Choice", "Higher is better")},
    ChoiceItem{int(KpiDirection::LowerIsBetter), u"lower",
               QT_TRANSLATE_NOOP("Choice", "Lower is better")},
};

template <>
inline constexpr std::array choiceItems<ReviewSubject>{
    ChoiceItem{int(ReviewSubject::Company), u"company", QT_TRANSLATE_NOOP("Choice", "Company")},
    ChoiceItem{int(ReviewSubject::Region), u"region", QT_TRANSLATE_NOOP("Choice", "Region")},
    ChoiceItem{int(ReviewSubject::Product), u"product",
               QT_TRANSLATE_NOOP("Choice", "Product line")},
    ChoiceItem{int(ReviewSubject::Member), u"member", QT_TRANSLATE_NOOP("Choice", "Member")},
    ChoiceItem{int(ReviewSubject::Kpi), u"kpi", QT_TRANSLATE_NOOP("Choice", "KPI")},
};

template <>
inline constexpr std::array choiceItems<InitiativeStatus>{
    ChoiceItem{int(InitiativeStatus::Planned), u"planned", QT_TRANSLATE_NOOP("Choice", "Planned")},
    ChoiceItem{int(InitiativeStatus::InProgress), u"in_progress",
               QT_TRANSLATE_NOOP("Choice", "In progress")},
    ChoiceItem{int(InitiativeStatus::Done), u"done", QT_TRANSLATE_NOOP("Choice", "Done")},
    ChoiceItem{int(InitiativeStatus::Dropped), u"dropped", QT_TRANSLATE_NOOP("Choice", "Dropped")},
};

template <typename E> constexpr ChoiceList choicesOf()
{
    static_assert(!choiceItems<E>.empty(), "no choice table for this enum");
    return choiceItems<E>;
}

// The key of `value`; the first key for a value the list does not hold.
QString choiceKey(ChoiceList choices, int value);
// The value whose key is `key` (trimmed, case-insensitive); nothing for a key the list does not
// hold.
std::optional<int> choiceValue(ChoiceList choices, QStringView key);
// The translated name of `value`.
QString choiceName(ChoiceList choices, int value);
// The value whose key or translated name is `text` (case-insensitive, trimmed), as typed or
// pasted into a table.
std::optional<int> choiceFromText(ChoiceList choices, QStringView text);
QStringList choiceKeys(ChoiceList choices);
QStringList choiceNames(ChoiceList choices);
// The position of `value` in the list (for a combo box), or -1.
int choiceIndex(ChoiceList choices, int value);

template <typename E> QString choiceKey(E value)
{
    return choiceKey(choicesOf<E>(), int(value));
}

template <typename E> QString choiceName(E value)
{
    return choiceName(choicesOf<E>(), int(value));
}

template <typename E> std::optional<E> choiceFromKey(QStringView key)
{
    const std::optional<int> value = choiceValue(choicesOf<E>(), key);
    return value ? std::optional<E>(E(*value)) : std::nullopt;
}

} // namespace salesplan
