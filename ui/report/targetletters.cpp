#include "targetletters.h"

#include "calc/quotas.h"
#include "executivesummary.h"
#include "language/language.h"
#include "pdftextrepair.h"
#include "plan/choices.h"
#include "plan/format.h"
#include "reportcharts.h"
#include "reportwriter.h"
#include "signoff.h"
#include "summary/kpitargets.h"
#include "summary/memberactivity.h"
#include "summary/plansummary.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace salesplan::ui {

namespace {

constexpr double marginMm = 18.0;

QString title(const Plan &plan)
{
    return TargetLetters::tr("Sales Target Letter %1").arg(plan.info.period.year);
}

// A KPI's target with its unit, unless the target already says it (a currency sign, a percent).
QString kpiTargetWithUnit(const Kpi &kpi, double target, const QString &currency)
{
    const QString unit = ExecutiveSummary::kpiUnit(kpi, currency);
    if (target > 0 && (unit == QStringLiteral("%") || unit == QStringLiteral("％")))
        return formatPercent(target / 100.0); // as the win rate beside it: "35.0%", not "35 %"
    const QString text = ExecutiveSummary::kpiTargetText(kpi, target, currency);
    if (unit.isEmpty() || unit == currency || text == QStringLiteral("—") || text.endsWith(unit))
        return text;
    return text + u' ' + unit;
}

// What one letter says, written onto a ReportWriter.
class Letter
{
public:
    Letter(const Plan &plan, const PlanSummary &summary, const TeamActivity &activity,
           ReportWriter &writer)
        : m_plan(plan)
        , m_summary(summary)
        , m_activity(activity)
        , m_w(writer)
    {}

    void write(int memberIndex)
    {
        const Member &member = m_plan.team.members.at(memberIndex);
        const HolderActivity &holder = m_activity.holders.at(memberIndex);
        m_w.centred(title(m_plan), 15, true);
        m_w.space(2);
        writeWho(member);
        writeQuota(holder);
        writeMonths(holder);
        writeActivity(holder);
        writeTerms();
        writeKpis();
        writeSignatures(member);
    }

private:
    QString money(qint64 minor) const { return formatPlanAmount(minor, m_plan.info.currency); }

    void writeWho(const Member &member)
    {
        const QString company = m_plan.info.company.trimmed();
        m_w.paragraph(
            company.isEmpty()
                ? TargetLetters::tr("This letter sets out the sales targets of %1 for the plan "
                                    "year %2, as the plan \"%3\" gives them.")
                      .arg(member.name, QString::number(m_plan.info.period.year), m_plan.info.name)
                : TargetLetters::tr("This letter sets out the sales targets of %1 at %2 for "
                                    "the plan year %3, as the plan \"%4\" gives them.")
                      .arg(member.name, company, QString::number(m_plan.info.period.year),
                           m_plan.info.name));
        m_w.table({{TargetLetters::tr("Name"), 1},
                   {TargetLetters::tr("Role"), 1},
                   {TargetLetters::tr("Region"), 1},
                   {TargetLetters::tr("Start date"), 1}},
                  {{member.name, member.role, member.region,
                    member.startDate.isValid()
                        ? formatDay(member.startDate)
                        : TargetLetters::tr("Before %1").arg(m_plan.info.period.year)}});
    }

    // The annual quota and its tiers in a line: each tier is the quota raised by the plan's
    // reserve, as the company's tiers are the target raised by it.
    void writeQuota(const HolderActivity &holder)
    {
        m_w.heading(TargetLetters::tr("Quota"), 2);
        const qint64 quota = holder.year.quota;
        const double stretch = m_plan.targets.stretchReserve;
        const double challenge = m_plan.targets.challengeReserve;
        const Result<qint64> stretchQuota = raisedBy(quota, stretch);
        const Result<qint64> challengeQuota = raisedBy(quota, challenge);
        m_w.paragraph(TargetLetters::tr("Annual quota %1; stretch (+%2) %3; challenge (+%4) %5.")
                          .arg(money(quota), formatPercent(stretch, 0),
                               stretchQuota ? money(*stretchQuota) : QString(),
                               formatPercent(challenge, 0),
                               challengeQuota ? money(*challengeQuota) : QString()));
    }

    // The quota by quarter, each quarter's three months beside it.
    void writeMonths(const HolderActivity &holder)
    {
        const QStringList months = formatMonthNames(m_plan.info.period, MonthForm::Short);
        QList<QStringList> rows;
        for (int q = 0; q < Period::quarterCount; ++q) {
            QStringList row{TargetLetters::tr("Q%1").arg(q + 1)};
            for (int m = 3 * q; m < 3 * q + 3; ++m)
                row.append(TargetLetters::tr("%1: %2", "a month and its quota")
                               .arg(months[m], money(holder.months[m].quota)));
            row.append(money(holder.quarters[q].quota));
            rows.append(row);
        }
        rows.append(
            {TargetLetters::tr("Year"), QString(), QString(), QString(), money(holder.year.quota)});
        m_w.table({{TargetLetters::tr("Quarter"), 0.7},
                   {TargetLetters::tr("First month"), 1.5, true},
                   {TargetLetters::tr("Second month"), 1.5, true},
                   {TargetLetters::tr("Third month"), 1.5, true},
                   {TargetLetters::tr("Quarter"), 1.2, true}},
                  rows, 1.0, LastRow::Total);
    }

    void writeActivity(const HolderActivity &holder)
    {
        m_w.heading(TargetLetters::tr("Activity targets"), 2);
        const ActivityCounts &year = holder.year;
        //: Labels and counts, so that no count needs a plural form.
        m_w.paragraph(TargetLetters::tr("The year — deals: %1; demos: %2; qualified leads: %3; "
                                        "leads: %4; calls: %5; working days: %6.")
                          .arg(formatCount(double(year.deals)), formatCount(double(year.proposals)),
                               formatCount(double(year.qualified)), formatCount(double(year.leads)),
                               formatCount(double(year.calls)), formatCount(year.workingDays)));
        for (const QString &line : smartTargets(holder, m_plan.info.currency))
            m_w.paragraph(QStringLiteral("• ") + line);
    }

    void writeTerms()
    {
        m_w.heading(TargetLetters::tr("Commission and KPIs"), 2);
        m_w.paragraph(TargetLetters::tr("Commission: %1 of revenue up to %3 of quota; %2 on "
                                        "revenue above %3 of quota.")
                          .arg(formatPercent(m_plan.team.commissionRate),
                               formatPercent(m_plan.team.acceleratorRate), formatPercent(1.0, 0)));
        if (const QString notes = m_plan.team.incentiveNotes.trimmed(); !notes.isEmpty())
            m_w.paragraph(notes);
    }

    // The plan's KPIs but revenue and qualified leads: a person's own revenue and leads are the
    // quota and the activity targets above; the rates and sizes apply to each person as they
    // are.
    void writeKpis()
    {
        QList<QStringList> rows;
        for (const Kpi &kpi : m_plan.metrics.kpis) {
            if (kpi.measures == KpiMeasure::Revenue || kpi.measures == KpiMeasure::QualifiedLeads)
                continue;
            rows.append(
                {kpi.name,
                 kpiTargetWithUnit(kpi, kpiTarget(kpi, m_plan, m_summary), m_plan.info.currency),
                 choiceName(kpi.frequency)});
        }
        if (rows.isEmpty())
            return;
        m_w.table({{TargetLetters::tr("KPI"), 2},
                   {TargetLetters::tr("Target"), 1, true},
                   {TargetLetters::tr("Reviewed"), 1}},
                  rows);
    }

    void writeSignatures(const Member &member)
    {
        m_w.space(2);
        const QStringList roles{TargetLetters::tr("Sales representative"),
                                TargetLetters::tr("Manager")};
        const QStringList names{member.name, QString()};
        m_w.drawing(2 * 11.0, [roles, names](QPainter &painter, const QRectF &area) {
            SignOff::drawRows(painter, area, roles, names, {});
        });
    }

    const Plan &m_plan;
    const PlanSummary &m_summary;
    const TeamActivity &m_activity;
    ReportWriter &m_w;
};

QList<int> allMembers(const Plan &plan)
{
    QList<int> indexes;
    for (int i = 0; i < plan.team.members.size(); ++i)
        indexes.append(i);
    return indexes;
}

void writeLetters(const Plan &plan, const PlanSummary &summary, const TeamActivity &activity,
                  const QList<int> &members, ReportWriter &writer)
{
    for (int k = 0; k < members.size(); ++k) {
        if (k > 0)
            writer.newPage();
        Letter(plan, summary, activity, writer).write(members[k]);
    }
    writer.finish();
}

// `letters` written as a PDF at `path` through a temporary file renamed into place.
Status writePdfFile(const Plan &plan, const QString &path, const LetterOptions &options,
                    const QList<int> &members)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, TargetLetters::tr("cannot be written: the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, TargetLetters::tr("cannot be written: %1").arg(file.errorString())};
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("SalesPlan"));
        writer.setTitle(title(plan));
        TargetLetters::setUpPage(&writer, options);
        const Result<int> rendered = TargetLetters(plan).render(&writer, options, members);
        if (!rendered) {
            file.cancelWriting();
            return Error{path, rendered.error().message()};
        }
    }
    const QByteArray bytes = repairPdfText(pdf.data());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, TargetLetters::tr("cannot be written: %1").arg(file.errorString())};
    return Success{};
}

// A member's name as part of a file name: without the characters file systems refuse.
QString fileNamePart(const QString &name)
{
    QString part = name.simplified();
    for (QChar &c : part) {
        if (QStringLiteral("\\/:*?\"<>|").contains(c))
            c = u'_';
    }
    return part;
}

} // namespace

TargetLetters::TargetLetters(const Plan &plan)
    : m_plan(plan)
{}

void TargetLetters::setUpPage(QPagedPaintDevice *device, const LetterOptions &options)
{
    device->setPageLayout(QPageLayout(QPageSize(options.page), QPageLayout::Portrait,
                                      QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                      QPageLayout::Millimeter));
}

Result<int> TargetLetters::render(QPagedPaintDevice *device, const LetterOptions &options,
                                  const QList<int> &memberIndexes) const
{
    if (m_plan.team.members.isEmpty())
        return Error{{}, tr("the plan has no team members to write letters to")};
    const ScopedLanguage language(options.language);
    const PlanSummary summary = summarizePlan(m_plan);
    const Result<TeamActivity> activity = planActivity(m_plan, summary);
    if (!activity)
        return Error{
            {},
            tr("the members' targets cannot be worked out: %1").arg(activity.error().message())};
    const QList<int> members = memberIndexes.isEmpty() ? allMembers(m_plan) : memberIndexes;
    QFont font = documentFont(Translators::current(), m_plan.info.language);
    font.setPointSizeF(9.5);
    const QString header = m_plan.info.name.isEmpty() ? title(m_plan) : m_plan.info.name;

    ReportWriter counter(device, nullptr, font, header, 0);
    writeLetters(m_plan, summary, *activity, members, counter);
    QPainter painter;
    if (!painter.begin(device))
        return Error{{}, tr("the letters cannot be drawn on this device")};
    ReportWriter writer(device, &painter, font, header, counter.pageCount());
    if (m_plan.info.status != PlanStatus::Approved)
        writer.setWatermark(tr("DRAFT"));
    writeLetters(m_plan, summary, *activity, members, writer);
    if (!painter.end())
        return Error{{}, tr("the letters could not be finished")};
    return writer.pageCount();
}

Status writeLettersPdf(const Plan &plan, const QString &path, const LetterOptions &options)
{
    return writePdfFile(plan, path, options, {});
}

QStringList letterPdfPaths(const Plan &plan, const QString &folder, const LetterOptions &options)
{
    QStringList paths;
    const QDir dir(folder);
    const ScopedLanguage language(options.language);
    for (int i = 0; i < plan.team.members.size(); ++i) {
        const QString name =
            TargetLetters::tr("%1 - %2.pdf", "the letter's title and the member's name")
                .arg(title(plan), fileNamePart(plan.team.members[i].name));
        QString path = dir.filePath(name);
        if (paths.contains(path, Qt::CaseInsensitive)) // the second of one name gets its number
            path = dir.filePath(QStringLiteral("%1 (%2).pdf").arg(name.chopped(4)).arg(i + 1));
        paths.append(path);
    }
    return paths;
}

Result<QStringList> writeLetterPdfs(const Plan &plan, const QString &folder,
                                    const LetterOptions &options)
{
    if (plan.team.members.isEmpty())
        return Error{folder, TargetLetters::tr("the plan has no team members to write letters to")};
    const QStringList paths = letterPdfPaths(plan, folder, options);
    for (int i = 0; i < paths.size(); ++i) {
        if (const Status status = writePdfFile(plan, paths[i], options, {i}); !status)
            return status.error();
    }
    return paths;
}

} // namespace salesplan::ui
