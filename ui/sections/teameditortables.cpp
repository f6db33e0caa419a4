#include "teameditortables.h"

#include "cells/fieldcolumns.h"
#include "document/plandocument.h"
#include "summary/plansummary.h"

namespace salesplan::ui {

namespace {

double quotaWeightSum(const Plan &plan)
{
    double total = 0.0;
    for (const Member &member : plan.team.members)
        total += member.quotaShare;
    return total;
}

// "Fixed" for a member with a fixed quota; else "Share 18.5 %", the member's part of all the
// quotas assigned ("Share" alone while the quotas cannot be worked out).
QString quotaBasisText(const PlanDocument *document, const Member &member)
{
    if (member.quotaAmount.minor > 0)
        return TeamTables::tr("Fixed");
    const Plan &plan = document->plan();
    const Result<QuotaSplit> &quotas = document->summary().quotas;
    qsizetype row = -1;
    for (qsizetype i = 0; i < plan.team.members.size() && row < 0; ++i)
        row = plan.team.members.at(i).id == member.id ? i : -1;
    if (!quotas || row < 0 || row >= quotas->holders.size() || quotas->assigned <= 0)
        return TeamTables::tr("Share");
    const double share = double(quotas->holders.at(row).annual) / double(quotas->assigned);
    return TeamTables::tr("Share %1").arg(percentText(share));
}

} // namespace

QStringList memberRegions(const Plan &plan)
{
    QStringList regions;
    for (const Member &member : plan.team.members) {
        if (!member.region.trimmed().isEmpty() && !regions.contains(member.region.trimmed()))
            regions.append(member.region.trimmed());
    }
    return regions;
}

RowTableModel<Role> *TeamTables::roles(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Role>(
        document, Section::Team, [](const Plan &p) -> const QList<Role> & { return p.team.roles; },
        [](Plan &p) -> QList<Role> & { return p.team.roles; }, fieldColumns<Role>(document),
        [document](RowIdSource &ids) {
            return Role{ids.take(), {}, {}, {}, Money{0, document->plan().info.currency}};
        },
        parent);
}

RowTableModel<Member> *TeamTables::members(PlanDocument *document, QObject *parent)
{
    QList<RowColumn<Member>> columns = fieldColumns<Member>(document);
    insertColumnAfter(columns, u"quotaAmount",
                      computedColumn<Member>(
                          QStringLiteral("shareOfTarget"), FieldKind::Rate, tr("Quota basis"),
                          [document](const Member &member) -> QVariant {
                              return quotaBasisText(document, member);
                          },
                          tr("Fixed: the member's fixed annual quota. Share: "
                             "a part of what the fixed quotas leave of the "
                             "region's target, by quota weight, with the "
                             "member's part of all quotas.")));
    auto makeMember = [document](RowIdSource &ids) {
        // A newcomer gets the average weight, so adding one does not swamp the others' shares.
        const QList<Member> &team = document->plan().team.members;
        const double total = quotaWeightSum(document->plan());
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
    auto makeHire = [document](RowIdSource &ids) {
        Hire hire;
        hire.id = ids.take();
        hire.startDate = document->plan().info.period.firstDay();
        return hire;
    };
    return new RowTableModel<Hire>(
        document, Section::Team, [](const Plan &p) -> const QList<Hire> & { return p.team.hiring; },
        [](Plan &p) -> QList<Hire> & { return p.team.hiring; }, fieldColumns<Hire>(document),
        std::move(makeHire), parent);
}

RowTableModel<BudgetLine> *TeamTables::budgetLines(PlanDocument *document, QObject *parent)
{
    auto makeLine = [document](RowIdSource &ids) {
        BudgetLine line;
        line.id = ids.take();
        line.monthlyAmount = Money{0, document->plan().info.currency};
        return line;
    };
    return new RowTableModel<BudgetLine>(
        document, Section::Team,
        [](const Plan &p) -> const QList<BudgetLine> & { return p.team.budgetLines; },
        [](Plan &p) -> QList<BudgetLine> & { return p.team.budgetLines; },
        fieldColumns<BudgetLine>(document), std::move(makeLine), parent);
}

} // namespace salesplan::ui
