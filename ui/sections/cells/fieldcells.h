#pragma once

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
// parsed in the plan's currency, a rate read in percent (45, "45 %") and stored as a fraction, a
// whole number for a count, a date from a QDate or 2027-03-01, a choice from its value, key or
// name. Nothing when the input cannot be read; the range is the field's to check.
std::optional<QVariant> cellInput(const ColumnSpec &spec, const QVariant &input,
                                  const CellContext &context);

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
