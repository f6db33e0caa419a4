#include "calc/seasonality.h"

namespace salesplan {
} // namespace salesplan
