#include "calc/growth.h"

namespace salesplan {
} // namespace salesplan
