#include "help/guidelink.h"

#include <QLabel>

namespace salesplan::ui {

QLabel *guideLink(const QString &name, const QString &page, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<a href=\"guide:%1\">%2</a>")
                                 .arg(page.toHtmlEscaped(), text.toHtmlEscaped()),
                             parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setAccessibleName(text);
    QObject::connect(label, &QLabel::linkActivated, label, [label](const QString &link) {
        QMetaObject::invokeMethod(label->window(), "showGuidePage",
                                  Q_ARG(QString, link.mid(int(qstrlen("guide:")))));
    });
    return label;
}

} // namespace salesplan::ui
