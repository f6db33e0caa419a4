#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace salesplan::ui {

struct LetterOptions
{
    QPageSize::PageSizeId page = QPageSize::A4;
    // "en", "zh_CN" or "zh_TW"; empty = the language the UI speaks now.
    QString language;
};

// Target letters (目标责任书): for each member of the team one page that hands them their own
// targets — name, role, region and start date, the annual quota and its stretch and challenge
// tiers, the quota by quarter and month, the activity targets as SMART sentences, the commission
// and accelerator terms, the plan's KPIs that a person works to, and lines for the rep's and the
// manager's signatures and the date. Figures come from the plan's summary, so a letter says
// what the Team ▸ Targets view and `summary --json` say. Planned hires get no letter: no one
// has been hired to sign it.
class TargetLetters
{
    Q_DECLARE_TR_FUNCTIONS(salesplan::ui::TargetLetters)
public:
    explicit TargetLetters(const Plan &plan);

    // Paints the letters of the members at `memberIndexes` (all members when empty), a page each,
    // onto `device`, whose page layout setUpPage() has set. Returns the pages painted.
    Result<int> render(QPagedPaintDevice *device, const LetterOptions &options,
                       const QList<int> &memberIndexes = {}) const;

    static void setUpPage(QPagedPaintDevice *device, const LetterOptions &options);

private:
    const Plan &m_plan;
};

// Writes every member's letter into one PDF at `path`, a page each, through a temporary file
// renamed into place. Refused when the plan has no members. Needs a QGuiApplication.
Status writeLettersPdf(const Plan &plan, const QString &path, const LetterOptions &options = {});
// Writes one PDF per member into the folder `folder` (which must exist), named after the
// title and the member ("Sales Target Letter 2027 - Li Na.pdf"); returns the paths written.
Result<QStringList> writeLetterPdfs(const Plan &plan, const QString &folder,
                                    const LetterOptions &options = {});
// The paths writeLetterPdfs() writes, one per member in order: two members whose names differ
// only in case (one file on Windows and macOS) get numbers, as two of one name do.
QStringList letterPdfPaths(const Plan &plan, const QString &folder,
                           const LetterOptions &options = {});

} // namespace salesplan::ui
