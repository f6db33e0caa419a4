#pragma once

#include "plan/plan.h"

namespace coretest {

// The sample plan resources/samples/`name` (e.g. "sample-zh_CN.json"), read as the app reads it;
// the test fails where it cannot be read.
salesplan::Plan samplePlan(const char *name);

} // namespace coretest
