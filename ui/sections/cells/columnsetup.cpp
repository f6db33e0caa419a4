#include "columnsetup.h"

#include "choicedelegate.h"
#include "document/plandocument.h"
#include "fieldcells.h"
#include "sections/plantablemodel.h"
#include "tableparts.h"
#include "valuedelegates.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace salesplan::ui {

namespace {

QList<CellChoice> cellChoices(ChoiceList choices)
{
    QList<CellChoice> list;
    for (const ChoiceItem &item : choices)
        list.append({choiceName(choices, item.value), item.value});
    return list;
}

// The cell editor for a column of `spec`'s kind; null for text, which the view edits in a line.
QAbstractItemDelegate *delegateFor(const ColumnSpec &spec, PlanDocument *document, QObject *parent)
{
    switch (spec.kind) {
    case FieldKind::Rate:
    case FieldKind::Number:
    case FieldKind::Count: {
        const NumberRule rule = cellNumberRule(spec);
        return new NumberDelegate(rule.minimum, rule.maximum, rule.decimals, rule.percent, parent);
    }
    case FieldKind::Date:
        return new DateDelegate([document] { return document->plan().info.period.firstDay(); },
                                parent);
    case FieldKind::Month: // a month of history: any year
        return new DateDelegate([] { return QDate(1990, 1, 1); }, parent);
    case FieldKind::Choice: {
        const ChoiceList choices = spec.choices;
        return new ChoiceDelegate([choices] { return cellChoices(choices); }, /*editable=*/false,
                                  parent);
    }
    case FieldKind::Text:
    case FieldKind::Note:
    case FieldKind::Currency:
    case FieldKind::Money:
    case FieldKind::Flag:
        break;
    }
    return nullptr;
}

} // namespace

void setUpColumns(QTableView *view, PlanTableModel *model)
{
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        const ColumnSpec spec = model->columnSpec(column);
        if (QAbstractItemDelegate *delegate = delegateFor(spec, model->document(), view))
            view->setItemDelegateForColumn(column, delegate);
        header->setSectionResizeMode(column, spec.holdsText() ? QHeaderView::Stretch
                                                              : QHeaderView::ResizeToContents);
    }
}

void fitContentColumnsOnce(QTableView *view, PlanTableModel *model)
{
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!model->columnSpec(column).holdsText())
            columns.append(column);
    }
    fitColumnsToContents(view, columns);
}

} // namespace salesplan::ui
