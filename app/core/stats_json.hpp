// SPDX-License-Identifier: GPL-3.0-or-later
// The `crampdiary stats --json` object exactly as docs/rules.md documents it (keys in the documented order,
// dates as YYYY-MM-DD). One line with indent 0.
#pragma once

#include "care.hpp"
#include "rules.hpp"

#include <string>

namespace cramp {

// `factors`: the personal comparisons over the same period (compare_factors), one per care item.
using FactorComparisons = std::array<FactorComparison, enum_count<CareItem>()>;
std::string stats_json(const PeriodStats& s, const FactorComparisons& factors, int indent = 0);

}  // namespace cramp
