// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page's night calendar, a month at a time: each night's cramps, whether it was recorded
// cramp-free, whether the last-7-nights count crossed the threshold on it (the rules' crossings),
// and whether the patient may still record it cramp-free. Only the months a view shows are built,
// each from the records of the nights its rules need (rules.hpp, needed_nights), so a 10-year
// diary costs no more than a new one.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

#include <vector>

namespace cramp {

struct CalendarNight {
    Night night{};
    int episodes = 0;
    bool cramp_free = false;     // a cramp-free record (never with episodes)
    bool crossing = false;       // rolling7(night) >= threshold > rolling7(night - 1)
    bool future = false;         // after the night the present instant belongs to
    bool can_check_in = false;   // a past night (on or before last night) with no record at all
    friend bool operator==(const CalendarNight&, const CalendarNight&) = default;
};

struct CalendarMonth {
    date::year_month month{};
    int leading_blanks = 0;              // empty cells before the 1st in a week of `week_start`
    std::vector<CalendarNight> nights;   // every night of the month, the 1st first
};

// Where the calendar stands: the night of the present instant (tonight in the evening, last night
// in the morning) and last night (the latest night that can be recorded cramp-free).
struct CalendarNow {
    Night current{};
    Night last_night{};
};

// The blank cells before `month`'s 1st in a grid of weeks starting on `ws`.
int leading_blanks(date::year_month month, WeekStart ws);

// The month from records holding every record of needed_nights(the month) (rules.hpp).
CalendarMonth calendar_month(const DiaryRecords& records, date::year_month month, const RuleSettings& settings,
                             CalendarNow now);
// The same, read from the diary (its own settings).
CalendarMonth calendar_month(const Diary& diary, date::year_month month, CalendarNow now);
// The calendar's present in `zone` at the diary's now().
CalendarNow calendar_now(const Diary& diary, std::string_view zone);

// The months a calendar shows, oldest first: from the month of the diary's first record (the
// current one for an empty diary) to the month of `now.current`.
std::vector<date::year_month> calendar_months(std::optional<Night> first_record, CalendarNow now);

}  // namespace cramp
