#include "calc/decompose.h"

namespace salesplan {
} // namespace salesplan
