#include "help/figurehelp.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QTableWidget>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

namespace salesplan::ui {

namespace {

struct FigureHelp
{
    Q_DECLARE_TR_FUNCTIONS(FigureHelp)
};

const char *const explainsFigures = "salesplan_explainsFigures";

// Opens the guide's page when a What's This link of a figure is clicked: asks the figure's window
// to show it, so that the window decides where the guide appears.
class GuideLinkFilter : public QObject
{
public:
    static GuideLinkFilter *instance()
    {
        static auto *filter = new GuideLinkFilter(QCoreApplication::instance());
        return filter;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::WhatsThisClicked)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        const QString href = static_cast<QWhatsThisClickedEvent *>(event)->href();
        if (!widget || !href.startsWith(QLatin1String("guide:")))
            return false;
        QMetaObject::invokeMethod(widget->window(), "showGuidePage",
                                  Q_ARG(QString, href.mid(int(qstrlen("guide:")))));
        return true;
    }

private:
    using QObject::QObject;
};

QString explanationHtml(const FigureExplanation &explanation)
{
    QString html = QStringLiteral("<p><b>%1</b><br>%2")
                       .arg(explanation.title.toHtmlEscaped(), explanation.formula.toHtmlEscaped());
    if (!explanation.worked.isEmpty())
        html += QStringLiteral("<br>") + explanation.worked.toHtmlEscaped();
    return html + QStringLiteral("</p>");
}

// Shows `text` at `where` in `area`; a click on its link goes to `owner`.
void showHelpAt(QWidget *area, const QPoint &where, const QString &text, QWidget *owner)
{
    if (!text.isEmpty())
        QWhatsThis::showText(area->mapToGlobal(where), text, owner);
}

} // namespace

QString figureHelpText(const QList<FigureExplanation> &explanations)
{
    QString html;
    for (const FigureExplanation &explanation : explanations)
        html += explanationHtml(explanation);
    if (!explanations.isEmpty())
        html += QStringLiteral("<p><a href=\"guide:%1\">%2</a></p>")
                    .arg(explanations.first().guidePage.toHtmlEscaped(),
                         FigureHelp::tr("More in the user guide").toHtmlEscaped());
    return html;
}

void setFigureHelp(QWidget *widget, const QList<FigureExplanation> &explanations)
{
    widget->setWhatsThis(figureHelpText(explanations));
    if (widget->property(explainsFigures).toBool())
        return;
    widget->setProperty(explainsFigures, true);
    widget->installEventFilter(GuideLinkFilter::instance());
    auto *how = new QAction(FigureHelp::tr("How is this computed?"), widget);
    how->setObjectName(QStringLiteral("howIsThisComputed"));
    QObject::connect(how, &QAction::triggered, widget, [widget] {
        showHelpAt(widget, widget->rect().center(), widget->whatsThis(), widget);
    });
    widget->addAction(how);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void setFigureHelp(QTableWidgetItem *item, const QList<FigureExplanation> &explanations)
{
    item->setWhatsThis(figureHelpText(explanations));
}

void explainFiguresIn(QAbstractItemView *view)
{
    view->installEventFilter(GuideLinkFilter::instance());
    view->viewport()->installEventFilter(GuideLinkFilter::instance());
    // Beside a copy and paste the view may have in its menu: a right-click makes the cell current.
    auto *how = new QAction(FigureHelp::tr("How is this computed?"), view);
    how->setObjectName(QStringLiteral("howIsThisComputed"));
    QObject::connect(how, &QAction::triggered, view, [view] {
        const QModelIndex current = view->currentIndex();
        showHelpAt(view->viewport(), view->visualRect(current).center(),
                   current.data(Qt::WhatsThisRole).toString(), view);
    });
    view->addAction(how);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace salesplan::ui
