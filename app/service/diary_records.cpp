// SPDX-License-Identifier: GPL-3.0-or-later
#include "diary_records.hpp"

#include "night.hpp"

namespace cramp {

DiaryRecords load_records(const Diary& diary, Period period) { return load_records_of(diary, needed_nights(period)); }

DiaryRecords load_records_of(const Diary& diary, Period nights) {
    NightRange range{nights.from, nights.to};
    DiaryRecords r;
    r.episodes = diary.episodes(range);
    for (const auto& c : diary.cramp_free_nights(range)) r.cramp_free_nights.push_back(c.night);
    r.first_record_night = diary.first_record_night();
    return r;
}

Night today_end_night(const Diary& diary, Instant now, std::string_view zone) {
    Night last = last_night(now, zone);
    Night current = night_of(now, zone, diary.rule_settings().day_boundary);
    bool has = current > last && !diary.episodes(NightRange{current, current}).empty();
    return today_end_night(last, current, has);
}

PeriodStats diary_stats(const Diary& diary, Period period) {
    return compute_stats(load_records(diary, period), period, diary.rule_settings());
}

FactorComparisons diary_factors(const Diary& diary, const DiaryRecords& records, Period period) {
    return compare_factors(records.episodes, records.cramp_free_nights, diary.night_factors(NightRange{period.from, period.to}),
                           period);
}

}  // namespace cramp
