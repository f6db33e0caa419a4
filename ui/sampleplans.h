#pragma once

#include "plan/result.h"

#include <QString>

namespace salesplan::ui {

// The sample plans shipped with SalesPlan, and the user's own copy of one to explore.
// The copy lives in the user's data folder (QStandardPaths::AppDataLocation); it is made once
// from the sample's JSON and then opened like any plan, so exploring never changes the sample.
Result<QString> sampleCopy(const QString &language);
// The resource path of the sample plan in `language` ("zh_CN", "zh_TW" → Chinese; else English).
QString sampleResource(const QString &language);

} // namespace salesplan::ui
