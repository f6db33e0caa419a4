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

void addLabelledRow(QFormLayout *form, const QString &labelText, QWidget *field,
                    QWidget *focusTarget, const QString &accessibleName)
{
    auto *label = new QLabel(labelText);
    label->setBuddy(focusTarget);
    focusTarget->setAccessibleName(accessibleName);
    form->addRow(label, field);
    // The style's spacing between a label and a composite field is loose; keep rows together.
    form->setVerticalSpacing(6);
}

QPlainTextEdit *plainTextField(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const QMargins margins = edit->contentsMargins();
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines +
                         int(edit->document()->documentMargin() * 2) + margins.top() +
                         margins.bottom() + edit->frameWidth() * 2);
    return edit;
}

void focusTableColumn(QTableView *view, int column)
{
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
    if (view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
}

} // namespace salesplan::ui
