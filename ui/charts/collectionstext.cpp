#include "charts/collectionstext.h"

#include "charts/chartbuilders.h"
#include "plan/format.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace salesplan::ui {

namespace {

// A share as a percent, with a decimal only where it has one: "30 %", "12.5 %".
QString sharePercent(double share)
{
    const double percent = share * 100.0;
    const bool whole = std::abs(percent - std::round(percent)) < 1e-6;
    return formatPercent(share, whole ? 0 : 1);
}

// A round figure for a sentence: "¥11.2M", "¥1,120万".
QString shortMoney(qint64 minor, const QString &currency)
{
    const MoneyScale scale = moneyScale(minor, currency, QLocale());
    const double shown = double(minor) / scale.divisor;
    return currencySign(currency) +
           formatScaled(minor, scale, QLocale(), shown < 100 && shown != std::round(shown) ? 1 : 0);
}

} // namespace

QString collectionTermsSentence(const CollectionTerms &terms)
{
    static const std::array<const char *, CollectionTerms::lagCount> phrases{
        QT_TRANSLATE_NOOP("CollectionsText", "%1 in the month of booking"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 the month after"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 two months later"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 three months later"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 four months later"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 five months later"),
        QT_TRANSLATE_NOOP("CollectionsText", "%1 six months later"),
    };
    const auto shares = terms.shares();
    QStringList parts;
    for (int lag = 0; lag < CollectionTerms::lagCount; ++lag) {
        if (shares[size_t(lag)] != 0)
            parts.append(
                CollectionsText::tr(phrases[size_t(lag)]).arg(sharePercent(shares[size_t(lag)])));
    }
    return parts.join(CollectionsText::tr(", "));
}

QString collectionSharesSumText(const CollectionTerms &terms, bool *adds)
{
    double sum = 0;
    for (const double share : terms.shares())
        sum += share;
    const bool whole = std::abs(sum - 1.0) <= 1e-9;
    if (adds)
        *adds = whole;
    if (whole)
        return CollectionsText::tr("Adds up to %1").arg(sharePercent(1.0));
    return CollectionsText::tr("Adds up to %1 — the shares must add up to %2")
        .arg(sharePercent(sum), sharePercent(1.0));
}

bool collectionsUseHistory(const Plan &plan)
{
    const Period lastYear = plan.info.period.earlier(1);
    return std::any_of(plan.history.begin(), plan.history.end(), [&](const HistoryEntry &entry) {
        return lastYear.monthIndexOf(entry.month) >= 0;
    });
}

QString collectionsTakeaway(const Plan &plan, const PlanSummary &summary)
{
    if (!summary.collections || !*summary.collections || !summary.decomposition)
        return {};
    const CollectionPlan &collections = **summary.collections;
    const QString &currency = summary.decomposition->currency;
    const QString left = shortMoney(collections.closingReceivable, currency);
    int lastOpeningMonth = -1;
    for (int m = 0; m < Period::monthCount; ++m) {
        if (collections.fromOpening[size_t(m)] > 0)
            lastOpeningMonth = m;
    }
    if (lastOpeningMonth < 0) {
        qint64 collected = 0;
        for (const qint64 month : collections.months)
            collected += month;
        return CollectionsText::tr(
                   "%1 comes in during the year; %2 is still to collect at year end")
            .arg(shortMoney(collected, currency), left);
    }
    const QString month =
        formatMonthName(plan.info.period.monthStart(lastOpeningMonth).month(), MonthForm::Short);
    return CollectionsText::tr(
               "%1 of last year's bookings comes in by %2; %3 is still to collect at year end")
        .arg(shortMoney(collections.opening, currency), month, left);
}

} // namespace salesplan::ui
