#include "check/findings.h"

namespace salesplan {
} // namespace salesplan
