// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page's night calendar (app/service/night_calendar.hpp): each night's marks from the
// rules, the grid's leading blanks for the week start, the months shown, and the day boundary
// through a real diary. One row per case.
#include "night_calendar.hpp"

#include "clock.hpp"
#include "night.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cramp::CalendarNight;
using cramp::Night;

namespace {

Night day(const std::string& s) { return cramp::parse_date(s).value(); }
date::year_month month(const std::string& s) {
    const date::year_month_day d{day(s + "-01")};
    return d.year() / d.month();
}

// One episode per listed night (a night listed twice has two).
cramp::DiaryRecords records(const std::vector<std::string>& episode_nights, const std::vector<std::string>& cramp_free = {}) {
    cramp::DiaryRecords r;
    for (const auto& n : episode_nights) {
        cramp::Episode e;
        e.night = day(n);
        e.onset = date::sys_seconds{day(n)} + std::chrono::hours{20};
        e.zone = "UTC";
        r.episodes.push_back(e);
    }
    for (const auto& n : cramp_free) r.cramp_free_nights.push_back(day(n));
    for (const auto& n : episode_nights) r.first_record_night = std::min(r.first_record_night.value_or(day(n)), day(n));
    for (const auto& n : cramp_free) r.first_record_night = std::min(r.first_record_night.value_or(day(n)), day(n));
    return r;
}

const CalendarNight& at(const cramp::CalendarMonth& m, const std::string& night) {
    const auto n = day(night);
    for (const auto& c : m.nights)
        if (c.night == n) return c;
    FAIL("no night " << night);
    return m.nights.front();
}

std::vector<std::string> crossings(const cramp::CalendarMonth& m) {
    std::vector<std::string> out;
    for (const auto& c : m.nights)
        if (c.crossing) out.push_back(cramp::format_date(c.night));
    return out;
}

const cramp::CalendarNow kNow{day("2026-11-29"), day("2026-11-29")};  // a Monday morning

}  // namespace

TEST_CASE("each night shows its count, cramp-free or unrecorded, and whether it can be checked in", "[service][calendar]") {
    auto [night, episodes, cramp_free, future, can_check_in] = GENERATE(table<std::string, int, bool, bool, bool>({
        {"2026-11-03", 2, false, false, false},  // two cramps
        {"2026-11-04", 1, false, false, false},
        {"2026-11-05", 0, true, false, false},   // recorded cramp-free
        {"2026-11-06", 0, false, false, true},   // not recorded: can be checked in
        {"2026-11-29", 0, false, false, true},   // last night
        {"2026-11-30", 0, false, true, false},   // tonight has not begun: future
    }));
    const auto r = records({"2026-11-03", "2026-11-03", "2026-11-04"}, {"2026-11-05"});
    const auto m = cramp::calendar_month(r, month("2026-11"), {}, kNow);
    REQUIRE(m.nights.size() == 30);
    CHECK(m.nights.front().night == day("2026-11-01"));
    CHECK(m.nights.back().night == day("2026-11-30"));
    const auto& c = at(m, night);
    CHECK(c.episodes == episodes);
    CHECK(c.cramp_free == cramp_free);
    CHECK(c.future == future);
    CHECK(c.can_check_in == can_check_in);
}

TEST_CASE("tonight, once begun, is neither future nor open to a cramp-free check-in", "[service][calendar]") {
    const cramp::CalendarNow evening{day("2026-11-30"), day("2026-11-29")};
    const auto m = cramp::calendar_month(records({}), month("2026-11"), {}, evening);
    CHECK_FALSE(at(m, "2026-11-30").future);
    CHECK_FALSE(at(m, "2026-11-30").can_check_in);
    CHECK(at(m, "2026-11-29").can_check_in);
}

TEST_CASE("the crossing nights are the rules' crossings, across month and year ends", "[service][calendar]") {
    auto [episode_nights, threshold, shown, expected] = GENERATE(table<std::vector<std::string>, int, std::string, std::vector<std::string>>({
        // Three nights in a row reach 3 on the third.
        {{"2026-11-10", "2026-11-11", "2026-11-12"}, 3, "2026-11", {"2026-11-12"}},
        // A threshold of 2 is reached a night earlier.
        {{"2026-11-10", "2026-11-11", "2026-11-12"}, 2, "2026-11", {"2026-11-11"}},
        // Still at or over the next nights: only the night it was reached is a crossing; it falls
        // below 8 nights later and crosses again.
        {{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-12", "2026-11-13", "2026-11-14"}, 3, "2026-11",
         {"2026-11-03", "2026-11-14"}},
        // The count that crosses on 1 November began in October: the November calendar shows it.
        {{"2026-10-30", "2026-10-31", "2026-11-01"}, 3, "2026-11", {"2026-11-01"}},
        // ... and October's shows none.
        {{"2026-10-30", "2026-10-31", "2026-11-01"}, 3, "2026-10", {}},
        // Across a year's end.
        {{"2025-12-31", "2026-01-01", "2026-01-01"}, 3, "2026-01", {"2026-01-01"}},
        // Spread out: 3 cramps in 9 nights never make 3 in 7.
        {{"2026-11-10", "2026-11-14", "2026-11-18"}, 3, "2026-11", {}},
    }));
    cramp::RuleSettings s;
    s.threshold = threshold;
    const auto m = cramp::calendar_month(records(episode_nights), month(shown), s, kNow);
    CHECK(crossings(m) == expected);
}

TEST_CASE("the grid's blanks before the 1st follow the week start", "[service][calendar]") {
    auto [shown, week_start, blanks] = GENERATE(table<std::string, cramp::WeekStart, int>({
        {"2026-11", cramp::WeekStart::monday, 6},  // 1 November 2026 is a Sunday
        {"2026-11", cramp::WeekStart::sunday, 0},
        {"2026-12", cramp::WeekStart::monday, 1},  // a Tuesday
        {"2026-12", cramp::WeekStart::sunday, 2},
        {"2026-06", cramp::WeekStart::monday, 0},  // a Monday
        {"2026-06", cramp::WeekStart::sunday, 1},
    }));
    CHECK(cramp::leading_blanks(month(shown), week_start) == blanks);
    cramp::RuleSettings s;
    s.week_start = week_start;
    CHECK(cramp::calendar_month(records({}), month(shown), s, kNow).leading_blanks == blanks);
}

TEST_CASE("the months shown run from the first record's to the present one's", "[service][calendar]") {
    auto [first, current, expected] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
        {"", "2026-11-29", {"2026-11"}},                                   // an empty diary: this month
        {"2026-11-02", "2026-11-29", {"2026-11"}},
        {"2026-09-30", "2026-11-29", {"2026-09", "2026-10", "2026-11"}},
        {"2025-11-15", "2026-01-10", {"2025-11", "2025-12", "2026-01"}},  // across a year's end
        {"2026-12-03", "2026-11-29", {"2026-11"}},                         // a record ahead: not before now
    }));
    std::optional<Night> f;
    if (!first.empty()) f = day(first);
    std::vector<std::string> got;
    for (auto m : cramp::calendar_months(f, {day(current), day(current)}))
        got.push_back(cramp::format_date(Night{m / date::day{1}}).substr(0, 7));
    CHECK(got == expected);
}

TEST_CASE("ten years of months are listed without reading a record", "[service][calendar]") {
    CHECK(cramp::calendar_months(day("2016-12-01"), kNow).size() == 120);
}

TEST_CASE("an empty month of an empty diary is all unrecorded", "[service][calendar]") {
    const auto m = cramp::calendar_month(records({}), month("2026-02"), {}, kNow);
    REQUIRE(m.nights.size() == 28);
    for (const auto& c : m.nights) {
        CHECK(c.episodes == 0);
        CHECK_FALSE(c.cramp_free);
        CHECK_FALSE(c.crossing);
        CHECK(c.can_check_in);
    }
}

TEST_CASE("the day boundary decides which night a cramp is counted on", "[service][calendar]") {
    // A cramp at 02:30 on 10 November, Shanghai time: the night of the 9th with the default boundary
    // at 12:00, the night of the 10th with the boundary at midnight.
    auto [boundary, night, current] = GENERATE(table<int, std::string, std::string>({
        {12, "2026-11-09", "2026-11-29"},  // 09:00 on the 30th is still the night of the 29th
        {0, "2026-11-10", "2026-11-30"},   // with a midnight boundary the 30th has begun
    }));
    const cramp::test::TempDir dir;
    auto d = cramp::Diary::open(dir / "d.sqlite", cramp::test::fixedClock());
    REQUIRE(d.ok());
    cramp::RuleSettings s;
    s.day_boundary = boundary;
    REQUIRE(d->set_rule_settings(s).ok());
    cramp::Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = cramp::resolve_local(date::local_days{date::year{2026} / 11 / 10} + std::chrono::minutes{150}, e.zone);
    REQUIRE(d->add_episode(e).ok());
    const auto now = cramp::calendar_now(*d, "Asia/Shanghai");
    CHECK(now.current == day(current));
    CHECK(now.last_night == day("2026-11-29"));
    const auto m = cramp::calendar_month(*d, month("2026-11"), now);
    CHECK(at(m, night).episodes == 1);
    int total = 0;
    for (const auto& c : m.nights) total += c.episodes;
    CHECK(total == 1);
}
