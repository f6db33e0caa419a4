#include "summary/figurewords.h"

namespace salesplan {

QString figureTitle(Figure figure)
{
    switch (figure) {
    case Figure::AnnualTarget:
        return FigureFormulas::tr("Annual target");
    case Figure::Growth:
        return FigureFormulas::tr("Growth on last year");
    case Figure::StretchTier:
        return FigureFormulas::tr("Stretch tier");
    case Figure::ChallengeTier:
        return FigureFormulas::tr("Challenge tier");
    case Figure::AssignedToReps:
        return FigureFormulas::tr("Assigned to reps");
    case Figure::Collections:
        return FigureFormulas::tr("Collections in the year");
    case Figure::Deals:
        return FigureFormulas::tr("Deals to win");
    case Figure::Proposals:
        return FigureFormulas::tr("Demos or proposals");
    case Figure::QualifiedLeads:
        return FigureFormulas::tr("Qualified leads");
    case Figure::Leads:
        return FigureFormulas::tr("Leads");
    case Figure::Calls:
        return FigureFormulas::tr("Calls");
    case Figure::WorkingDays:
        return FigureFormulas::tr("Working days");
    case Figure::CallsPerDay:
        return FigureFormulas::tr("Calls a day");
    case Figure::DemosPerDay:
        return FigureFormulas::tr("Demos a day");
    case Figure::QualifiedPerDay:
        return FigureFormulas::tr("Qualified leads a day");
    case Figure::RepsRequired:
        return FigureFormulas::tr("Reps the activity needs");
    case Figure::HeadcountRequired:
        return FigureFormulas::tr("Reps to employ");
    case Figure::YearHeadcount:
        return FigureFormulas::tr("Headcount for the year");
    case Figure::TightestMonth:
        return FigureFormulas::tr("Tightest month");
    case Figure::MarketingBudget:
        return FigureFormulas::tr("Marketing budget");
    case Figure::QuarterTarget:
        return FigureFormulas::tr("Quarter target");
    case Figure::MonthTarget:
        return FigureFormulas::tr("Month target");
    case Figure::MonthRepsRequired:
        return FigureFormulas::tr("Reps needed in the month");
    case Figure::MonthRepsAvailable:
        return FigureFormulas::tr("Reps available in the month");
    case Figure::CostOfSales:
        return FigureFormulas::tr("Cost of sales");
    case Figure::TeamSize:
        return FigureFormulas::tr("Reps available");
    case Figure::CallsPerRepDay:
        return FigureFormulas::tr("Calls per rep a day");
    case Figure::HeadcountGap:
        return FigureFormulas::tr("Headcount gap");
    }
    return {};
}

QString figureFormulaWords(Figure figure)
{
    switch (figure) {
    case Figure::AnnualTarget:
        return FigureFormulas::tr("the amount entered on the Targets page; the months, quarters, "
                                  "tiers, quotas and the funnel are worked out from it");
    case Figure::Growth:
        return FigureFormulas::tr("(annual target − last year's actual) ÷ last year's actual");
    case Figure::StretchTier:
        return FigureFormulas::tr("annual target × (1 + stretch reserve)");
    case Figure::ChallengeTier:
        return FigureFormulas::tr("annual target × (1 + challenge reserve)");
    case Figure::AssignedToReps:
        return FigureFormulas::tr("the sum of the members' and planned hires' quotas: the target "
                                  "× (1 + over-assignment), each from the start month");
    case Figure::Collections:
        return FigureFormulas::tr("each month's bookings × the shares collected that month and "
                                  "in the months after, plus what last year left to collect; the "
                                  "rest is still receivable at year end");
    case Figure::Deals:
        return FigureFormulas::tr("annual target ÷ average deal size, rounded up");
    case Figure::Proposals:
        return FigureFormulas::tr("deals to win ÷ the share of proposals won, rounded up");
    case Figure::QualifiedLeads:
        return FigureFormulas::tr("demos or proposals ÷ the share of qualified leads that get "
                                  "one, rounded up");
    case Figure::Leads:
        return FigureFormulas::tr("qualified leads ÷ the share of leads that qualify, rounded up");
    case Figure::Calls:
        return FigureFormulas::tr("leads × calls per lead, rounded up");
    case Figure::WorkingDays:
        return FigureFormulas::tr("the weekdays of the plan year, less public holidays and your "
                                  "days off, plus make-up working days");
    case Figure::CallsPerDay:
        return FigureFormulas::tr("calls ÷ working days");
    case Figure::DemosPerDay:
        return FigureFormulas::tr("demos or proposals ÷ working days");
    case Figure::QualifiedPerDay:
        return FigureFormulas::tr("qualified leads ÷ working days");
    case Figure::RepsRequired:
        return FigureFormulas::tr("the larger of calls a day ÷ calls a rep makes a day and demos "
                                  "a day ÷ demos a rep gives a day, rounded up");
    case Figure::HeadcountRequired:
    case Figure::YearHeadcount:
        return FigureFormulas::tr("reps the activity needs ÷ (1 − reps expected to leave in the "
                                  "year), rounded up; less the team, the reps to hire");
    case Figure::TightestMonth:
        return FigureFormulas::tr("the month with the fewest reps to spare: reps needed in the "
                                  "month against the reps available in it");
    case Figure::MarketingBudget:
        return FigureFormulas::tr("leads × marketing cost per lead");
    case Figure::QuarterTarget:
        return FigureFormulas::tr("the sum of its three month targets");
    case Figure::MonthTarget:
        return FigureFormulas::tr("annual target × the month's share of the seasonality weights; "
                                  "the last cents (fen) go to the months with the largest "
                                  "remainders, so the months add up to the year exactly");
    case Figure::MonthRepsRequired:
        return FigureFormulas::tr("the larger of the month's calls a day ÷ calls a rep makes a day "
                                  "and its demos a day ÷ demos a rep gives a day, rounded up; the "
                                  "month has the year's activity × its share of the target");
    case Figure::MonthRepsAvailable:
        return FigureFormulas::tr("each member and planned hire from the start month, ramping up "
                                  "to full speed, × (1 − attrition × the months gone by ÷ 12)");
    case Figure::CostOfSales:
        return FigureFormulas::tr("commission rate × annual target + the tools' annual costs + "
                                  "the marketing budget");
    case Figure::TeamSize:
        return FigureFormulas::tr("the members on the team + the planned hires");
    case Figure::CallsPerRepDay:
        return FigureFormulas::tr("calls a day ÷ reps available");
    case Figure::HeadcountGap:
        return FigureFormulas::tr("reps to employ − reps available (the members + the planned "
                                  "hires): above zero, the reps to hire; below, the reps to spare");
    }
    return {};
}

QString figureGuidePage(Figure figure)
{
    switch (figure) {
    case Figure::AnnualTarget:
        return QStringLiteral("targets.html");
    case Figure::Growth:
    case Figure::StretchTier:
    case Figure::ChallengeTier:
        return QStringLiteral("numbers.html#tiers");
    case Figure::AssignedToReps:
    case Figure::QuarterTarget:
    case Figure::MonthTarget:
        return QStringLiteral("numbers.html#decomposition");
    case Figure::Collections:
        return QStringLiteral("numbers.html#collections");
    case Figure::RepsRequired:
    case Figure::HeadcountRequired:
    case Figure::YearHeadcount:
    case Figure::TightestMonth:
    case Figure::MonthRepsRequired:
    case Figure::MonthRepsAvailable:
    case Figure::TeamSize:
    case Figure::HeadcountGap:
    case Figure::CallsPerRepDay:
        return QStringLiteral("numbers.html#capacity");
    case Figure::CostOfSales:
        return QStringLiteral("numbers.html#cost");
    default:
        return QStringLiteral("numbers.html#funnel");
    }
}

} // namespace salesplan
