#include "teameditortables.h"

#include "document/plandocument.h"

#include <cmath>
#include <optional>

namespace salesplan::ui {

namespace {

QString textOf(const QVariant &value)
{
    return value.toString().trimmed();
}

// A whole number in [minimum, maximum], or nothing for anything else.
std::optional<int> wholeNumber(const QVariant &value, int minimum, int maximum)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number != std::floor(number) || number < minimum || number > maximum)
        return std::nullopt;
    return int(number);
}

} // namespace

QDate planStartDate(const QVariant &value, const Plan &plan)
{
    QDate date = value.toDate();
    if (value.metaType().id() == QMetaType::QString)
        date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    if (!date.isValid() || date < plan.info.period.firstDay())
        return {};
    return date;
}

QStringList memberRegions(const Plan &plan)
{
    QStringList regions;
    for (const Member &member : plan.team.members) {
        if (!member.region.trimmed().isEmpty() && !regions.contains(member.region.trimmed()))
            regions.append(member.region.trimmed());
    }
    return regions;
}

QString TeamTables::memberStartTip()
{
    return tr("The first working day in the team. \u201c\u2014\u201d: on the team before the plan "
              "year (step below the first day of the plan year to set it).");
}

QString TeamTables::hireStartTip()
{
    return tr("When the new hires are to start. \u201c\u2014\u201d: not decided yet.");
}

RowTableModel<Role> *TeamTables::roles(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Role>> columns{
        {tr("Role"), [](const Role &r) -> QVariant { return r.name; },
         [](Role &r, const QVariant &v) {
             r.name = textOf(v);
             return true;
         },
         tr("The role's name as the team uses it, e.g. account manager.")},
        {tr("Responsibilities"), [](const Role &r) -> QVariant { return r.responsibilities; },
         [](Role &r, const QVariant &v) {
             r.responsibilities = textOf(v);
             return true;
         },
         tr("What this role owns: accounts, stages of the sale, people it leads.")},
        {tr("Skills needed"), [](const Role &r) -> QVariant { return r.skills; },
         [](Role &r, const QVariant &v) {
             r.skills = textOf(v);
             return true;
         },
         tr("The expertise the role needs to get results.")},
    };
    return new RowTableModel<Role>(
        document, Section::Team, [](const Plan &p) -> const QList<Role> & { return p.team.roles; },
        [](Plan &p) -> QList<Role> & { return p.team.roles; }, std::move(columns),
        [](RowIdSource &ids) {
            return Role{ids.take(), {}, {}, {}};
        },
        parent);
}

RowTableModel<Member> *TeamTables::members(PlanDocument *document, QObject *parent)
{
    auto shareOf = [document](const Member &m) -> QVariant {
        double total = 0.0;
        for (const Member &member : document->plan().team.members)
            total += member.quotaShare;
        return total > 0.0 ? m.quotaShare / total : 0.0;
    };
    QList<RowColumn<Member>> columns{
        {tr("Name"), [](const Member &m) -> QVariant { return m.name; },
         [](Member &m, const QVariant &v) {
             m.name = textOf(v);
             return true;
         }},
        {tr("Role"), [](const Member &m) -> QVariant { return m.role; },
         [](Member &m, const QVariant &v) {
             m.role = textOf(v);
             return true;
         },
         tr("Pick one of the roles above or type another.")},
        {tr("Region"), [](const Member &m) -> QVariant { return m.region; },
         [](Member &m, const QVariant &v) {
             m.region = textOf(v);
             return true;
         },
         tr("One of the plan's regions (set in Targets).")},
        {tr("Quota weight"), [](const Member &m) -> QVariant { return m.quotaShare; },
         [](Member &m, const QVariant &v) {
             bool ok = false;
             const double weight = v.toDouble(&ok);
             if (!ok || weight < 0.0)
                 return false;
             m.quotaShare = weight;
             return true;
         },
         tr("A weight of zero or more: a member's part of the target is their weight divided by "
            "the sum of all weights.")},
        {tr("Share of target"),
         shareOf,
         {},
         tr("This member's weight divided by the sum of all weights.")},
        {tr("Start date"), [](const Member &m) -> QVariant { return m.startDate; },
         [document](Member &m, const QVariant &v) {
             m.startDate = planStartDate(v, document->plan());
             return true;
         },
         memberStartTip()},
        {tr("Ramp (months)"), [](const Member &m) -> QVariant { return m.rampMonths; },
         [](Member &m, const QVariant &v) {
             const std::optional<int> months = wholeNumber(v, 0, 24);
             if (!months)
                 return false;
             m.rampMonths = *months;
             return true;
         },
         tr("Months from the start date to full productivity, 0 to 24.")},
    };
    auto makeMember = [document](RowIdSource &ids) {
        // A newcomer gets the average weight, so adding one does not swamp the others' shares.
        const QList<Member> &team = document->plan().team.members;
        double total = 0.0;
        for (const Member &member : team)
            total += member.quotaShare;
        Member member;
        member.id = ids.take();
        member.quotaShare = team.isEmpty() || total <= 0.0 ? 1.0 : total / double(team.size());
        return member;
    };
    return new RowTableModel<Member>(
        document, Section::Team,
        [](const Plan &p) -> const QList<Member> & { return p.team.members; },
        [](Plan &p) -> QList<Member> & { return p.team.members; }, std::move(columns),
        std::move(makeMember), parent);
}

RowTableModel<Hire> *TeamTables::hiring(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Hire>> columns{
        {tr("Role"), [](const Hire &h) -> QVariant { return h.role; },
         [](Hire &h, const QVariant &v) {
             h.role = textOf(v);
             return true;
         },
         tr("Pick one of the roles above or type another.")},
        {tr("Region"), [](const Hire &h) -> QVariant { return h.region; },
         [](Hire &h, const QVariant &v) {
             h.region = textOf(v);
             return true;
         },
         tr("One of the plan's regions (set in Targets).")},
        {tr("Count"), [](const Hire &h) -> QVariant { return h.count; },
         [](Hire &h, const QVariant &v) {
             const std::optional<int> count = wholeNumber(v, 1, 999);
             if (!count)
                 return false;
             h.count = *count;
             return true;
         },
         tr("How many people to hire, 1 to 999.")},
        {tr("Start date"), [](const Hire &h) -> QVariant { return h.startDate; },
         [document](Hire &h, const QVariant &v) {
             h.startDate = planStartDate(v, document->plan());
             return true;
         },
         hireStartTip()},
    };
    auto makeHire = [document](RowIdSource &ids) {
        Hire hire;
        hire.id = ids.take();
        hire.startDate = document->plan().info.period.firstDay();
        return hire;
    };
    return new RowTableModel<Hire>(
        document, Section::Team, [](const Plan &p) -> const QList<Hire> & { return p.team.hiring; },
        [](Plan &p) -> QList<Hire> & { return p.team.hiring; }, std::move(columns),
        std::move(makeHire), parent);
}

} // namespace salesplan::ui
