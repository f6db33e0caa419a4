#include "figurefield.h"

#include "document/plandocument.h"
#include "severitystyle.h"

#include <QFocusEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>

namespace salesplan::ui {

namespace {

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

FigureField::FigureField(PlanDocument *document, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_key(key)
    , m_edit(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_pause(new QTimer(this))
    , m_layout(new QGridLayout(this))
{
    setObjectName(key + QStringLiteral("Field"));
    setFocusProxy(m_edit);
    m_edit->setObjectName(key);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->installEventFilter(this);
    m_unit->hide();
    m_problem->setObjectName(key + QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showInSeverityColor(m_problem, Severity::Error);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_edit, 0, 0);
    m_layout->addWidget(m_unit, 0, 1);
    m_layout->addWidget(m_problem, 0, 2);
    m_layout->setColumnStretch(2, 1);
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] { commit(); });
    connect(m_edit, &QLineEdit::textEdited, this, &FigureField::onEdited);
    connect(document, &PlanDocument::changed, this, &FigureField::onPlanChanged);
}

QString FigureField::problem() const
{
    return m_problem->text();
}

void FigureField::placeProblemBelow()
{
    m_layout->removeWidget(m_problem);
    m_layout->addWidget(m_problem, 1, 0, 1, 3);
    m_layout->setColumnStretch(2, 0);
    m_problemBelow = true;
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void FigureField::setUnit(const QString &unit)
{
    m_unit->setText(unit);
    m_unit->setVisible(!unit.isEmpty());
}

void FigureField::showPlanValue()
{
    m_edit->setText(planText(m_edit->hasFocus()));
}

void FigureField::showEvent(QShowEvent *event)
{
    const QString placeholder = m_edit->placeholderText();
    if (!placeholder.isEmpty()) {
        // The text's room inside the frame: the style's frame and the line edit's margins.
        const int frame = 2 * m_edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 12;
        const int wanted = m_edit->fontMetrics().horizontalAdvance(placeholder) + frame;
        m_edit->setMinimumWidth(qMin(qMax(m_edit->minimumWidth(), wanted), m_edit->maximumWidth()));
    }
    QWidget::showEvent(event);
}

bool FigureField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        if (!m_typing)
            m_edit->setText(planText(true)); // before the line edit selects all on Tab
        break;
    case QEvent::FocusOut:
        onFocusOut(static_cast<QFocusEvent *>(event)->reason());
        break;
    case QEvent::ShortcutOverride:
        // Esc belongs to the field while it has something to put back, not to a dialog.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
            (m_typing || !problem().isEmpty())) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEnter(key)) {
            // Enter finishes the field and goes no further: not to a dialog's default button.
            if (commit())
                showPlanValue();
            return true;
        }
        if (key->key() == Qt::Key_Escape && putBack())
            return true;
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FigureField::onEdited(const QString &text)
{
    m_typing = true;
    const QString why = problemWith(text);
    showProblem(why);
    if (why.isEmpty())
        m_pause->start();
    else
        m_pause->stop();
}

void FigureField::onPlanChanged()
{
    if (m_typing)
        return; // the person's unfinished text wins until they finish or put it back
    if (m_edit->hasFocus() && meansPlanValue(m_edit->text()))
        return; // "1.2亿" stays as typed
    showPlanValue();
}

void FigureField::onFocusOut(Qt::FocusReason reason)
{
    if (reason == Qt::PopupFocusReason)
        return; // a context menu over the field: still being edited
    if (reason == Qt::ActiveWindowFocusReason) {
        // Another window came to the front; the field keeps its text for when it comes back.
        if (m_typing && problemWith(m_edit->text()).isEmpty())
            commit();
        return;
    }
    if (m_typing && !commit()) {
        m_typing = false;
        showProblem(tr("Not taken: %1").arg(problemWith(m_edit->text())));
    }
    m_edit->setText(planText(false));
}

bool FigureField::commit()
{
    m_pause->stop();
    if (!m_typing)
        return true;
    const QString text = m_edit->text();
    const QString why = problemWith(text);
    if (!why.isEmpty()) {
        showProblem(why);
        return false;
    }
    m_typing = false;
    if (!write(text))
        showPlanValue(); // the file refused it; the document says why
    return true;
}

bool FigureField::putBack()
{
    if (!m_typing && problem().isEmpty())
        return false;
    m_pause->stop();
    m_typing = false;
    showProblem({});
    showPlanValue();
    return true;
}

void FigureField::showProblem(const QString &text)
{
    m_problem->setText(text);
    if (m_problemBelow) // takes room only with a reason
        m_problem->setVisible(!text.isEmpty());
}

} // namespace salesplan::ui
