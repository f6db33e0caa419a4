#pragma once

#include "plan/money.h"
#include "plan/period.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

// How SalesPlan writes figures for people: money in the plan's currency by the UI locale, rates as
// percent, months by name. Every window, chart, the report and the command line write them here.
namespace salesplan {

// Whether formatMoney() writes large amounts in 万 and 亿 (萬 and 億 in Traditional Chinese) when
// the locale is Chinese. Off until the application turns it on; the GUI sets it from its
// preferences at start and whenever they change.
void setLargeAmountsInWanYi(bool on);
bool largeAmountsInWanYi();

// Money as a table, the overview or the report's appendix shows it (a document's body writes plan
// amounts, see formatPlanAmount): ¥1,200,000.00 or
// $1,200,000.00 by `locale`; with largeAmountsInWanYi() and a Chinese locale, amounts from 1万 up
// read ¥500万, ¥1.2亿 or ¥3,456.78万 (see formatMoneyInWanYi).
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
// Every digit, whatever the setting: ¥120,000,000.00. For a tooltip beside a shortened figure.
QString formatMoneyExact(const Money &money, const QLocale &locale = QLocale());
// The same for an amount kept as minor units beside its currency, as the calculators return it.
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
QString formatMoneyExact(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
// A plan amount written for people, as the report's body, the summaries and the charts give it:
// whole currency units, never cents, rounded half away from zero. By `locale`: ¥1,200,000 or
// $8,000,000. With largeAmountsInWanYi() and a Chinese locale, by the rounded amount's size:
//   from 1亿: 亿 to two decimals, trailing zeros dropped      ¥1.2亿, ¥1.25亿, ¥3亿
//   from 100万: whole 万, grouped                              ¥1,075万, ¥9,999万
//   from 1万: 万 to one decimal, a trailing zero dropped        ¥92.5万, ¥50万
//   below 1万: whole units                                    ¥3,457
// so it never shows ".00" nor ".0". Exact figures (detail tables, tooltips) use formatMoneyExact.
QString formatPlanAmount(const Money &money, const QLocale &locale = QLocale());
QString formatPlanAmount(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
// Plan amounts standing in one column of a table, in one unit so they line up and compare by
// eye: as formatPlanAmount(), except that with largeAmountsInWanYi() and a Chinese locale a
// column with any amount below 1亿 is written in 万 throughout (¥4,513万 … ¥10,000万, never
// ¥4,513万 … ¥1亿), whole 万 when every amount but zero is from 100万 up, else to one decimal.
QStringList formatPlanAmountColumn(const QList<qint64> &minors, const QString &currency,
                                   const QLocale &locale = QLocale());
// While one lives, formatMoney() in this thread writes formatPlanAmount(): what a document
// written for people (the report's body, the executive summary) shows, including the figures
// the plan's summaries put in sentences. Scopes nest, with ExactAmounts too: the innermost wins.
class PlanAmountsForPeople
{
public:
    PlanAmountsForPeople();
    ~PlanAmountsForPeople();
    PlanAmountsForPeople(const PlanAmountsForPeople &) = delete;
    PlanAmountsForPeople &operator=(const PlanAmountsForPeople &) = delete;

private:
    int m_before;
};
// While one lives, formatMoney() in this thread writes formatMoneyExact() whatever the 万/亿
// setting: what a detail table (the report's appendix) shows, ¥9,240,012.34 and never
// ¥924.00万. Scopes nest, with PlanAmountsForPeople too: the innermost wins.
class ExactAmounts
{
public:
    ExactAmounts();
    ~ExactAmounts();
    ExactAmounts(const ExactAmounts &) = delete;
    ExactAmounts &operator=(const ExactAmounts &) = delete;

private:
    int m_before;
};
// Amounts from 1万 up in 万 (below 1亿) or 亿 (the unit's character follows the locale's script),
// smaller ones exactly. A figure that fits in two decimals of 万 or four of 亿 is written exactly
// and without trailing zeros (¥1.2亿, ¥500万); a longer one is rounded half away from zero and
// keeps every decimal (¥1.2346亿, ¥1.00万), so a rounded figure never looks round.
QString formatMoneyInWanYi(const Money &money, const QLocale &locale = QLocale());
// The characters of 10^4 and 10^8 in the locale's script: 万/亿, or 萬/億 for Traditional Chinese.
QString wanCharacter(const QLocale &locale = QLocale());
QString yiCharacter(const QLocale &locale = QLocale());

// The currency's sign as formatMoney() writes it before the digits: "¥", "$", "CHF ".
QString currencySign(const QString &currency, const QLocale &locale = QLocale());

// The number format a spreadsheet (Excel, WPS, LibreOffice) shows an amount in `currency` with:
// #,##0.00 for a currency with cents, #,##0 for one without (JPY, KRW), #,##0.000 for KWD.
QString spreadsheetAmountFormat(const QString &currency);

QString formatPercent(double fraction, int decimals = 1, const QLocale &locale = QLocale());
QString formatCount(double value, int decimals = 0, const QLocale &locale = QLocale());
// A number with at most `maxDecimals` decimals and no trailing zeros: 1,200, 2.5 or 0.25.
QString formatNumber(double value, int maxDecimals = 2, const QLocale &locale = QLocale());
// A month's name written in full ("March") or short ("Mar"); Chinese writes "3月" either way.
enum class MonthForm { Long, Short };
// The name of `month` (1–12) standing alone: "March" or "Mar" in English, "3月" in Chinese (Qt's
// long Chinese form is "三月").
QString formatMonthName(int month, MonthForm form = MonthForm::Long,
                        const QLocale &locale = QLocale());
// The names of the plan year's twelve months in order, from its first month.
QStringList formatMonthNames(const Period &period, MonthForm form = MonthForm::Long,
                             const QLocale &locale = QLocale());
// A day as a plan document writes it: 2027-04-01, or 2027年4月1日 in Chinese; never a short
// date such as 4/1/27 that reads differently by country. Empty for an invalid date.
QString formatDay(const QDate &date, const QLocale &locale = QLocale());
// The month of `date` with its year: "Mar 2027" or "March 2027" in English, "2027年3月" in
// Chinese.
QString formatMonthOfYear(const QDate &date, MonthForm form = MonthForm::Short,
                          const QLocale &locale = QLocale());

} // namespace salesplan
