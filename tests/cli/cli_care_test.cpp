// SPDX-License-Identifier: GPL-3.0-or-later
// care and medicine: a night's care record and the medicines from the command line, and every
// refusal (exit 2, a message naming the problem, the diary unchanged byte for byte, and no diary
// made for a command refused on its words).
#include "cli_fixtures.hpp"
#include "diary.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

using cramp::test::crampdiary;

namespace {
cramp::Night night(const char* s) { return *cramp::parse_date(s); }

std::vector<cramp::NightFactors> care_of(const std::filesystem::path& db) {
    auto d = cramp::Diary::open_read_only(db);
    REQUIRE(d.ok());
    return d->night_factors();
}
}  // namespace

// kCliEnv stands at 03:10 on 3 March 2026 in Shanghai: tonight is 3 March (today's date, as in the
// window; last night is 2 March).
TEST_CASE("care records tonight by default, any earlier night with --night, and replaces the night's record", "[cli][care]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    auto r = crampdiary(db, {"care", "cold_night;calf_stretch"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "night 2026-03-03: calf_stretch;cold_night\n");
    r = crampdiary(db, {"care", "--night", "2026-02-27", "--none"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "night 2026-02-27: none of these\n");
    CHECK(care_of(db) == std::vector<cramp::NightFactors>{{night("2026-02-27"), {}},
                                                          {night("2026-03-03"), {cramp::CareItem::calf_stretch, cramp::CareItem::cold_night}}});
    // Again for 27 February: the record is replaced, empty items ignored.
    r = crampdiary(db, {"care", "--night", "2026-02-27", "fluids;;foot_soak;"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "night 2026-02-27: foot_soak;fluids\n");
    CHECK(care_of(db).front() == cramp::NightFactors{night("2026-02-27"), {cramp::CareItem::foot_soak, cramp::CareItem::fluids}});
    r = crampdiary(db, {"care", "--night", "2026-02-27", "--clear"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "night 2026-02-27: care record removed\n");
    CHECK(care_of(db).size() == 1);
    // Tonight is today's date where the device is.
    const std::vector<std::string> evening{"CRAMPDIARY_NOW=2026-03-03T21:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
    r = cramp::test::crampdiary_in(evening, db, {"care", "legs_warm"});
    CHECK(r.out == "night 2026-03-03: legs_warm\n");
    const std::vector<std::string> morning{"CRAMPDIARY_NOW=2026-03-03T06:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
    r = cramp::test::crampdiary_in(morning, db, {"care", "--zone", "America/New_York", "legs_warm"});
    CHECK(r.out == "night 2026-03-02: legs_warm\n");  // 17:00 on 2 March in New York
}

TEST_CASE("medicine add, list and stop", "[cli][medicine]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    auto r = crampdiary(db, {"medicine", "add", "--name", "magnesium", "--dose", "200 mg at night", "--start", "2026-02-01"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "1\tmagnesium\t200 mg at night\t2026-02-01\t\n");
    r = crampdiary(db, {"medicine", "add", "--name", "奎宁\x1b[31m", "--start", "2025-06-01", "--stop", "2025-07-15"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "2\t奎宁\\x1b[31m\t\t2025-06-01\t2025-07-15\n");
    r = crampdiary(db, {"medicine", "add", "--name", "statin", "--start", "2026-03-03"});  // tonight
    REQUIRE(r.exit_code == 0);
    // Undated first (none here), then by start.
    CHECK(crampdiary(db, {"medicine", "list"}).out ==
          "2\t奎宁\\x1b[31m\t\t2025-06-01\t2025-07-15\n1\tmagnesium\t200 mg at night\t2026-02-01\t\n3\tstatin\t\t2026-03-03\t\n");
    r = crampdiary(db, {"medicine", "stop", "1", "--stop", "2026-03-01"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "1\tmagnesium\t200 mg at night\t2026-02-01\t2026-03-01\n");
    auto d = cramp::Diary::open_read_only(db);
    REQUIRE(d.ok());
    REQUIRE(d->medicines().size() == 3);
    CHECK(d->medicines()[1].stop == night("2026-03-01"));
    // An empty diary lists nothing.
    auto empty = dir / "empty.sqlite";
    REQUIRE(crampdiary(empty, {"care", "--night", "2026-01-01", "--none"}).exit_code == 0);
    r = crampdiary(empty, {"medicine", "list"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
}

TEST_CASE("care and medicine refuse bad input, name it, and change nothing", "[cli][care][medicine][errors]") {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"care", "calf_stretch;yoga"},
         "crampdiary care: factors: 'yoga' is not one of calf_stretch, foot_soak, legs_warm, fluids, hard_exercise, long_sitting, "
         "long_standing, sweating, cold_night\n"},
        {{"care", "--night", "2026-03-04", "fluids"}, "crampdiary care: night: 2026-03-04 has not come yet (tonight is 2026-03-03)\n"},
        {{"care", "--night", "3 March", "fluids"}, "night: '3 March' is not a date (YYYY-MM-DD)"},
        {{"care", "--none", "fluids"}, "give the night's items (ITEM;ITEM), --none for none of these, or --clear"},
        {{"care", "--none", "--clear"}, "give the night's items (ITEM;ITEM), --none for none of these, or --clear"},
        {{"care"}, "give the night's items (ITEM;ITEM), --none for none of these, or --clear"},
        {{"care", ";"}, "no item given (--none records a night with none of these)"},
        {{"care", "fluids", "foot_soak"}, "unexpected 'foot_soak'"},
        {{"care", "--night", "2026-01-01", "--clear"}, "crampdiary care: night: 2026-01-01 has no care record\n"},
        {{"care", "--zone", "Mars/Olympus", "fluids"}, "zone: 'Mars/Olympus' is not a known IANA time zone"},
        {{"medicine", "add", "--start", "2026-02-01"}, "crampdiary medicine add: name: missing\n"},
        {{"medicine", "add", "--name", "  ", "--start", "2026-02-01"}, "crampdiary medicine add: name: missing\n"},
        {{"medicine", "add", "--name", "statin"}, "crampdiary medicine add: start: missing"},
        {{"medicine", "add", "--name", "statin", "--start", "Monday"}, "start: 'Monday' is not a date (YYYY-MM-DD)"},
        {{"medicine", "add", "--name", "statin", "--start", "2026-02-01", "--stop", "2026-01-31"},
         "crampdiary medicine add: stop: 2026-01-31 is before the start 2026-02-01\n"},
        {{"medicine", "add", "--name", "statin", "--start", "2026-03-04"},
         "crampdiary medicine add: start: 2026-03-04 has not come yet (tonight is 2026-03-03)\n"},
        {{"medicine", "add", "--name", "statin", "--start", "2026-02-01", "--stop", "2099-01-01"},
         "stop: 2099-01-01 has not come yet"},
        {{"medicine", "add", "--name", std::string(2001, 'a'), "--start", "2026-02-01"}, "name: longer than 2000 characters"},
        {{"medicine", "stop", "7", "--stop", "2026-03-01"}, "crampdiary medicine stop: no medicine #7\n"},
        {{"medicine", "stop", "x", "--stop", "2026-03-01"}, "ID: 'x' is not a medicine's number"},
        {{"medicine", "stop", "1"}, "stop: missing"},
        {{"medicine", "stop", "1", "--stop", "2025-12-31"}, "stop: 2025-12-31 is before the start 2026-01-05"},
        {{"medicine", "stop", "1", "--stop", "2026-03-05"}, "stop: 2026-03-05 has not come yet"},
        {{"medicine"}, "crampdiary medicine: give add, list or stop"},
        {{"medicine", "remove", "1"}, "crampdiary medicine: give add, list or stop"},
        {{"medicine", "add", "--name", "x", "--start", "2026-02-01", "--colour", "red"}, "unknown option --colour"},
    }));
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    REQUIRE(crampdiary(db, {"medicine", "add", "--name", "furosemide", "--start", "2026-01-05"}).exit_code == 0);
    cramp::test::check_refused(db, args, message);
    // Without a diary: the same refusal, and no diary made.
    auto none = dir / "none" / "diary.sqlite";
    const bool needs_the_diary = message.find("no medicine #") != std::string::npos ||
                                 message.find("has no care record") != std::string::npos ||
                                 message.find("before the start 2026-01-05") != std::string::npos;
    if (!needs_the_diary) {
        auto r = crampdiary(none, args);
        CHECK(r.exit_code == 2);
        CHECK_FALSE(std::filesystem::exists(none.parent_path()));
    }
}
