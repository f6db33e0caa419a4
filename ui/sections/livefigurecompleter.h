#pragma once

#include <QObject>

class QCompleter;
class QPlainTextEdit;
class QStandardItemModel;

namespace salesplan::ui {

class PlanDocument;

// Offers the plan's live figures (core/summary/livefigures.h) in a text editor: typing `{` opens
// a list of the placeholders with their figures ("growth — 20% · Growth on last year") that
// narrows as the key is typed; Enter, Tab or a click puts the whole placeholder in, Esc closes
// the list. The editor's tooltip previews the text as the report will print it.
class LiveFigureCompleter : public QObject
{
    Q_OBJECT
public:
    LiveFigureCompleter(QPlainTextEdit *editor, PlanDocument *document);

    // The list of placeholders, for tests.
    QCompleter *completer() const { return m_completer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged();
    void insertKey(const QString &key);
    void fillModel();
    void updatePreview();
    // The key typed so far after an open `{` before the cursor; null when there is none.
    QString typedKey() const;

    QPlainTextEdit *m_editor;
    PlanDocument *m_document;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace salesplan::ui
