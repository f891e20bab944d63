// SPDX-License-Identifier: GPL-3.0-or-later
// Loads from a diary exactly the records the rules need for a period (the `stats` command, the Today
// screen, History's crossings, the report). Only the nights of needed_nights(period) are read, through
// the night index.
#pragma once

#include "care.hpp"
#include "diary.hpp"
#include "rules.hpp"
#include "stats_json.hpp"

#include <string_view>

namespace cramp {

DiaryRecords load_records(const Diary& diary, Period period);
// Every record of the nights `nights` (a caller that needs more than needed_nights).
DiaryRecords load_records_of(const Diary& diary, Period nights);

// The last night of the Today screen's period at `now` (rules.hpp, today_end_night).
Night today_end_night(const Diary& diary, Instant now, std::string_view zone);

// The diary's own settings, read once, and the rules over `period`.
PeriodStats diary_stats(const Diary& diary, Period period);

// The personal comparisons over `period` (care.hpp): `records` loaded for it as above, the care
// records of its nights read from the diary.
FactorComparisons diary_factors(const Diary& diary, const DiaryRecords& records, Period period);

}  // namespace cramp
