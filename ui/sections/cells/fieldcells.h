#pragma once

#include "plan/numberinput.h"
#include "sections/plantablemodel.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

// How a table cell shows, starts editing and reads back a field's value, by the field's kind. The
// values are those of FieldOf::get and FieldOf::set: QString, Money, double, int, QDate, and an
// enum's int.
namespace salesplan::ui {

// What reading a cell needs from the plan around the row.
struct CellContext
{
    QString currency; // money is typed in the plan's currency
    QDate firstDay;   // the plan year's first day; a date before it is none ("—")
};

// What reading a cell needs from the plan `document` holds now.
CellContext cellContext(const PlanDocument *document);

// Whether the field `key` of `kind` is an amount whose zero means "none" rather than nothing: a
// fixed quota or a region's fixed amount, where zero means "by weight". Such a cell shows empty.
bool zeroMeansNone(FieldKind kind, QStringView key);

// What the cell shows: the text trimmed of nothing, money as people read it (¥1.2亿; empty for a
// zero that means none), a rate as a
// percent with the decimal it has (62.5%), a number with the decimals it has, a date as
// 2027-03-01 ("—" for none), a choice by its translated name.
QVariant cellText(const ColumnSpec &spec, const QVariant &value);

// What a cell editor starts from: money as plain digits (empty for zero), a rate in percent, a
// choice by its name; other values as they are.
QVariant cellEditValue(const ColumnSpec &spec, const QVariant &value);

// The value typed, pasted or picked into a cell, as FieldOf::set takes it: text trimmed, money
// parsed in the plan's currency (1.2亿, 5千万, ¥1,200), a rate read in percent (45, "45 %",
// "４５％") and stored as a fraction, a whole number for a count (numbers read by cellNumberRule),
// a date from a QDate or 2027-03-01, 2027-03, 2027/3/1 or 2027年3月 (a month: its first day), a
// choice from its value, key or name. Nothing when the input cannot be read; the range is the
// field's to check.
std::optional<QVariant> cellInput(const ColumnSpec &spec, const QVariant &input,
                                  const CellContext &context);

// The rule a number typed or pasted into a rate, number or count cell is read by: the field's range
// (in percent for a rate) and the decimals its cell editor takes.
NumberRule cellNumberRule(const ColumnSpec &spec);

// Why `text`, typed or pasted into a cell of `spec`, cannot be read or is out of the field's range,
// in words ("\"abc\" is not an amount", "250% is out of range: 0% to 100%"); empty when it reads.
QString cellInputProblem(const ColumnSpec &spec, const QString &text, const CellContext &context);

// A value as a spreadsheet reads it when pasted: money as a plain number (1234567.50, so a column
// sums), a rate as 12.5%, a number or count without grouping, a date as 2027-03-01 (empty for
// none), a choice by its translated name, text as it is.
QString cellCopyText(const ColumnSpec &spec, const QVariant &value);

// A cell's own tooltip, shown before the column's hint: the full text of a text column without a
// hint (a narrow column cuts it short), every digit of money shown in 万 or 亿; empty otherwise.
QString cellToolTip(const ColumnSpec &spec, const QVariant &value, bool columnHasHint);

// A fraction as a percent with at most one decimal, and only when it has one: 60%, 62.5%.
QString percentText(double fraction);

// How dates are written in the tables: 2027-03-01, the same in every language.
QString cellDateFormat();
// What an unset date shows.
QString unsetDateText();

} // namespace salesplan::ui
