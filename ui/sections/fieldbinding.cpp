#include "fieldbinding.h"

#include "document/plandocument.h"
#include "livefigurecompleter.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace salesplan::ui {

int mergeKeyFor(const QString &fieldKey)
{
    // Non-zero: zero means "never merge".
    return int(qHash(fieldKey) & 0x3fffffff) + 1;
}

void bindText(QLineEdit *editor, PlanDocument *document, const TextField &field)
{
    editor->setObjectName(field.key);
    editor->setText(field.read(document->plan()));
    QObject::connect(editor, &QLineEdit::textEdited, document,
                     [document, field](const QString &text) {
                         document->edit(
                             field.undoText, [&](Plan &plan) { field.write(plan, text); },
                             mergeKeyFor(field.key));
                     });
    QObject::connect(document, &PlanDocument::changed, editor, [editor, document, field] {
        const QString value = field.read(document->plan());
        if (editor->text() != value)
            editor->setText(value);
    });
}

void bindText(QPlainTextEdit *editor, PlanDocument *document, const TextField &field)
{
    editor->setObjectName(field.key);
    editor->setPlainText(field.read(document->plan()));
    QObject::connect(editor, &QPlainTextEdit::textChanged, document, [editor, document, field] {
        const QString text = editor->toPlainText();
        if (text == field.read(document->plan()))
            return; // the change came from the plan itself
        document->edit(
            field.undoText, [&](Plan &plan) { field.write(plan, text); }, mergeKeyFor(field.key));
    });
    QObject::connect(document, &PlanDocument::changed, editor, [editor, document, field] {
        const QString value = field.read(document->plan());
        if (editor->toPlainText() != value)
            editor->setPlainText(value);
    });
    // After the edit connection: the list reads the summary of the text with its `{` in it.
    new LiveFigureCompleter(editor, document);
}

} // namespace salesplan::ui
