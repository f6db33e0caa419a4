#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace salesplan::ui {

// The sign-off block at the end of the report's body: prepared, reviewed and approved by, each
// with a name and lines for the signature and the date. An approved plan's approver and date
// are filled in (plan/approval.h).
class SignOff
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::SignOff)
public:
    // How tall the block is, in millimetres.
    static constexpr double heightMm = 3 * 16.0;

    // Draws the block for the plan of `info` in `area` with the painter's font.
    static void draw(QPainter &painter, const QRectF &area, const PlanInfo &info);
    // Draws one row per role (its name and date filled in where given, lines for the rest) in
    // `area`, the rows sharing its height alike: the block above, or a letter's signatures.
    static void drawRows(QPainter &painter, const QRectF &area, const QStringList &roles,
                         const QStringList &names, const QStringList &dates);
};

} // namespace salesplan::ui
