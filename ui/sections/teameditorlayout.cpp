#include "teameditorlayout.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace salesplan::ui {

QVBoxLayout *sectionBlock(const QString &heading, QWidget *content, QWidget *buddy)
{
    auto *label = new QLabel(heading);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (buddy)
        label->setBuddy(buddy);
    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    headingRow->addWidget(label);
    headingRow->addStretch(1);
    auto *block = new QVBoxLayout;
    block->setSpacing(4);
    block->addLayout(headingRow);
    block->addWidget(content, 1); // a block taller than its content grows the content
    return block;
}

void focusTableColumn(QTableView *view, int column)
{
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
    if (view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
}

} // namespace salesplan::ui
