#include "sampleplans.h"

#include "exchange/planjson.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace coretest {

salesplan::Plan samplePlan(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    salesplan::Result<salesplan::Plan> plan = salesplan::planFromJson(file.readAll());
    REQUIRE(plan);
    return *plan;
}

} // namespace coretest
