// SPDX-License-Identifier: GPL-3.0-or-later
// The bedtime care record of a night (docs/rules.md, "Care records"): what the patient did before bed
// and what the day was like, and the personal comparison of nights with and without each item. Pure
// functions over records the caller loaded; no Qt, no SQL.
#pragma once

#include "rules.hpp"

#include <array>
#include <string_view>
#include <vector>

namespace cramp {

// In the order the stats JSON lists them: four things done before bed, then five of the day.
enum class CareItem { calf_stretch, foot_soak, legs_warm, fluids, hard_exercise, long_sitting, long_standing, sweating, cold_night };

template <> struct EnumNames<CareItem> {
    static constexpr std::string_view field = "factors";
    static constexpr std::array<std::string_view, 9> names{"calf_stretch",  "foot_soak",    "legs_warm",
                                                           "fluids",        "hard_exercise", "long_sitting",
                                                           "long_standing", "sweating",      "cold_night"};
};

// One night's care record; an empty set is a record too ("none of these").
struct NightFactors {
    Night night{};
    EnumSet<CareItem> items;
    friend bool operator==(const NightFactors&, const NightFactors&) = default;
};

// A comparison is shown only when each side has at least this many nights.
inline constexpr int kMinComparisonNights = 7;

// For one item, over the nights of a period that are recorded (a cramp or a cramp-free record) and
// have a care record: the nights with the item and their cramps, the nights without it and theirs.
struct FactorComparison {
    CareItem item = CareItem::calf_stretch;
    int nights_with = 0;
    int cramps_with = 0;
    int nights_without = 0;
    int cramps_without = 0;

    bool shown() const { return nights_with >= kMinComparisonNights && nights_without >= kMinComparisonNights; }
    double per_night_with() const { return nights_with ? double(cramps_with) / nights_with : 0; }
    double per_night_without() const { return nights_without ? double(cramps_without) / nights_without : 0; }
    friend bool operator==(const FactorComparison&, const FactorComparison&) = default;
};

// One entry per item, in CareItem's order. Records outside `period` are ignored.
std::array<FactorComparison, enum_count<CareItem>()> compare_factors(const std::vector<Episode>& episodes,
                                                                     const std::vector<Night>& cramp_free_nights,
                                                                     const std::vector<NightFactors>& care, Period period);

}  // namespace cramp
