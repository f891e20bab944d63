// SPDX-License-Identifier: GPL-3.0-or-later
// The `stats --json` object: the documented keys in the documented order, for a diary worked out by hand;
// and the same figures through a real diary file, including a cramp-free night an episode overwrote.
#include "diary.hpp"
#include "diary_records.hpp"
#include "hand_diary.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "stats_json.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

namespace {

cramp::Night day(const std::string& s) {
    auto d = cramp::parse_date(s);
    REQUIRE(d);
    return *d;
}

cramp::Episode hand_episode(const cramp::test::HandEpisode& h) {
    cramp::Episode e;
    auto t = cramp::parse_iso_time(h.onset);
    REQUIRE(t);
    e.zone = "Asia/Shanghai";
    e.onset = cramp::instant_of(*t, e.zone);
    e.night = cramp::night_of(e.onset, e.zone, 12);
    e.posture = h.posture;
    e.numbness = h.numbness;
    return e;
}

const cramp::Period kHandPeriod{cramp::Night{date::year{2026} / 3 / 2}, cramp::Night{date::year{2026} / 3 / 15}};

cramp::Instant fixed_now() { return cramp::instant_of(*cramp::parse_iso_time("2026-03-16T09:00:00+08:00"), "UTC"); }

std::vector<cramp::NightFactors> hand_care() {
    std::vector<cramp::NightFactors> out;
    for (const auto& c : cramp::test::kHandCare) out.push_back({day(c.night), *cramp::parse_set<cramp::CareItem>(c.items)});
    return out;
}

}  // namespace

TEST_CASE("stats JSON of the hand-built diary matches the object worked out by hand", "[core][stats][json]") {
    cramp::DiaryRecords r;
    for (const auto& h : cramp::test::kHandEpisodes) r.episodes.push_back(hand_episode(h));
    for (const char* n : cramp::test::kHandCrampFree) r.cramp_free_nights.push_back(day(n));
    r.first_record_night = day("2026-02-20");
    auto s = cramp::compute_stats(r, kHandPeriod, {});
    const auto factors = cramp::compare_factors(r.episodes, r.cramp_free_nights, hand_care(), kHandPeriod);
    CHECK(cramp::stats_json(s, factors) == cramp::test::kHandStatsJson);
    // The evidence behind the signals, as the Today screen words it.
    CHECK(s.warning_signals.peak_rolling7 == cramp::NightCount{day("2026-03-05"), 5});
    REQUIRE(s.warning_signals.neuro_findings.size() == 1);
    CHECK(s.warning_signals.neuro_findings[0].night == day("2026-03-04"));
    CHECK(s.warning_signals.neuro_findings[0].numbness_persisted);
    CHECK(s.warning_signals.recent_28 == 8);
    CHECK(s.warning_signals.previous_56 == 0);
    CHECK(s.worst_night == cramp::NightCount{day("2026-03-14"), 2});
}

TEST_CASE("stats JSON of an empty period lists its weeks and nothing else", "[core][stats][json]") {
    const cramp::Period p{day("2026-12-31"), day("2027-01-01")};
    auto s = cramp::compute_stats({}, p, {});
    std::string none_counted;  // every item listed, each with nothing to count
    for (auto name : cramp::EnumNames<cramp::CareItem>::names)
        none_counted += std::string(none_counted.empty() ? "" : ",") + R"({"factor":")" + std::string(name) +
                        R"(","nights_with":0,"cramps_with":0,"nights_without":0,"cramps_without":0})";
    CHECK(cramp::stats_json(s, cramp::compare_factors({}, {}, {}, p)) ==
          R"({"period":{"from":"2026-12-31","to":"2027-01-01"},"threshold":3,"nights_in_period":2,)"
          R"("nights_recorded":0,"episodes":0,"rolling7":{"to":"2027-01-01","episodes":0,"over_threshold":false},)"
          R"("weeks":[{"week":"2026-W53","start":"2026-12-28","episodes":0,"over_threshold":false}],)"
          R"("crossings":[],"multi_cramp_nights":[],"signals":{"weekly_threshold":false,"multi_night":false,)"
          R"("escalation":false,"numbness_weakness":false,"posture_linked":[]},"factors":[)" + none_counted + "]}");
}

TEST_CASE("a real diary file gives the same stats as the records built by hand", "[core][stats][diary]") {
    cramp::test::TempDir dir;
    auto diary = cramp::Diary::open(dir / "diary.sqlite", fixed_now);
    REQUIRE(diary);
    for (const char* n : cramp::test::kHandCrampFree) REQUIRE(diary->add_cramp_free_night(day(n)));
    for (const auto& h : cramp::test::kHandEpisodes) REQUIRE(diary->add_episode(hand_episode(h)));
    for (const auto& c : hand_care()) REQUIRE(diary->set_night_factors(c.night, c.items));
    const auto records = cramp::load_records(*diary, kHandPeriod);
    CHECK(cramp::stats_json(cramp::diary_stats(*diary, kHandPeriod), cramp::diary_factors(*diary, records, kHandPeriod)) ==
          cramp::test::kHandStatsJson);
}

TEST_CASE("a cramp-free night later overwritten by an episode counts once, as an episode night",
          "[core][stats][diary]") {
    cramp::test::TempDir dir;
    auto diary = cramp::Diary::open(dir / "diary.sqlite", fixed_now);
    REQUIRE(diary);
    REQUIRE(diary->add_cramp_free_night(day("2026-03-03")));
    REQUIRE(diary->add_cramp_free_night(day("2026-03-04")));
    const cramp::Period p{day("2026-03-01"), day("2026-03-07")};
    auto before = cramp::diary_stats(*diary, p);
    CHECK(before.nights_recorded == 2);
    CHECK(before.episodes == 0);

    // The patient checked in "no cramps" for 3 March, then remembered one at 02:00 on 4 March.
    REQUIRE(diary->add_episode(hand_episode({"2026-03-04T02:00:00+08:00"})));
    auto records = cramp::load_records(*diary, p);
    CHECK(records.cramp_free_nights == std::vector<cramp::Night>{day("2026-03-04")});
    auto after = cramp::compute_stats(records, p, diary->rule_settings());
    CHECK(after.nights_recorded == 2);
    CHECK(after.episodes == 1);
    CHECK(after.per_night[2] == cramp::NightCount{day("2026-03-03"), 1});
    CHECK(after.recorded_by_night == std::vector<bool>{false, false, true, true, false, false, false});
}

TEST_CASE("stats honour the diary's threshold and week start", "[core][stats][diary]") {
    cramp::test::TempDir dir;
    auto diary = cramp::Diary::open(dir / "diary.sqlite", fixed_now);
    REQUIRE(diary);
    for (const auto& h : cramp::test::kHandEpisodes) REQUIRE(diary->add_episode(hand_episode(h)));
    cramp::RuleSettings s;
    s.threshold = 5;
    s.week_start = cramp::WeekStart::sunday;
    REQUIRE(diary->set_rule_settings(s));
    auto st = cramp::diary_stats(*diary, kHandPeriod);
    CHECK(st.threshold == 5);
    CHECK(st.warning_signals.nights_over_threshold == std::vector<cramp::Night>{day("2026-03-04"), day("2026-03-05")});
    REQUIRE(st.weeks.size() == 3);  // Sundays 03-01, 03-08, 03-15
    CHECK(st.weeks[0].start == day("2026-03-01"));
    CHECK(st.weeks[0].episodes == 3);  // 03-02, 03-04 ×2 (03-01 lies before the period)
}

TEST_CASE("a cramp logged in the evening counts on Today at once", "[core][stats][diary][today]") {
    // 23:00 on 16 March in Shanghai: last night is 15 March, tonight is 16 March.
    const auto evening = cramp::instant_of(*cramp::parse_iso_time("2026-03-16T23:00:00+08:00"), "UTC");
    cramp::test::TempDir dir;
    auto diary = cramp::Diary::open(dir / "diary.sqlite", [evening] { return evening; });
    REQUIRE(diary);
    REQUIRE(diary->add_episode(hand_episode({"2026-03-15T03:00:00+08:00"})));
    CHECK(cramp::format_date(cramp::today_end_night(*diary, evening, "Asia/Shanghai")) == "2026-03-15");
    CHECK(cramp::diary_stats(*diary, cramp::today_period(cramp::today_end_night(*diary, evening, "Asia/Shanghai")))
              .rolling7.episodes == 1);

    REQUIRE(diary->add_episode(hand_episode({"2026-03-16T22:50:00+08:00"})));
    const auto end = cramp::today_end_night(*diary, evening, "Asia/Shanghai");
    CHECK(cramp::format_date(end) == "2026-03-16");
    CHECK(cramp::diary_stats(*diary, cramp::today_period(end)).rolling7.episodes == 2);
}
