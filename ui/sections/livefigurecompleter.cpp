#include "livefigurecompleter.h"

#include "document/plandocument.h"
#include "summary/livefigures.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace salesplan::ui {

namespace {

constexpr int keyRole = Qt::UserRole + 1;

bool completerKey(int key)
{
    return key == Qt::Key_Enter || key == Qt::Key_Return || key == Qt::Key_Escape ||
           key == Qt::Key_Tab || key == Qt::Key_Backtab;
}

} // namespace

LiveFigureCompleter::LiveFigureCompleter(QPlainTextEdit *editor, PlanDocument *document)
    : QObject(editor)
    , m_editor(editor)
    , m_document(document)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(keyRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &LiveFigureCompleter::insertKey);
    connect(editor, &QPlainTextEdit::textChanged, this, &LiveFigureCompleter::textChanged);
    connect(document, &PlanDocument::changed, this, &LiveFigureCompleter::updatePreview);
    // The completer hands the list's keys straight to the editor, where Enter would start a new
    // line and Tab move on; a filter installed after the completer's sees them first.
    m_completer->popup()->installEventFilter(this);
    updatePreview();
}

bool LiveFigureCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_completer->popup() || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (!completerKey(key))
        return false;
    const QModelIndex chosen = m_completer->popup()->currentIndex();
    m_completer->popup()->hide();
    if (key != Qt::Key_Escape && key != Qt::Key_Backtab && chosen.isValid())
        insertKey(chosen.data(keyRole).toString());
    return true;
}

QString LiveFigureCompleter::typedKey() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(u'{');
    if (open < 0)
        return {};
    const QString key = before.mid(open + 1);
    if (key.contains(u'}') || key.contains(u' ') || key.contains(u'\t'))
        return {};
    return key.isNull() ? QStringLiteral("") : key;
}

void LiveFigureCompleter::textChanged()
{
    updatePreview();
    const QString key = typedKey();
    if (key.isNull() || !m_editor->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    if (!m_completer->popup()->isVisible())
        fillModel();
    m_completer->setCompletionPrefix(key);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect place = m_editor->cursorRect();
    place.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                   m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(place);
    // The first match is chosen, so Enter takes it.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void LiveFigureCompleter::fillModel()
{
    m_model->clear();
    for (const LiveFigure &figure : m_document->summary().liveFigures) {
        auto *item =
            new QStandardItem(tr("%1 — %2 · %3").arg(figure.key, figure.value, figure.description));
        item->setData(figure.key, keyRole);
        m_model->appendRow(item);
    }
}

void LiveFigureCompleter::insertKey(const QString &key)
{
    QTextCursor cursor = m_editor->textCursor();
    const qsizetype typed = typedKey().size();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed));
    cursor.insertText(key + u'}');
    m_editor->setTextCursor(cursor);
}

void LiveFigureCompleter::updatePreview()
{
    const QString text = m_editor->toPlainText();
    if (!text.contains(u'{')) {
        m_editor->setToolTip({});
        return;
    }
    m_editor->setToolTip(
        tr("As printed: %1").arg(fillLiveFigures(text, m_document->summary().liveFigures)));
}

} // namespace salesplan::ui
