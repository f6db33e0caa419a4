#pragma once

#include "plan/money.h"

#include <QLocale>
#include <QString>

// How SalesPlan writes figures for people: money in the plan's currency by the UI locale, rates as
// percent.
namespace salesplan {

QString formatMoney(const Money &money, const QLocale &locale = QLocale());
QString formatPercent(double fraction, int decimals = 1, const QLocale &locale = QLocale());
QString formatCount(double value, int decimals = 0, const QLocale &locale = QLocale());

} // namespace salesplan
