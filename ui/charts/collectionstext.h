#pragma once

#include "plan/plan.h"
#include "summary/plansummary.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan::ui {

// The words SalesPlan uses about collections (回款) wherever they are shown — the Collections
// tab, the chart and the report: the terms in one sentence, the sum of the shares, the takeaway.
struct CollectionsText
{
    Q_DECLARE_TR_FUNCTIONS(CollectionsText)
};

// "30 % in the month of booking, 50 % the month after, 20 % two months later"; empty when the
// terms plan no collections.
QString collectionTermsSentence(const CollectionTerms &terms);

// The sum of the shares in words: "Adds up to 100 %", or "Adds up to 95 % — the shares must add up
// to 100 %" with `adds` set false.
QString collectionSharesSumText(const CollectionTerms &terms, bool *adds = nullptr);

// Whether the plan's history has a month of last year, so that last year's bookings (and not the
// opening receivable entered) give what is left to collect when the year starts.
bool collectionsUseHistory(const Plan &plan);

// What the collections chart says in one sentence, e.g. "¥11.2M of last year's bookings comes in
// by Feb; ¥13.4M is still to collect at year end"; empty when collections are not planned.
QString collectionsTakeaway(const Plan &plan, const PlanSummary &summary);

} // namespace salesplan::ui
