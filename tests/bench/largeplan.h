#pragma once

#include "plan/plan.h"

// The plan the UI benchmarks load: a ¥120,000,000 target over 9 regions and 4 product lines,
// 500 members and 10,000 history rows.
salesplan::Plan largeBenchPlan();
