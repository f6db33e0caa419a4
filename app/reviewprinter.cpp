#include "reviewprinter.h"

#include "plan/choices.h"
#include "plan/format.h"
#include "summary/kpitargets.h"
#include "textlayout.h"

#include <limits>

namespace salesplan {

using textlayout::line;
using textlayout::padded;
using textlayout::sectionTitle;

namespace {

QString ratioText(const Attainment &window)
{
    const std::optional<double> ratio = window.ratio();
    return ratio ? formatPercent(*ratio) : QStringLiteral("—");
}

// One line of the attainment table: the name, then month, quarter and year to date, and the
// year to date's light in words.
QString attainmentRow(const QString &name, const ReviewAttainment &attainment,
                      const PlanReview &review)
{
    return QStringLiteral("  %1  %2%3%4%5\n")
        .arg(padded(name, 28), padded(ratioText(attainment.month), 11),
             padded(ratioText(attainment.quarter), 11),
             padded(ratioText(attainment.yearToDate), 14),
             lightName(review.lightOf(attainment.yearToDate)));
}

QString levelTitle(ReviewSubject subject)
{
    switch (subject) {
    case ReviewSubject::Region:
        return ReviewPrinter::tr("Regions");
    case ReviewSubject::Product:
        return ReviewPrinter::tr("Product lines");
    case ReviewSubject::Member:
        return ReviewPrinter::tr("Members");
    case ReviewSubject::Company:
    case ReviewSubject::Kpi:
        break;
    }
    return {};
}

} // namespace

ReviewPrinter::ReviewPrinter(const Plan &plan, const PlanReview &review)
    : m_plan(plan)
    , m_review(review)
{}

QString ReviewPrinter::money(qint64 minor) const
{
    return formatPlanAmount(minor, m_plan.info.currency);
}

QString ReviewPrinter::monthText() const
{
    return formatMonthOfYear(m_plan.info.period.monthStart(m_review.monthIndex), MonthForm::Long);
}

QString ReviewPrinter::text() const
{
    return headline() + attainmentText() + forecastText() + kpisText() + deviationsText() +
           unmatchedText();
}

QString ReviewPrinter::headline() const
{
    QString text = tr("Review of %1 — %2").arg(monthText(), m_plan.info.name) + u'\n';
    const Attainment &toDate = m_review.lines.first().attainment.yearToDate;
    if (!m_review.hasActuals)
        return text +
               tr("No actuals are booked up to %1 yet: import the months' results with "
                  "import-history to compare them with the plan.")
                   .arg(monthText()) +
               u'\n';
    return text +
           tr("Booked to date: %1 of %2 planned (%3).")
               .arg(money(toDate.actual.value_or(0)), money(toDate.target), ratioText(toDate)) +
           u'\n' + revisionLine();
}

QString ReviewPrinter::revisionLine() const
{
    if (!m_review.revision)
        return {};
    const QString text =
        revisionText(*m_review.revision, m_review.revisionChange, m_plan.info.currency);
    const QString note = m_review.revision->note.trimmed();
    return (note.isEmpty() ? text : tr("%1 (%2)").arg(text, note)) + u'\n' +
           tr("The approved target of %1 stays; the months are measured against the adjusted "
              "targets.")
               .arg(money(m_review.lines.first().attainment.year.target)) +
           u'\n';
}

QString ReviewPrinter::attainmentText() const
{
    QString text = sectionTitle(QStringLiteral("  %1  %2%3%4%5")
                                    .arg(padded(tr("Attainment"), 28), padded(tr("Month"), 11),
                                         padded(tr("Quarter"), 11), padded(tr("Year to date"), 14),
                                         tr("Status")));
    std::optional<ReviewSubject> level;
    for (const ReviewLine &reviewLine : m_review.lines) {
        if (reviewLine.subject == ReviewSubject::Company) {
            text += attainmentRow(tr("Company"), reviewLine.attainment, m_review);
            continue;
        }
        if (level != reviewLine.subject) {
            level = reviewLine.subject;
            text += levelTitle(reviewLine.subject) + u'\n';
        }
        text += attainmentRow(reviewLine.name, reviewLine.attainment, m_review);
    }
    return text;
}

QString ReviewPrinter::forecastText() const
{
    const ReviewLine &company = m_review.lines.first();
    const qint64 target = company.attainment.year.target;
    const YearForecast &forecast = company.forecast;
    QString text = sectionTitle(tr("Forecast for the year"));
    text += line(tr("At the seasonal run rate"),
                 withShareOfTarget(money(forecast.runRate), forecast.runRate, target));
    text += line(tr("Booked + the plan's months"), money(forecast.planRest));
    const qint64 gap = company.attainment.year.gap().value_or(target);
    const bool countable =
        company.gapDeals > 0 && company.gapDeals <= std::numeric_limits<int>::max();
    if (gap > 0 && countable)
        text += line(tr("Still to book"),
                     tr("%1, about %n deal(s)", nullptr, int(company.gapDeals)).arg(money(gap)));
    else if (gap > 0)
        text += line(tr("Still to book"), money(gap));
    return text + toCloseText();
}

QString ReviewPrinter::toCloseText() const
{
    if (!m_review.toClose)
        return {};
    const BackwardResult &close = *m_review.toClose;
    QString text = line(tr("To close it"), tr("%1 deals in the %2 working days left")
                                               .arg(formatCount(double(close.deals)))
                                               .arg(close.workingDays));
    text += line(tr("A day, the team"),
                 tr("%1 calls, %2 demos")
                     .arg(formatCount(close.callsPerDay, 1), formatCount(close.demosPerDay, 1)));
    if (close.headcount > 0) {
        text += line(tr("A day, each of %n rep(s)", nullptr, close.headcount),
                     tr("%1 calls, %2 demos")
                         .arg(formatCount(close.callsPerDay / close.headcount, 1),
                              formatCount(close.demosPerDay / close.headcount, 1)));
    }
    return text;
}

QString ReviewPrinter::kpisText() const
{
    if (m_review.kpis.isEmpty())
        return {};
    QString text = sectionTitle(tr("KPIs in %1").arg(monthText()));
    for (qsizetype i = 0; i < m_review.kpis.size(); ++i) {
        const KpiReview &kpi = m_review.kpis.at(i);
        const Kpi &planKpi = m_plan.metrics.kpis.at(i);
        const QString target = formatKpiTarget(planKpi, kpi.target, m_plan.info.currency);
        const QString actual =
            formatKpiValue(planKpi, kpi.actual.value_or(0), m_plan.info.currency);
        const QString measured = kpi.actual ? tr("%1 against %2").arg(actual, target)
                                            : tr("nothing measured; target %1").arg(target);
        text += line(kpi.name, padded(lightName(kpi.light), 9) + measured);
    }
    return text;
}

QString ReviewPrinter::deviationsText() const
{
    QString text = sectionTitle(
        tr("Further than %1 from plan in %2").arg(formatPercent(m_review.threshold), monthText()));
    if (m_review.deviations.isEmpty())
        return text + QStringLiteral("  ") + tr("None.") + u'\n';
    for (const Deviation &deviation : m_review.deviations) {
        const QString name = deviation.subject == ReviewSubject::Company
                                 ? tr("Company")
                                 : tr("%1 %2").arg(choiceName(deviation.subject), deviation.name);
        const QString note = deviation.noted ? tr("noted in the review log")
                                             : tr("needs a note: why, the action, who, by when");
        text += line(name, tr("%1 of plan — %2").arg(formatPercent(deviation.ratio), note));
    }
    return text;
}

QString ReviewPrinter::unmatchedText() const
{
    if (m_review.unmatched.isEmpty())
        return {};
    QString text = sectionTitle(tr("Actuals no line takes"));
    for (const QString &unmatched : m_review.unmatched)
        text += QStringLiteral("  ") + unmatched + u'\n';
    return text;
}

} // namespace salesplan
