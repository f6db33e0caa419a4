#include "check/initiativechecks.h"

#include "plan/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace salesplan {

namespace {

void add(QList<Finding> &findings, Severity severity, const QString &key, const QString &message)
{
    findings.append(
        Finding{severity, Section::Metrics, QStringLiteral("initiatives.") + key, message});
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool isOpen(const Initiative &initiative)
{
    return initiative.status == InitiativeStatus::Planned ||
           initiative.status == InitiativeStatus::InProgress;
}

bool outsideYear(const Period &period, const QDate &date)
{
    return date.isValid() && (date < period.firstDay() || date > period.lastDay());
}

void checkDates(const Plan &plan, const Initiative &initiative, QList<Finding> &findings)
{
    const Period &period = plan.info.period;
    if (initiative.start.isValid() && initiative.due.isValid() &&
        initiative.due < initiative.start) {
        add(findings, Severity::Error, QStringLiteral("due"),
            QCoreApplication::translate("Check", "The initiative \"%1\" is due on %2, before it "
                                                 "starts on %3.")
                .arg(initiative.name, dateText(initiative.due), dateText(initiative.start)));
    }
    if (outsideYear(period, initiative.start) || outsideYear(period, initiative.due)) {
        add(findings, Severity::Warning,
            outsideYear(period, initiative.start) ? QStringLiteral("start") : QStringLiteral("due"),
            QCoreApplication::translate("Check", "The initiative \"%1\" runs outside the plan "
                                                 "year (%2 to %3); move it into the year or "
                                                 "leave it to next year's plan.")
                .arg(initiative.name, dateText(period.firstDay()), dateText(period.lastDay())));
    }
}

void checkOwner(const Plan &plan, const Initiative &initiative, QList<Finding> &findings)
{
    const QString owner = initiative.owner.trimmed();
    if (owner.isEmpty()) {
        add(findings, Severity::Warning, QStringLiteral("owner"),
            QCoreApplication::translate("Check", "The initiative \"%1\" has no owner; name the "
                                                 "one person who answers for it.")
                .arg(initiative.name));
        return;
    }
    for (const Member &member : plan.team.members) {
        if (member.name.trimmed() == owner)
            return;
    }
    add(findings, Severity::Hint, QStringLiteral("owner"),
        QCoreApplication::translate("Check", "The owner of the initiative \"%1\", %2, is not on "
                                             "the team; fine for marketing or a partner, else "
                                             "check the name.")
            .arg(initiative.name, owner));
}

void checkSpend(const Initiative &initiative, QList<Finding> &findings)
{
    if (!isOverspent(initiative))
        return;
    add(findings, Severity::Warning, QStringLiteral("spent"),
        QCoreApplication::translate("Check", "The initiative \"%1\" has spent %2 of its budget "
                                             "of %3.")
            .arg(initiative.name, formatPlanAmount(initiative.spent),
                 formatPlanAmount(initiative.budget)));
}

const Initiative *initiativeOf(const Plan &plan, const Milestone &milestone)
{
    for (const Initiative &initiative : plan.initiatives) {
        if (int(initiative.id) == milestone.initiative)
            return &initiative;
    }
    return nullptr;
}

void addOverdueMilestones(const Plan &plan, const QDate &today, QList<Finding> &findings)
{
    for (const Milestone &milestone : plan.milestones) {
        const Initiative *initiative = initiativeOf(plan, milestone);
        if (!initiative || !isOverdue(milestone, *initiative, today))
            continue;
        // Keyed to the milestones' table, where a finding's jump lands on the date.
        findings.append(Finding{
            Severity::Warning, Section::Metrics, QStringLiteral("milestones.date"),
            QCoreApplication::translate("Check", "The milestone \"%1\" of the initiative \"%2\" "
                                                 "was due on %3 and is not done: mark it done or "
                                                 "move its date.")
                .arg(milestone.name, initiative->name, dateText(milestone.date))});
    }
}

} // namespace

bool isOverdue(const Initiative &initiative, const QDate &today)
{
    return isOpen(initiative) && initiative.due.isValid() && today.isValid() &&
           initiative.due < today;
}

bool isOverdue(const Milestone &milestone, const Initiative &initiative, const QDate &today)
{
    return isOpen(initiative) && !milestone.done && milestone.date.isValid() && today.isValid() &&
           milestone.date < today;
}

bool isOverspent(const Initiative &initiative)
{
    return initiative.spent.currency == initiative.budget.currency &&
           initiative.spent.minor > initiative.budget.minor;
}

void checkInitiatives(const Plan &plan, QList<Finding> &findings)
{
    for (const Initiative &initiative : plan.initiatives) {
        checkDates(plan, initiative, findings);
        checkOwner(plan, initiative, findings);
        checkSpend(initiative, findings);
    }
}

QList<Finding> overdueFindings(const Plan &plan, const QDate &today)
{
    QList<Finding> findings;
    for (const Initiative &initiative : plan.initiatives) {
        if (!isOverdue(initiative, today))
            continue;
        add(findings, Severity::Warning, QStringLiteral("due"),
            QCoreApplication::translate("Check", "The initiative \"%1\" of %2 was due on %3 and "
                                                 "is not done: finish it, move its date or drop "
                                                 "it.")
                .arg(initiative.name, initiative.owner, dateText(initiative.due)));
    }
    addOverdueMilestones(plan, today, findings);
    return findings;
}

void addOverdueFindings(QList<Finding> &findings, const Plan &plan, const QDate &today)
{
    findings.append(overdueFindings(plan, today));
    sortFindings(findings);
}

} // namespace salesplan
