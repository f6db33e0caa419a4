#include "calc/funnel.h"

namespace salesplan {
} // namespace salesplan
