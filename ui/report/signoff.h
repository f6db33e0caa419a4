#pragma once

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace salesplan::ui {

// The sign-off block at the end of the report's body: prepared, reviewed and approved by, each
// with a name and lines for the signature and the date.
class SignOff
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::SignOff)
public:
    // How tall the block is, in millimetres.
    static constexpr double heightMm = 3 * 16.0;

    // Draws the block in `area` with the painter's font; `author` is the plan's author.
    static void draw(QPainter &painter, const QRectF &area, const QString &author);
};

} // namespace salesplan::ui
