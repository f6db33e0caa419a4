#pragma once

#include "check/findings.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QListWidgetItem;

// The navigator's status mark of a section, from the plan's findings: complete (a green tick in a
// circle), has warnings (an amber exclamation mark in a triangle) or has errors (a red cross in a
// square) — three shapes, so colour is never the only signal — on the section's icon, and in
// words in the item's tooltip and accessible description ("2 errors, 1 warning").
namespace salesplan::ui {

enum class SectionMark { None, Complete, Warnings, Errors };

struct SectionMarks
{
    Q_DECLARE_TR_FUNCTIONS(SectionMarks)
public:
    // The mark of `section`: errors over warnings over complete; hints do not count.
    static SectionMark markOf(const QList<Finding> &findings, Section section);
    // "Complete", or the section's errors and warnings counted: "2 errors, 1 warning".
    static QString describe(const QList<Finding> &findings, Section section);
    // `icon` with `mark` in its lower right corner; `icon` itself for SectionMark::None.
    static QIcon markedIcon(const QIcon &icon, SectionMark mark);
    // Shows the mark of `section` on the navigator's `item` named `name`: icon, tooltip and
    // accessible text. Without findings (no plan open) the item shows the bare icon.
    static void show(QListWidgetItem *item, const QString &name, const QIcon &icon,
                     const QList<Finding> *findings, Section section);
};

} // namespace salesplan::ui
