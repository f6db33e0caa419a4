#pragma once

#include "exchange/planjson.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>

// What the UI tests share: QString in Catch's messages, and the sample plans as plans.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace uitest {

// The sample plan `name` (e.g. "sample-zh_CN.json") from resources/samples.
inline salesplan::Plan sample(const char *name)
{
    QFile file(QStringLiteral(SALESPLAN_TEST_DATA "/../../resources/samples/") +
               QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const salesplan::Result<salesplan::Plan> plan = salesplan::planFromJson(file.readAll());
    REQUIRE(plan);
    return *plan;
}

} // namespace uitest
