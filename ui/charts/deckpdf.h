#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "summary/plansummary.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

// Writes a plan's deck as a PDF to hand out or show without SalesPlan: the title and headline
// slides, then the deck's charts (PresentationWindow::deckSlides), one 16:9 page a slide, charts
// as vectors, in Noto Sans and Noto Sans CJK like the report. Written through QSaveFile: on an
// error nothing reaches `path` and an old file stays whole. The texts are in the UI's language.
Status writeDeckPdf(const Plan &plan, const QString &path);
// The same with the plan's summary as the caller has it: the window's, or the command line's
// with a team plan's consolidation over its units (PlanSummary::team), which the plan alone
// cannot give.
Status writeDeckPdf(const Plan &plan, const PlanSummary &summary, const QString &path);

// Paints the deck on `device`, one page a slide (the device's page size is the caller's);
// returns the number of pages, or 0 when the device cannot be painted on.
int paintDeck(const Plan &plan, QPagedPaintDevice *device);

} // namespace salesplan::ui
