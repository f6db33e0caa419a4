#pragma once

#include "plan/plan.h"
#include "plan/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// The industry templates a new plan can start from (B2B SaaS, manufacturing, retail, services):
// typical stages, conversion rates, funnel, KPIs, segments, seasonality and a small team, each
// written in English, Simplified and Traditional Chinese. They are JSON plans embedded at
// :/templates/KEY-LANGUAGE.json (resources/templates) with a "template" object beside "plan"
// that names and describes them; the command line and the wizard both use this module.
namespace salesplan {

// A template as a list shows it: its key ("saas"), its name and the line saying what it assumes.
struct PlanTemplate
{
    QString key;
    QString name;
    QString description;
};

// The templates' keys, in the order they are offered.
QStringList planTemplateKeys();
// The templates with their names and descriptions in the language closest to `language`
// ("zh_TW" and "zh_HK" → Traditional Chinese, other "zh…" → Simplified, else English).
QList<PlanTemplate> planTemplates(const QString &language);
// A new draft plan from the template `key` in the language closest to `language`, moved to the
// plan year `year` (movePlanToYear()). An unknown key is refused in words with the known keys.
Result<Plan> planFromTemplate(const QString &key, const QString &language, int year);
// Moves `plan` to the plan year `year`: the period, and with it the dated rows that belong to
// the plan year (starts of members and hires, the plan's own holidays and working days) and the
// year written in the plan's name.
void movePlanToYear(Plan &plan, int year);

} // namespace salesplan
