#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QJsonObject>

// The two halves of the JSON plan format behind planjson.h: the "plan" object from a Plan and
// back. Only core/exchange includes this header.
namespace salesplan {

// The translation context of the JSON format's messages.
struct PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

QJsonObject writePlanObject(const Plan &plan);
// Reads the value of the top-level "plan" key; `path` is its name in error messages.
Result<Plan> readPlanObject(const QJsonObject &object, const QString &path);

} // namespace salesplan
