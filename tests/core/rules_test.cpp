// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md "Weeks and the threshold" and "Signals over a period", one table row per edge case.
#include "rules.hpp"

#include "nights.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cramp::Night;
using cramp::Period;
using cramp::Posture;

using cramp::test::dates;
using cramp::test::day;

namespace {

// A plain episode of night `n` (the rules read only the night and the clinical fields).
cramp::Episode ep(Night n, Posture p = Posture::lying) {
    cramp::Episode e;
    e.night = n;
    e.onset = cramp::Instant{n.time_since_epoch()} + std::chrono::hours{16};
    e.posture = p;
    return e;
}

// Episodes on nights given as days before `to`, one entry per episode.
cramp::DiaryRecords before(Night to, const std::vector<int>& offsets) {
    cramp::DiaryRecords r;
    for (int k : offsets) r.episodes.push_back(ep(to - date::days{k}));
    if (!offsets.empty()) r.first_record_night = to - date::days{*std::max_element(offsets.begin(), offsets.end())};
    return r;
}

cramp::RuleSettings with_threshold(int t) {
    cramp::RuleSettings s;
    s.threshold = t;
    return s;
}

}  // namespace

TEST_CASE("calendar weeks start on Monday or Sunday and carry ISO 8601 names", "[core][weeks]") {
    using cramp::WeekStart;
    auto [night, ws, start, name] = GENERATE(table<std::string, WeekStart, std::string, std::string>({
        // 2026 has 53 ISO weeks: 2026-W53 runs 2026-12-28 to 2027-01-03
        {"2026-12-28", WeekStart::monday, "2026-12-28", "2026-W53"},
        {"2027-01-03", WeekStart::monday, "2026-12-28", "2026-W53"},
        {"2027-01-04", WeekStart::monday, "2027-01-04", "2027-W01"},
        // year boundaries: the week's Monday decides
        {"2025-12-31", WeekStart::monday, "2025-12-29", "2026-W01"},
        {"2026-01-01", WeekStart::monday, "2025-12-29", "2026-W01"},
        {"2020-12-31", WeekStart::monday, "2020-12-28", "2020-W53"},
        {"2021-01-03", WeekStart::monday, "2020-12-28", "2020-W53"},
        {"2026-03-08", WeekStart::monday, "2026-03-02", "2026-W10"},
        // Sunday-start weeks are named by the ISO week of the Monday after their Sunday
        {"2026-03-08", WeekStart::sunday, "2026-03-08", "2026-W11"},
        {"2026-03-07", WeekStart::sunday, "2026-03-01", "2026-W10"},
        {"2027-01-02", WeekStart::sunday, "2026-12-27", "2026-W53"},
        {"2027-01-03", WeekStart::sunday, "2027-01-03", "2027-W01"},
        {"2025-12-28", WeekStart::sunday, "2025-12-28", "2026-W01"},
    }));
    CAPTURE(night, ws == WeekStart::monday ? "monday" : "sunday");
    Night s = cramp::week_start_of(day(night), ws);
    CHECK(cramp::format_date(s) == start);
    CHECK(cramp::week_name(s, ws) == name);
}

TEST_CASE("a week in the stats counts only its nights inside the period", "[core][weeks]") {
    // Period Wed 2026-12-30 … Tue 2027-01-05. Episodes on Mon 12-28 (before from), Wed 12-30, Sun 01-03, Tue 01-05.
    cramp::DiaryRecords r;
    for (auto n : {"2026-12-28", "2026-12-30", "2027-01-03", "2027-01-05"}) r.episodes.push_back(ep(day(n)));
    r.first_record_night = day("2026-12-28");

    SECTION("Monday start") {
        auto s = cramp::compute_stats(r, {day("2026-12-30"), day("2027-01-05")}, with_threshold(2));
        REQUIRE(s.weeks.size() == 2);
        CHECK(s.weeks[0] == cramp::WeekCount{day("2026-12-28"), "2026-W53", 2, true});
        CHECK(s.weeks[1] == cramp::WeekCount{day("2027-01-04"), "2027-W01", 1, false});
        CHECK(s.rolling7.episodes == 3);  // 12-30 … 01-05 holds three; 12-28 has left the window
    }
    SECTION("Sunday start") {
        auto settings = with_threshold(2);
        settings.week_start = cramp::WeekStart::sunday;
        auto s = cramp::compute_stats(r, {day("2026-12-30"), day("2027-01-05")}, settings);
        REQUIRE(s.weeks.size() == 2);
        CHECK(s.weeks[0] == cramp::WeekCount{day("2026-12-27"), "2026-W53", 1, false});
        CHECK(s.weeks[1] == cramp::WeekCount{day("2027-01-03"), "2027-W01", 2, true});
    }
}

TEST_CASE("rolling 7-night counts meet the threshold at T, for T = 1, 3 and 14", "[core][threshold]") {
    const Night to = day("2026-06-30");
    auto [threshold, offsets, rolling, over] = GENERATE(table<int, std::vector<int>, int, bool>({
        {1, {}, 0, false},
        {1, {0}, 1, true},
        {1, {7}, 0, false},                       // 7 nights before `to` is outside to-6 … to
        {1, {6}, 1, true},
        {3, {0, 3, 6}, 3, true},
        {3, {0, 3, 7}, 2, false},
        {14, {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6}, 13, false},
        {14, {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6}, 14, true},
    }));
    CAPTURE(threshold, offsets);
    auto s = cramp::compute_stats(before(to, offsets), {to - date::days{27}, to}, with_threshold(threshold));
    CHECK(s.rolling7.night == to);
    CHECK(s.rolling7.episodes == rolling);
    CHECK(s.rolling7_over_threshold == over);
    if (over) CHECK(s.warning_signals.weekly_threshold);  // (an earlier night of the period may also raise it)
}

TEST_CASE("a crossing is the first night at or over the threshold, judged with the nights before the period",
          "[core][crossings]") {
    // Period 2026-03-10 … 2026-03-20, T = 3; offsets are nights relative to `from` (negative = before it).
    const Night from = day("2026-03-10");
    auto [offsets, crossings, weekly] = GENERATE(table<std::vector<int>, std::vector<std::string>, bool>({
        {{-3, -2, 0}, {"2026-03-10"}, true},        // rolling7(from-1) = 2, rolling7(from) = 3
        {{-3, -2, -1}, {}, true},                    // already over the night before `from`: no crossing
        {{-7, -3, -2, 0}, {}, true},                 // from-7 keeps rolling7(from-1) at 3
        {{-8, -3, -2, 0}, {"2026-03-10"}, true},     // from-8 is out of rolling7(from-1)
        {{0, 1, 2, 9, 10}, {"2026-03-12"}, true},     // 9 and 10 alone reach only 2
        {{0, 1}, {}, false},
        {{0, 1, 2, 8, 9, 10}, {"2026-03-12", "2026-03-20"}, true},
    }));
    CAPTURE(offsets);
    cramp::DiaryRecords r;
    for (int k : offsets) r.episodes.push_back(ep(from + date::days{k}));
    auto s = cramp::compute_stats(r, {from, from + date::days{10}}, with_threshold(3));
    CHECK(dates(s.crossings) == crossings);
    CHECK(s.warning_signals.weekly_threshold == weekly);
}

TEST_CASE("escalation needs R >= 4, R >= P and 84 nights of diary", "[core][signals][escalation]") {
    // to = 2026-06-30; offsets are nights before `to`. R counts offsets 0…27, P counts 28…83.
    const Night to = day("2026-06-30");
    auto [offsets, first_record, R, P, escalation] = GENERATE(table<std::vector<int>, int, int, int, bool>({
        {{0, 1, 2, 3}, 83, 4, 0, true},                          // the smallest escalation
        {{0, 1, 2}, 83, 3, 0, false},                            // R = 3 is below 4
        {{0, 1, 2, 3}, 82, 4, 0, false},                         // the diary starts one night too late
        {{0, 1, 2, 3}, 84, 4, 0, true},
        {{0, 1, 2, 27, 28, 40, 83, 83}, 83, 4, 4, true},         // R = P = 4: twice the rate, just
        {{0, 1, 2, 27, 28, 40, 50, 83, 83}, 83, 4, 5, false},    // P = 5 > R
        {{0, 1, 2, 3, 84, 84, 84, 84, 84}, 90, 4, 0, true},      // night to-84 lies outside both windows
        {{0, 1, 2, 28}, 83, 3, 1, false},                        // to-28 belongs to P, not R
    }));
    CAPTURE(offsets, first_record);
    auto r = before(to, offsets);
    r.first_record_night = to - date::days{first_record};
    auto s = cramp::compute_stats(r, {to - date::days{27}, to}, {});
    CHECK(s.warning_signals.recent_28 == R);
    CHECK(s.warning_signals.previous_56 == P);
    CHECK(s.warning_signals.escalation == escalation);
}

TEST_CASE("escalation stays off on an empty diary", "[core][signals][escalation]") {
    auto s = cramp::compute_stats({}, {day("2026-06-03"), day("2026-06-30")}, {});
    CHECK_FALSE(s.warning_signals.escalation);
    CHECK_FALSE(s.warning_signals.history_covers_84);
}

TEST_CASE("posture_linked lists the triggers of two or more episodes, in the documented order",
          "[core][signals][posture]") {
    const Night to = day("2026-06-30");
    auto [postures, linked] = GENERATE(table<std::vector<Posture>, std::vector<std::string>>({
        {{Posture::bending}, {}},
        {{Posture::bending, Posture::bending}, {"bending"}},
        {{Posture::lying, Posture::lying, Posture::stretching, Posture::exercise, Posture::exercise}, {}},
        {{Posture::long_standing, Posture::cough_sneeze, Posture::long_standing, Posture::bending, Posture::bending,
          Posture::long_sitting},
         {"bending", "long_standing"}},
        {{Posture::long_sitting, Posture::cough_sneeze, Posture::long_sitting, Posture::cough_sneeze},
         {"cough_sneeze", "long_sitting"}},
    }));
    cramp::DiaryRecords r;
    int k = 0;
    for (Posture p : postures) r.episodes.push_back(ep(to - date::days{k++}, p));
    auto s = cramp::compute_stats(r, {to - date::days{27}, to}, {});
    std::vector<std::string> got;
    for (Posture p : s.warning_signals.posture_linked) got.emplace_back(cramp::to_string(p));
    CHECK(got == linked);
}

TEST_CASE("posture_linked counts only episodes inside the period", "[core][signals][posture]") {
    const Night from = day("2026-06-03");
    cramp::DiaryRecords r;
    r.episodes = {ep(from - date::days{1}, Posture::bending), ep(from, Posture::bending)};
    auto s = cramp::compute_stats(r, {from, from + date::days{27}}, {});
    CHECK(s.warning_signals.posture_linked.empty());
    REQUIRE(s.warning_signals.posture_findings.size() == 1);
    CHECK(s.warning_signals.posture_findings[0].episodes == 1);
}

TEST_CASE("numbness_weakness is raised by persisting numbness, weakness or radiating pain", "[core][signals][neuro]") {
    using cramp::Numbness;
    using cramp::Weakness;
    auto [numbness, weakness, radiating, tingling, signal] =
        GENERATE(table<Numbness, cramp::EnumSet<Weakness>, bool, bool, bool>({
            {Numbness::none, {}, false, false, false},
            {Numbness::during, {}, false, false, false},  // numbness only during the cramp is common
            {Numbness::persisted, {}, false, false, true},
            {Numbness::none, {Weakness::stairs}, false, false, true},
            {Numbness::none, {Weakness::foot_drop}, false, false, true},
            {Numbness::none, {}, true, false, true},
            {Numbness::none, {}, false, true, false},     // symmetric tingling is reported, not this signal
        }));
    const Night to = day("2026-06-30");
    auto e = ep(to);
    e.numbness = numbness;
    e.weakness = weakness;
    e.radiating = radiating;
    e.tingling_symmetric = tingling;
    cramp::DiaryRecords r;
    r.episodes = {e};
    auto s = cramp::compute_stats(r, {to - date::days{27}, to}, {});
    CHECK(s.warning_signals.numbness_weakness == signal);
    CHECK(s.warning_signals.neuro_findings.size() == (signal ? 1u : 0u));
    CHECK(s.tingling_symmetric == (tingling ? 1 : 0));
}

TEST_CASE("multi_night needs two episodes on one night, not on neighbouring nights", "[core][signals][multi]") {
    const Night to = day("2026-06-30");
    auto [offsets, nights] = GENERATE(table<std::vector<int>, std::vector<std::string>>({
        {{0, 1}, {}},
        {{0, 0}, {"2026-06-30"}},
        {{5, 5, 5, 0, 0}, {"2026-06-25", "2026-06-30"}},
        {{28, 28}, {}},  // before the period
    }));
    CAPTURE(offsets);
    auto s = cramp::compute_stats(before(to, offsets), {to - date::days{27}, to}, {});
    std::vector<std::string> got;
    for (const auto& n : s.multi_cramp_nights) got.push_back(cramp::format_date(n.night));
    CHECK(got == nights);
    CHECK(s.warning_signals.multi_night == !nights.empty());
}

TEST_CASE("an empty diary has no signals, no records and no figures", "[core][stats]") {
    const Period p{day("2026-02-01"), day("2026-02-28")};
    auto s = cramp::compute_stats({}, p, {});
    CHECK(s.nights_in_period == 28);
    CHECK(s.nights_recorded == 0);
    CHECK(s.episodes == 0);
    CHECK(s.rolling7.episodes == 0);
    CHECK(s.weeks.size() == 5);  // 2026-02-01 is a Sunday: weeks from 01-26, 02-02, 02-09, 02-16, 02-23
    CHECK_FALSE(s.warning_signals.any());
    CHECK(s.crossings.empty());
    CHECK_FALSE(s.median_duration_s);
    CHECK_FALSE(s.worst_night);
}

TEST_CASE("coverage counts distinct nights with an episode or a cramp-free record", "[core][stats]") {
    const Period p{day("2026-06-01"), day("2026-06-10")};
    cramp::DiaryRecords r;
    r.episodes = {ep(day("2026-06-01")), ep(day("2026-06-01")), ep(day("2026-06-05")), ep(day("2026-05-31"))};
    r.cramp_free_nights = {day("2026-06-02"), day("2026-06-03"), day("2026-06-11"), day("2026-05-20")};
    auto s = cramp::compute_stats(r, p, {});
    CHECK(s.nights_in_period == 10);
    CHECK(s.nights_recorded == 4);  // 06-01, 06-02, 06-03, 06-05
    CHECK(s.episodes == 3);
}

TEST_CASE("durations, intensities, sites, sides and the worst night describe the period", "[core][stats]") {
    const Night to = day("2026-06-30");
    auto mk = [&](int back, int duration, int intensity, cramp::Site site, cramp::Side side) {
        auto e = ep(to - date::days{back});
        e.duration_s = duration;
        e.intensity = intensity;
        e.site = site;
        e.side = side;
        return e;
    };
    using cramp::Side;
    using cramp::Site;
    cramp::DiaryRecords r;
    r.episodes = {mk(0, 30, 3, Site::calf, Side::left), mk(3, 600, 8, Site::calf, Side::right),
                  mk(3, 90, 5, Site::foot, Side::left), mk(10, 60, 6, Site::thigh_back, Side::both),
                  mk(10, 45, 2, Site::calf, Side::left), mk(40, 3000, 10, Site::other, Side::both)};  // last: outside
    auto s = cramp::compute_stats(r, {to - date::days{27}, to}, {});
    CHECK(s.median_duration_s == Approx(60.0));   // 30 45 60 90 600
    CHECK(s.longest_duration_s == 600);
    CHECK(s.median_intensity == Approx(5.0));     // 2 3 5 6 8
    CHECK(s.highest_intensity == 8);
    CHECK(s.sites[static_cast<std::size_t>(Site::calf)] == 3);
    CHECK(s.sites[static_cast<std::size_t>(Site::foot)] == 1);
    CHECK(s.sites[static_cast<std::size_t>(Site::thigh_back)] == 1);
    CHECK(s.sites[static_cast<std::size_t>(Site::other)] == 0);
    CHECK(s.sides[static_cast<std::size_t>(Side::left)] == 3);
    CHECK(s.sides[static_cast<std::size_t>(Side::both)] == 1);
    REQUIRE(s.worst_night);
    CHECK(*s.worst_night == cramp::NightCount{to - date::days{3}, 2});  // ties with to-10: the later night

    r.episodes.pop_back();
    r.episodes.pop_back();  // four left: 30, 600, 90, 60
    s = cramp::compute_stats(r, {to - date::days{27}, to}, {});
    CHECK(s.median_duration_s == Approx(75.0));  // 30 60 90 600 → (60 + 90) / 2
}

TEST_CASE("the records a period needs reach back to from-7 and to-83", "[core][stats]") {
    auto [from, to, need_from] = GENERATE(table<std::string, std::string, std::string>({
        {"2026-06-03", "2026-06-30", "2026-04-08"},  // to-83
        {"2026-01-01", "2026-06-30", "2025-12-25"},  // from-7
    }));
    CHECK(cramp::needed_nights({day(from), day(to)}) == Period{day(need_from), day(to)});
}

TEST_CASE("weeks_period spans whole calendar weeks ending with last night's week", "[core][weeks]") {
    auto p = cramp::weeks_period(day("2026-03-04"), 12, cramp::WeekStart::monday);  // a Wednesday
    CHECK(p == Period{day("2025-12-15"), day("2026-03-04")});
    auto s = cramp::compute_stats({}, p, {});
    CHECK(s.weeks.size() == 12);
    CHECK(s.weeks.front().name == "2025-W51");
    CHECK(s.weeks.back().name == "2026-W10");
}

TEST_CASE("Today ends last night, or tonight once tonight has a cramp", "[core][today]") {
    // clang-format off
    auto [last, current, has_episode, expected] = GENERATE(table<std::string, std::string, bool, std::string>({
        {"2026-03-02", "2026-03-02", false, "2026-03-02"},  // 03:00: the night in progress is last night
        {"2026-03-02", "2026-03-02", true,  "2026-03-02"},
        {"2026-03-02", "2026-03-03", false, "2026-03-02"},  // 23:00, nothing logged tonight yet
        {"2026-03-02", "2026-03-03", true,  "2026-03-03"},  // 23:00, a cramp logged tonight counts at once
    }));
    // clang-format on
    CHECK(cramp::format_date(cramp::today_end_night(day(last), day(current), has_episode)) == expected);
}
