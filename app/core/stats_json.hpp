// The `crampdiary stats --json` object exactly as docs/rules.md documents it (keys in the documented order,
// dates as YYYY-MM-DD). One line with indent 0.
#pragma once

#include "rules.hpp"

#include <string>

namespace cramp {

std::string stats_json(const PeriodStats& s, int indent = 0);

}  // namespace cramp
