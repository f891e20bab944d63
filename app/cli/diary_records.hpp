// Loads from a diary exactly the records the rules need for a period (the `stats` command, the Today
// screen, the report). Only the nights of needed_nights(period) are read, through the night index.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

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

// The diary's own settings, read once, and the rules over `period`.
inline PeriodStats diary_stats(const Diary& diary, Period period) {
    return compute_stats(load_records(diary, period), period, diary.rule_settings());
}

}  // namespace cramp
