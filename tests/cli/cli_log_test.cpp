// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_fixtures.hpp"
#include "diary.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using cramp::test::run_process;

using cramp::test::crampdiary;
using cramp::test::file_bytes;

TEST_CASE("log writes an episode that list shows, newest first", "[cli][log]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    auto first = crampdiary(db, {"log", "--ago", "40", "--site", "calf", "--side", "right", "--intensity", "6",
                                 "--duration", "90", "--posture", "bending", "--numbness", "persisted", "--weakness",
                                 "foot_drop;stairs", "--radiating", "yes", "--relief", "stretch;heat", "--note", "左小腿抽筋"});
    REQUIRE(first.exit_code == 0);
    auto second = crampdiary(db, {"log", "--intensity", "3"});  // now; site and side as last time
    REQUIRE(second.exit_code == 0);

    auto list = crampdiary(db, {"list"});
    REQUIRE(list.exit_code == 0);
    std::istringstream lines(list.out);
    std::string newest, older, none;
    std::getline(lines, newest);
    std::getline(lines, older);
    CHECK_FALSE(std::getline(lines, none));
    CHECK(newest.find("2026-03-03T03:10:00+08:00 Asia/Shanghai  calf/right  60 s  intensity 3  lying") != std::string::npos);
    CHECK(older.find("night 2026-03-02  2026-03-03T02:30:00+08:00") != std::string::npos);
    CHECK(older.find("calf/right  90 s  intensity 6  bending  numbness persisted  weakness foot_drop;stairs  radiating") !=
          std::string::npos);
    CHECK(older.find("relief stretch;heat  \"左小腿抽筋\"") != std::string::npos);
}

TEST_CASE("log refuses a bad value, names the field, and writes nothing", "[cli][log][errors]") {
    auto [args, field] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"--intensity", "11"}, "intensity: 11 is outside 0–10"},
        {{"--intensity", "-1"}, "intensity: -1 is outside 0–10"},
        {{"--intensity", "high"}, "intensity: 'high' is not a whole number"},
        {{"--duration", "0"}, "duration_s: 0 is outside 1–3600 seconds"},
        {{"--duration", "3601"}, "duration_s: 3601 is outside 1–3600 seconds"},
        {{"--site", "knee"}, "site: 'knee' is not one of"},
        {{"--side", "up"}, "side: 'up' is not one of"},
        {{"--posture", "dancing"}, "posture: 'dancing' is not one of"},
        {{"--numbness", "some"}, "numbness: 'some' is not one of"},
        {{"--weakness", "foot_drop;arms"}, "weakness: 'arms' is not one of"},
        {{"--relief", "pills"}, "relief: 'pills' is not one of"},
        {{"--radiating", "maybe"}, "radiating: 'maybe' is not yes or no"},
        {{"--zone", "Mars/Olympus"}, "zone: 'Mars/Olympus' is not a known IANA time zone"},
        {{"--onset", "2026-03-03T05:00:00+08:00"}, "onset: more than one hour in the future"},
        {{"--onset", "yesterday"}, "onset: 'yesterday' is not a time"},
        {{"--colour", "red"}, "unknown option --colour"},
    }));
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    REQUIRE(crampdiary(db, {"log", "--note", "kept"}).exit_code == 0);
    const auto before = file_bytes(db);

    args.insert(args.begin(), "log");
    auto r = crampdiary(db, args);
    CHECK(r.exit_code != 0);
    CHECK(r.err.find(field) != std::string::npos);
    CHECK(r.out.empty());
    CHECK(file_bytes(db) == before);
}

TEST_CASE("a refused log does not create a diary file", "[cli][log][errors]") {
    cramp::test::TempDir dir;
    auto db = dir / "new" / "diary.sqlite";
    auto r = crampdiary(db, {"log", "--intensity", "11"});
    CHECK(r.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("checkin records last night as cramp-free, and an episode replaces it", "[cli][checkin]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    auto r = crampdiary(db, {"checkin"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "recorded night 2026-03-02 as cramp-free\n");
    {
        auto d = cramp::Diary::open(db);
        REQUIRE(d.ok());
        CHECK(d->cramp_free_nights().size() == 1);
    }
    REQUIRE(crampdiary(db, {"log", "--ago", "30"}).exit_code == 0);  // 02:40, night of 2 March
    auto d = cramp::Diary::open(db);
    REQUIRE(d.ok());
    CHECK(d->cramp_free_nights().empty());
    CHECK(d->episode_count() == 1);
}

TEST_CASE("help lists the subcommands, and an unknown one is an error", "[cli]") {
    auto help = run_process(CRAMPDIARY_EXE, {"--help"});
    CHECK(help.exit_code == 0);
    for (const char* cmd : {"log", "checkin", "list"}) CHECK(help.out.find(std::string("\n  ") + cmd) != std::string::npos);
    auto bad = run_process(CRAMPDIARY_EXE, {"frobnicate"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("unknown subcommand 'frobnicate'") != std::string::npos);
}
