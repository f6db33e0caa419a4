#pragma once

#include "plan/plan.h"

#include <QString>

#include <vector>

// The plan the UI benchmarks load: a ¥120,000,000 target over 9 regions and 4 product lines,
// `members` members (500 unless told) and 10,000 history rows.
salesplan::Plan largeBenchPlan(int members = 500);

// Writes largeBenchPlan() as a new plan file at `path`; exits the program with a message if it
// cannot, since a benchmark without its plan has nothing to measure.
void createLargePlanFile(const QString &path);

double median(std::vector<double> samples);
double maximum(const std::vector<double> &samples);
