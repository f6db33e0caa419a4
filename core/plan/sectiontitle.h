#pragma once

#include "plan/plan.h"

#include <QString>

namespace salesplan {

// The section's name as people read it, translated: "Mission & positioning". The editors, the
// navigator, the wizard and the report all title a section with it.
QString sectionTitle(Section section);

} // namespace salesplan
