#pragma once

#include "plan/plan.h"
#include "summary/planreview.h"

#include <QCoreApplication>
#include <QString>

namespace salesplan {

// Writes the monthly review as plain text for `salesplan review`: attainment of every line, the
// forecast, the KPIs' lights and the deviations that still need a note.
class ReviewPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPrinter)
public:
    ReviewPrinter(const Plan &plan, const PlanReview &review);

    QString text() const;

private:
    QString headline() const;
    QString revisionLine() const;
    QString attainmentText() const;
    QString forecastText() const;
    QString toCloseText() const;
    QString kpisText() const;
    QString deviationsText() const;
    QString unmatchedText() const;
    QString monthText() const;
    QString money(qint64 minor) const;

    const Plan &m_plan;
    const PlanReview &m_review;
};

} // namespace salesplan
