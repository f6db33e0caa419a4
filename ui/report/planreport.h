#pragma once

#include "plan/plan.h"
#include "plan/result.h"
#include "team/consolidation.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

struct PaintedNavigation;

// What to put in a report and how: page size, language, sections, and a progress callback.
struct ReportOptions
{
    QPageSize::PageSizeId page = QPageSize::A4;
    // The language of the report's own texts (headings, labels, section titles): "en", "zh_CN"
    // or "zh_TW". Empty means the language the UI speaks now.
    QString language;
    // The plan sections to include; they come in plan order whatever the order here. The cover,
    // the executive summary, the contents, the sign-off and the appendix of details (about
    // these sections) always come.
    QList<Section> sections = {Section::Mission,  Section::Targets, Section::Team,
                               Section::Segments, Section::Stages,  Section::Tools,
                               Section::Metrics};
    // Whether the appendix lists the open findings about these sections as "Open points".
    bool includeOpenPoints = false;
    // A line such as "Confidential — for the leadership team only", printed on the cover and in
    // every page's footer; none when empty.
    QString confidentiality;
    // The month of the plan year (0–11) whose execution review the report carries after the plan
    // sections (see ReviewSection); none: no such section.
    std::optional<int> reviewMonth;
    // A team plan's consolidation over its units (core/team/linkedunits.h), which the report
    // carries as "Team consolidation" after the plan sections; none for the plan of one team.
    std::optional<Consolidation> teamConsolidation;
    // Called after each page is painted with the pages done and the page count; returning false
    // cancels the report (render() then returns reportCancelled()).
    std::function<bool(int pagesDone, int pageCount)> progress;
};

// The error render() and writePdf() return when the progress callback cancelled the report.
Error reportCancelled();

// The plan as a printed report: a cover, a one-page executive summary, the contents with page
// numbers, the chosen sections one after another with their texts and tables, the targets by
// quarter and month, the region and product splits, the funnel and capacity, the risks as a heat
// map, charts drawn as vectors, a sign-off block, and an appendix with the long tables (members,
// quotas, stages, tools) and, when asked, the open findings; every page with the plan's name and
// "page X of Y", and a DRAFT watermark while the plan is a draft; and, when asked, a
// confidentiality line on the cover and in every footer.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::PlanReport)
public:
    explicit PlanReport(const Plan &plan);

    // Paints the report onto `device` (a QPdfWriter or a QPrinter), whose page layout the caller
    // has set, in the options' language and with their sections. Lays the report out once to
    // count the pages and find where each section lands, then paints it. Returns the number of
    // pages, reportCancelled() when the progress callback said stop, or an error in words.
    // When `navigation` is given, it receives where the headings and the links were painted.
    Result<int> render(QPagedPaintDevice *device, const ReportOptions &options = {},
                       PaintedNavigation *navigation = nullptr) const;

    // Sets the page size and printable margins on `device`.
    static void setUpPage(QPagedPaintDevice *device, const ReportOptions &options);

private:
    struct Painted
    {
        int pages = 0;
        enum { Done, NoDevice, Unfinished, Cancelled } outcome = Done;
    };
    Painted paint(QPagedPaintDevice *device, const ReportOptions &options,
                  PaintedNavigation *navigation) const;

    const Plan &m_plan;
};

// Writes the plan's report as a PDF to `path` through a temporary file renamed into place, so a
// failed export never leaves a half-written file. Needs a QGuiApplication.
Status writePdf(const Plan &plan, const QString &path, const ReportOptions &options = {});

} // namespace salesplan::ui
