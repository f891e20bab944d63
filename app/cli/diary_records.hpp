// Loads from a diary exactly the records the rules need for a period (the `stats` command, the Today
// screen, the report). Only the nights of needed_nights(period) are read, through the night index.
#pragma once

#include "diary.hpp"
#include "night.hpp"
#include "rules.hpp"

#include <string_view>

namespace cramp {

inline DiaryRecords load_records(const Diary& diary, Period period) {
    Period need = needed_nights(period);
    NightRange range{need.from, need.to};
    DiaryRecords r;
    r.episodes = diary.episodes(range);
    for (const auto& c : diary.cramp_free_nights(range)) r.cramp_free_nights.push_back(c.night);
    r.first_record_night = diary.first_record_night();
    return r;
}

// The last night of the Today screen's period at `now` (rules.hpp, today_end_night).
inline Night today_end_night(const Diary& diary, Instant now, std::string_view zone) {
    Night last = last_night(now, zone);
    Night current = night_of(now, zone, diary.rule_settings().day_boundary);
    bool has = current > last && !diary.episodes(NightRange{current, current}).empty();
    return today_end_night(last, current, has);
}

// The diary's own settings, read once, and the rules over `period`.
inline PeriodStats diary_stats(const Diary& diary, Period period) {
    return compute_stats(load_records(diary, period), period, diary.rule_settings());
}

}  // namespace cramp
