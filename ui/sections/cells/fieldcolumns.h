#pragma once

#include "fieldcells.h"
#include "language/language.h"
#include "plan/fields.h"
#include "sections/plantablemodel.h"

#include <initializer_list>

// The columns of a table built from its record's field table (plan/fields.h): the title is the
// field's label, the tooltip its hint, and how a cell shows, edits and checks its value follows
// from the field's kind and range (fieldcells.h) and the record's cross-field rule. An editor
// adds only what is its own: computed columns, another cell editor for a few columns.
namespace salesplan::ui {

template <typename Row> ColumnSpec columnSpecOf(const FieldOf<Row> &field)
{
    return {field.key.toString(), field.kind,    field.minimum,
            field.maximum,        field.choices, zeroMeansNone(field.kind, field.key)};
}

// The column of one field of `Row`. A value is set only when it can be read, is in the field's
// range, and keeps the record consistent (a KPI's yellow threshold not above its green one).
template <typename Row>
RowColumn<Row> fieldColumn(const FieldOf<Row> &field, const PlanDocument *document)
{
    const ColumnSpec spec = columnSpecOf(field);
    const bool hasHint = field.hint != nullptr;
    RowColumn<Row> column;
    column.title = field.labelText();
    column.toolTip = field.hintText();
    column.spec = spec;
    column.value = [field, spec](const Row &row) {
        return cellText(spec, field.get(row));
    };
    column.copyText = [field, spec](const Row &row) {
        return cellCopyText(spec, field.get(row));
    };
    column.otherTitles = textInEveryLanguage("Field", field.label);
    column.editValue = [field, spec](const Row &row) {
        return cellEditValue(spec, field.get(row));
    };
    column.cellToolTip = [field, spec, hasHint](const Row &row) {
        return cellToolTip(spec, field.get(row), hasHint);
    };
    column.setValue = [field, spec, document](Row &row, const QVariant &input) {
        const std::optional<QVariant> value = cellInput(spec, input, cellContext(document));
        if (!value || !field.accepts(*value))
            return false;
        field.set(row, *value);
        return fieldsOf<Row>().isConsistent(row);
    };
    return column;
}

// The columns of `Row`'s fields named by `keys`, in that order; all of them, in the field
// table's order, when `keys` is empty.
template <typename Row>
QList<RowColumn<Row>> fieldColumns(const PlanDocument *document,
                                   std::initializer_list<QStringView> keys = {})
{
    QList<RowColumn<Row>> columns;
    if (keys.size() == 0) {
        for (const FieldOf<Row> &field : fieldsOf<Row>().fields)
            columns.append(fieldColumn(field, document));
    }
    for (const QStringView key : keys) {
        if (const FieldOf<Row> *field = fieldsOf<Row>().find(key))
            columns.append(fieldColumn(*field, document));
    }
    return columns;
}

// Puts `column` right after the column whose key is `key` (at the end when there is none).
template <typename Row>
void insertColumnAfter(QList<RowColumn<Row>> &columns, QStringView key, RowColumn<Row> column)
{
    qsizetype at = columns.size();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).spec.key == key)
            at = i + 1;
    }
    columns.insert(at, std::move(column));
}

// A read-only column computed from the row (a share, a score), named `key` so that it can be
// found; `kind` says how it is aligned and sized.
template <typename Row>
RowColumn<Row> computedColumn(const QString &key, FieldKind kind, const QString &title,
                              std::function<QVariant(const Row &)> value,
                              const QString &toolTip = {})
{
    RowColumn<Row> column;
    column.title = title;
    column.value = std::move(value);
    column.toolTip = toolTip;
    column.spec.key = key;
    column.spec.kind = kind;
    return column;
}

} // namespace salesplan::ui
