// SPDX-License-Identifier: GPL-3.0-or-later
#include "night_calendar.hpp"

#include "diary_records.hpp"
#include "night.hpp"

#include <algorithm>

namespace cramp {

namespace {
Period month_period(date::year_month month) {
    return {Night{month / date::day{1}}, Night{month / date::last}};
}
}  // namespace

int leading_blanks(date::year_month month, WeekStart ws) {
    const Night first{month / date::day{1}};
    return static_cast<int>((first - week_start_of(first, ws)).count());
}

CalendarMonth calendar_month(const DiaryRecords& records, date::year_month month, const RuleSettings& settings,
                             CalendarNow now) {
    const Period period = month_period(month);
    const auto stats = compute_stats(records, period, settings);
    CalendarMonth out;
    out.month = month;
    out.leading_blanks = leading_blanks(month, settings.week_start);
    out.nights.reserve(stats.per_night.size());
    for (std::size_t i = 0; i < stats.per_night.size(); ++i) {
        CalendarNight n;
        n.night = stats.per_night[i].night;
        n.episodes = stats.per_night[i].episodes;
        n.cramp_free = stats.recorded_by_night[i] && n.episodes == 0;
        n.crossing = std::binary_search(stats.crossings.begin(), stats.crossings.end(), n.night);
        n.future = n.night > now.current;
        n.can_check_in = n.night <= now.last_night && !stats.recorded_by_night[i];
        out.nights.push_back(n);
    }
    return out;
}

CalendarMonth calendar_month(const Diary& diary, date::year_month month, CalendarNow now) {
    const Period period = month_period(month);
    return calendar_month(load_records(diary, period), month, diary.rule_settings(), now);
}

CalendarNow calendar_now(const Diary& diary, std::string_view zone) {
    const auto t = diary.now();
    return {night_of(t, zone, diary.rule_settings().day_boundary), last_night(t, zone)};
}

std::vector<date::year_month> calendar_months(std::optional<Night> first_record, CalendarNow now) {
    const date::year_month last{date::year_month_day{now.current}.year(), date::year_month_day{now.current}.month()};
    date::year_month m = last;
    if (first_record && *first_record < now.current) {
        const date::year_month_day f{*first_record};
        m = f.year() / f.month();
    }
    std::vector<date::year_month> out;
    for (; m <= last; m += date::months{1}) out.push_back(m);
    return out;
}

}  // namespace cramp
