// SPDX-License-Identifier: GPL-3.0-or-later
// `crampdiary stats` and `crampdiary demo`, run as the real executable on temporary diaries.
#include "diary.hpp"
#include "hand_diary.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "cli_fixtures.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using cramp::test::run_process;

namespace {
// These tests stand at 09:00 on 16 March 2026 in Shanghai: last night is 15 March.
const std::vector<std::string> kEnv{"CRAMPDIARY_NOW=2026-03-16T09:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};

cramp::test::ProcessResult crampdiary(const std::filesystem::path& db, std::vector<std::string> args) {
    return cramp::test::crampdiary_in(kEnv, db, std::move(args));
}

cramp::Instant fixed_now() { return cramp::instant_of(*cramp::parse_iso_time("2026-03-16T09:00:00+08:00"), "UTC"); }

// The diary of tests/support/hand_diary.hpp, written through storage as the app would, and its care
// records through `crampdiary care`.
void write_hand_diary(const std::filesystem::path& db) {
    auto diary = cramp::Diary::open(db, fixed_now);
    REQUIRE(diary);
    for (const char* n : cramp::test::kHandCrampFree) REQUIRE(diary->add_cramp_free_night(*cramp::parse_date(n)));
    for (const auto& h : cramp::test::kHandEpisodes) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = cramp::instant_of(*cramp::parse_iso_time(h.onset), e.zone);
        e.posture = h.posture;
        e.numbness = h.numbness;
        REQUIRE(diary->add_episode(e));
    }
    for (const auto& c : cramp::test::kHandCare) {
        const std::string items = c.items;
        auto r = crampdiary(db, {"care", "--night", c.night, items.empty() ? "--none" : items});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(r.out == "night " + std::string(c.night) + ": " + (items.empty() ? "none of these" : items) + "\n");
    }
}
}  // namespace

TEST_CASE("stats --json prints the object worked out by hand", "[cli][stats]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    write_hand_diary(db);
    auto r = crampdiary(db, {"stats", "--json", "--from", "2026-03-02", "--to", "2026-03-15"});
    CHECK(r.err.empty());
    CHECK(r.exit_code == 0);
    CHECK(r.out == cramp::test::kHandStatsJson + "\n");
}

TEST_CASE("stats --json defaults to the 28 nights ending last night and honours --threshold", "[cli][stats]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    write_hand_diary(db);
    auto r = crampdiary(db, {"stats", "--json", "--threshold", "5"});
    REQUIRE(r.exit_code == 0);
    // 2026-02-16 … 2026-03-15; all 8 episodes lie in it; rolling7 to 03-15 is still 2.
    CHECK(r.out.starts_with(R"({"period":{"from":"2026-02-16","to":"2026-03-15"},"threshold":5,"nights_in_period":28,)"
                            R"("nights_recorded":10,"episodes":8,"rolling7":{"to":"2026-03-15","episodes":2,)"));
    CHECK(r.out.find(R"("crossings":["2026-03-04"])") != std::string::npos);  // rolling7 reaches 5 there
}

TEST_CASE("stats counts a cramp-free night overwritten by a later episode as one episode night", "[cli][stats]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    REQUIRE(crampdiary(db, {"checkin", "--night", "2026-03-03"}).exit_code == 0);
    REQUIRE(crampdiary(db, {"log", "--onset", "2026-03-04T02:00:00+08:00", "--zone", "Asia/Shanghai"}).exit_code == 0);
    auto r = crampdiary(db, {"stats", "--json", "--from", "2026-03-01", "--to", "2026-03-07"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find(R"("nights_in_period":7,"nights_recorded":1,"episodes":1,)") != std::string::npos);
}

TEST_CASE("readable stats name the signals, what triggered them and the note", "[cli][stats]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    write_hand_diary(db);
    auto r = crampdiary(db, {"stats", "--from", "2026-03-02", "--to", "2026-03-15"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("14 nights, 7 recorded") != std::string::npos);
    CHECK(r.out.find("Crossings (nights the last-7-nights count reached 3): 2026-03-02, 2026-03-14") != std::string::npos);
    CHECK(r.out.find("numbness_weakness: 2026-03-04 (numbness persisted)") != std::string::npos);
    CHECK(r.out.find("posture_linked: bending, 2 cramps, nights 2026-03-02, 2026-03-14") != std::string::npos);
    CHECK(r.out.find("no diagnosis") != std::string::npos);
}

TEST_CASE("stats refuses a bad period or threshold and creates no diary", "[cli][stats][errors]") {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"--from", "2026-03-10", "--to", "2026-03-01"}, "from: 2026-03-10 is after to: 2026-03-01"},
        {{"--threshold", "15"}, "threshold: 15 is outside 1–14"},
        {{"--threshold", "0"}, "threshold: 0 is outside 1–14"},
        {{"--from", "2026-02-30"}, "from: '2026-02-30' is not a date"},
    }));
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    args.insert(args.begin(), "stats");
    auto r = crampdiary(db, args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("demo makes the same diary for the same seed and refuses a diary with records", "[cli][demo]") {
    cramp::test::TempDir dir;
    auto a = crampdiary(dir / "a.sqlite", {"demo", "--nights", "90", "--seed", "5"});
    auto b = crampdiary(dir / "b.sqlite", {"demo", "--nights", "90", "--seed", "5"});
    REQUIRE(a.exit_code == 0);
    REQUIRE(b.exit_code == 0);
    CHECK(a.out.find("over 90 nights ending 2026-03-15") != std::string::npos);
    auto list_a = crampdiary(dir / "a.sqlite", {"list"});
    auto list_b = crampdiary(dir / "b.sqlite", {"list"});
    CHECK_FALSE(list_a.out.empty());
    CHECK(list_a.out == list_b.out);

    auto again = crampdiary(dir / "a.sqlite", {"demo", "--nights", "10"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("already holds records") != std::string::npos);
}

TEST_CASE("demo makes exactly the episodes asked for", "[cli][demo]") {
    cramp::test::TempDir dir;
    auto db = dir / "d.sqlite";
    REQUIRE(crampdiary(db, {"demo", "--nights", "400", "--episodes", "1000", "--seed", "9"}).exit_code == 0);
    auto diary = cramp::Diary::open(db, fixed_now);
    REQUIRE(diary);
    CHECK(diary->episode_count() == 1000);
}
