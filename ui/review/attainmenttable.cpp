#include "attainmenttable.h"

#include "sections/cells/tableclipboard.h"

#include <QHeaderView>
#include <QTableWidget>

namespace salesplan::ui {

QTableWidget *makeReviewTable(const QString &objectName, const QString &accessibleName,
                              const QStringList &columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(columns.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows (fitTableHeight): the page scrolls, not each table.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new TableClipboard(table);
    return table;
}

PlanChanges reviewParts()
{
    return ~PlanChanges(PlanPart::Mission | PlanPart::Tools | PlanPart::Deck);
}

void fitTableHeight(QTableWidget *table)
{
    // A header sizes its columns to the cells it had when last laid out, not on new cells:
    // setting each column's mode again has it measure them anew.
    QHeaderView *columns = table->horizontalHeader();
    for (int column = 0; column < columns->count(); ++column)
        columns->setSectionResizeMode(column, columns->sectionResizeMode(column));
    table->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->verticalHeader()->length() + 2 * table->frameWidth());
}

} // namespace salesplan::ui
