#include "calc/workdays.h"

namespace salesplan {
} // namespace salesplan
