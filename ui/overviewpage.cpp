#include "overviewpage.h"
