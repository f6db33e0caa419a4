#include "formparts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
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

QLabel *addFormRow(QFormLayout *form, const QString &labelText, QWidget *field,
                   QWidget *focusTarget, const QString &accessibleName)
{
    auto *label = new QLabel(labelText);
    label->setBuddy(focusTarget);
    focusTarget->setAccessibleName(accessibleName);
    form->addRow(label, field);
    return label;
}

QPlainTextEdit *multiLineEdit(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const QMargins margins = edit->contentsMargins();
    const int height = edit->fontMetrics().lineSpacing() * lines +
                       int(edit->document()->documentMargin() * 2) + margins.top() +
                       margins.bottom() + edit->frameWidth() * 2;
    edit->setFixedHeight(height);
    return edit;
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    return button;
}

} // namespace salesplan::ui
