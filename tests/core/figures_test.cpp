// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md "The report's figures": the status box, escalation as two weekly rates, the sign rows
// and the recorded counts, one table row per edge case.
#include "figures.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "report_figures.hpp"
#include "tempdir.hpp"

#include "nights.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cramp::Night;
using cramp::Period;

using cramp::test::dates;
using cramp::test::day;

namespace {

cramp::Episode ep(Night n) {
    cramp::Episode e;
    e.night = n;
    e.onset = cramp::Instant{n.time_since_epoch()} + std::chrono::hours{16};  // 16:00 UTC
    return e;
}

// Cramps and cramp-free records on nights given as days before `to`.
cramp::DiaryRecords records(Night to, const std::vector<int>& cramps, const std::vector<int>& free = {}) {
    cramp::DiaryRecords r;
    for (int k : cramps) r.episodes.push_back(ep(to - date::days{k}));
    for (int k : free) r.cramp_free_nights.push_back(to - date::days{k});
    for (const auto& e : r.episodes)
        if (!r.first_record_night || e.night < *r.first_record_night) r.first_record_night = e.night;
    for (Night n : r.cramp_free_nights)
        if (!r.first_record_night || n < *r.first_record_night) r.first_record_night = n;
    return r;
}

std::vector<int> range(int from, int to) {  // from … to, both included
    std::vector<int> out;
    for (int k = from; k <= to; ++k) out.push_back(k);
    return out;
}

cramp::ReportFigures figures(const cramp::DiaryRecords& r, Period p, int threshold = 3) {
    cramp::RuleSettings settings;
    settings.threshold = threshold;
    std::optional<Night> first;
    for (const auto& e : r.episodes)
        if (!first || e.night < *first) first = e.night;
    return cramp::report_figures(cramp::compute_stats(r, p, settings), r, first);
}

}  // namespace

TEST_CASE("the period before has as many nights and ends the night before", "[core][figures]") {
    auto [from, to, before_from, before_to] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"2026-11-03", "2026-11-30", "2026-10-06", "2026-11-02"},   // 28 nights
        {"2027-01-01", "2027-01-01", "2026-12-31", "2026-12-31"},   // one night, across the new year
        {"2024-03-01", "2024-03-31", "2024-01-30", "2024-02-29"},   // 31 nights back over a leap day
    }));
    const Period prev = cramp::previous_period({day(from), day(to)});
    CHECK(cramp::format_date(prev.from) == before_from);
    CHECK(cramp::format_date(prev.to) == before_to);
    CHECK(cramp::night_count(prev) == cramp::night_count({day(from), day(to)}));
    // figures_nights reaches the earlier of to-83 and the period before's first night
    const Period need = cramp::figures_nights({day(from), day(to)});
    CHECK(need.from == std::min(prev.from, day(to) - date::days{83}));
    CHECK(need.to == day(to));
}

TEST_CASE("a window counts its cramps and its recorded nights, and is half recorded from half", "[core][figures]") {
    const Night to = day("2026-11-30");
    auto [cramps, free, count, recorded, per_week, half] = GENERATE(table<std::vector<int>, std::vector<int>, int, int, double, bool>({
        {{}, {}, 0, 0, 0.0, false},
        {{0, 0, 0}, {}, 3, 1, 0.75, false},                // 3 cramps on one night of 28
        {{0, 1}, range(2, 13), 2, 14, 0.5, true},           // 14 of 28 recorded: exactly half
        {{0, 1}, range(2, 12), 2, 13, 0.5, false},          // 13 of 28
        {{28, 29}, range(30, 40), 0, 0, 0.0, false},        // records before the window do not count
        {{0, 27}, {}, 2, 2, 0.5, false},                    // both ends of the window count
    }));
    CAPTURE(cramps, free);
    auto w = cramp::count_window(records(to, cramps, free), {to - date::days{27}, to});
    CHECK(w.nights() == 28);
    CHECK(w.cramps == count);
    CHECK(w.nights_recorded == recorded);
    CHECK(w.per_week() == Approx(per_week));
    CHECK(w.half_recorded() == half);
}

TEST_CASE("the status box: the last 7 nights, the period against the one before, since when", "[core][figures]") {
    const Night to = day("2026-11-30");
    const Period p{to - date::days{27}, to};  // 28 nights; the period before is to-55 … to-28
    SECTION("an empty diary") {
        auto f = figures({}, p);
        CHECK(f.status.last7.cramps == 0);
        CHECK_FALSE(f.status.at_or_over);
        CHECK(f.status.period.nights_recorded == 0);
        CHECK(f.status.period.nights() == 28);
        CHECK_FALSE(f.status.before.half_recorded());
        CHECK_FALSE(f.status.first_cramp);
        for (const auto& row : f.signs) {
            CHECK_FALSE(row.present);
            CHECK(row.nights.empty());
        }
        CHECK(f.recorded.cramps == 0);
        CHECK(f.escalation.uncertain);
    }
    SECTION("the threshold reached in the last 7 nights, with a recorded period before") {
        // 3 cramps in the last 7 nights (0, 3, 6), 1 more in the period (20); 14 recorded nights before it.
        auto r = records(to, {0, 3, 6, 20, 40}, range(28, 40));
        auto f = figures(r, p);
        CHECK(f.status.last7.cramps == 3);
        CHECK(f.status.at_or_over);
        CHECK(f.status.period.cramps == 4);
        CHECK(f.status.period.per_week() == Approx(1.0));
        CHECK(f.status.before.cramps == 1);
        CHECK(f.status.before.nights_recorded == 13 + 0);  // 28 … 40 is 13 nights; night 40 has both kinds
        CHECK_FALSE(f.status.before.half_recorded());
        CHECK(cramp::format_date(*f.status.first_cramp) == "2026-10-21");
    }
    SECTION("a threshold of 4 is not reached by 3") {
        auto f = figures(records(to, {0, 3, 6}), p, 4);
        CHECK(f.status.threshold == 4);
        CHECK_FALSE(f.status.at_or_over);
    }
}

TEST_CASE("escalation is two weekly rates with how much of each window was recorded", "[core][figures][escalation]") {
    const Night to = day("2026-11-30");
    const Period p{to - date::days{83}, to};
    // Nights are days before `to`: 0 … 27 the recent window, 28 … 83 the earlier one.
    auto [cramps, free, recent_rate, earlier_rate, recent_recorded, earlier_recorded, signal, uncertain] =
        GENERATE(table<std::vector<int>, std::vector<int>, double, double, int, int, bool, bool>({
            // the "4 against 4": the rate doubled (1.0 a week against 0.5)
            {{1, 5, 9, 13, 30, 40, 50, 83}, range(28, 83), 1.0, 0.5, 4, 56, true, false},
            // "4 against 0" with 1 of the 56 earlier nights recorded: the rise may be unrecorded nights
            {{1, 5, 9, 13, 83}, {}, 1.0, 0.125, 4, 1, true, true},
            // exactly half of the earlier window recorded is enough
            {{1, 5, 9, 13, 83}, range(28, 54), 1.0, 0.125, 4, 28, true, false},
            // 27 of 56: uncertain
            {{1, 5, 9, 13, 83}, range(28, 53), 1.0, 0.125, 4, 27, true, true},
            // fewer than 4 recent cramps: no signal, the rates still shown
            {{1, 5, 9, 83}, range(28, 83), 0.75, 0.125, 3, 56, false, false},
        }));
    CAPTURE(cramps, free);
    auto f = figures(records(to, cramps, free), p);
    CHECK(f.escalation.recent.nights() == 28);
    CHECK(f.escalation.earlier.nights() == 56);
    CHECK(f.escalation.recent.per_week() == Approx(recent_rate));
    CHECK(f.escalation.earlier.per_week() == Approx(earlier_rate));
    CHECK(f.escalation.recent.nights_recorded == recent_recorded);
    CHECK(f.escalation.earlier.nights_recorded == earlier_recorded);
    CHECK(f.escalation.signal == signal);
    CHECK(f.escalation.uncertain == uncertain);
    const auto& row = f.signs[static_cast<std::size_t>(cramp::Sign::escalation)];
    CHECK(row.present == signal);
    CHECK(row.cramps == (signal ? f.escalation.recent.cramps : 0));
}

TEST_CASE("each sign's row holds the nights of its evidence, none when it is not present", "[core][figures]") {
    const Night to = day("2026-11-30");
    const Period p{to - date::days{27}, to};
    cramp::DiaryRecords r = records(to, {0, 0, 1, 2, 10, 20});
    // Night 20: persisting numbness; night 10: foot drop and radiating; night 1 and 2: bending; night 0: cough.
    for (auto& e : r.episodes) {
        const auto k = (to - e.night).count();
        if (k == 20) e.numbness = cramp::Numbness::persisted;
        if (k == 10) {
            e.weakness.insert(cramp::Weakness::foot_drop);
            e.radiating = true;
        }
        if (k == 1 || k == 2) e.posture = cramp::Posture::bending;
        if (k == 0) e.tingling_symmetric = true;
    }
    r.episodes[0].posture = cramp::Posture::cough_sneeze;  // one cough on night 0: not a sign
    auto f = figures(r, p);
    using cramp::Sign;
    auto row = [&](Sign s) { return f.signs[static_cast<std::size_t>(s)]; };
    CHECK(row(Sign::weekly_threshold).present);
    // rolling7: 11-28 has 1, 11-29 has 2, 11-30 has 4
    CHECK(dates(row(Sign::weekly_threshold).nights) == std::vector<std::string>{"2026-11-30"});
    CHECK(row(Sign::weekly_threshold).cramps == 2);
    CHECK(row(Sign::multi_night).present);
    CHECK(dates(row(Sign::multi_night).nights) == std::vector<std::string>{"2026-11-30"});
    CHECK(row(Sign::multi_night).cramps == 2);
    CHECK_FALSE(row(Sign::escalation).present);  // no diary 84 nights back
    CHECK(row(Sign::escalation).nights.empty());
    CHECK(row(Sign::numbness_weakness).present);
    CHECK(dates(row(Sign::numbness_weakness).nights) == std::vector<std::string>{"2026-11-10", "2026-11-20"});
    CHECK(row(Sign::numbness_weakness).cramps == 2);
    CHECK(row(Sign::posture_linked).present);
    CHECK(dates(row(Sign::posture_linked).nights) == std::vector<std::string>{"2026-11-28", "2026-11-29"});
    CHECK(row(Sign::posture_linked).cramps == 2);
    CHECK(f.neuro.numbness_persisted == 1);
    CHECK(f.neuro.weakness[static_cast<std::size_t>(cramp::Weakness::foot_drop)] == 1);
    CHECK(f.neuro.radiating == 1);
    CHECK(f.neuro.tingling_symmetric == 2);  // both cramps of night 0
}

TEST_CASE("recorded counts: woke, relief, the local hour of onset, every posture", "[core][figures]") {
    const Night n = day("2026-10-24");  // the night before Europe's autumn clock change
    auto at = [&](const std::string& zone, int local_h, int local_m, bool next_day = true) {
        cramp::Episode e;
        e.zone = zone;
        e.night = n;
        e.onset = cramp::resolve_local(date::local_days{(n + date::days{next_day ? 1 : 0}).time_since_epoch()} + std::chrono::hours{local_h} +
                                           std::chrono::minutes{local_m},
                                       zone);
        return e;
    };
    cramp::DiaryRecords r;
    auto a = at("Europe/Berlin", 2, 30);  // 02:30 CEST (the first of the two)
    a.woke = true;
    a.relief = {cramp::Relief::stretch, cramp::Relief::massage};
    auto b = a;
    b.onset += std::chrono::hours{1};  // 02:30 CET, the same wall-clock hour an hour later
    b.woke = false;
    b.relief = {};
    b.posture = cramp::Posture::walking;
    auto c = at("Asia/Shanghai", 23, 5, false);  // 23:05 in Shanghai
    c.relief = {cramp::Relief::stretch};
    c.posture = cramp::Posture::other;
    auto outside = at("Asia/Shanghai", 1, 0);
    outside.night = n + date::days{1};  // the next night: outside the period
    r.episodes = {a, b, c, outside};
    auto f = figures(r, {n - date::days{6}, n});
    CHECK(f.recorded.cramps == 3);
    CHECK(f.recorded.woke == 2);  // a and c (an episode wakes by default)
    CHECK(f.recorded.relief[static_cast<std::size_t>(cramp::Relief::stretch)] == 2);
    CHECK(f.recorded.relief[static_cast<std::size_t>(cramp::Relief::massage)] == 1);
    CHECK(f.recorded.no_relief == 1);
    CHECK(f.recorded.by_hour[2] == 2);
    CHECK(f.recorded.by_hour[23] == 1);
    CHECK(f.recorded.by_hour[1] == 0);
    CHECK(f.recorded.postures[static_cast<std::size_t>(cramp::Posture::lying)] == 1);
    CHECK(f.recorded.postures[static_cast<std::size_t>(cramp::Posture::walking)] == 1);
    CHECK(f.recorded.postures[static_cast<std::size_t>(cramp::Posture::other)] == 1);
}

TEST_CASE("a diary's figures: the first cramp from the whole diary, the rest as computed from its records",
          "[core][figures][service]") {
    cramp::test::TempDir dir;
    auto diary = cramp::Diary::open(dir / "diary.sqlite", [] { return cramp::Instant{date::sys_days{date::year{2026} / 12 / 1}}; });
    REQUIRE(diary);
    const Period p{day("2026-11-03"), day("2026-11-30")};
    CHECK_FALSE(cramp::report_figures(*diary, p).figures.status.first_cramp);
    REQUIRE(diary->add_cramp_free_night(day("2026-01-01")).ok());
    for (const char* when : {"2026-03-01T22:00:00+08:00", "2026-11-29T23:00:00+08:00", "2026-11-30T22:00:00+08:00"}) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        auto t = cramp::parse_iso_time(when);
        REQUIRE(t);
        e.onset = cramp::instant_of(*t, e.zone);
        REQUIRE(diary->add_episode(e).ok());
    }
    const auto got = cramp::report_figures(*diary, p);
    CHECK(cramp::format_date(*got.figures.status.first_cramp) == "2026-03-01");  // not the earlier check-in
    CHECK(got.figures.status.period.cramps == 2);
    CHECK(got.figures.status.last7.cramps == 2);
    CHECK(got.stats.episodes == 2);
}
