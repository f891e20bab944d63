// SPDX-License-Identifier: GPL-3.0-or-later
// edit, delete, checkin, uncheck and profile: correcting the record from the command line, and
// every refusal (exit 2, a message naming the problem, the diary unchanged byte for byte).
#include "cli_fixtures.hpp"
#include "diary.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>


using cramp::test::crampdiary;

namespace {
cramp::Night night(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

// Entry #1 on the night of 2 March (02:30 on 3 March), a cramp-free 1 March.
void make_diary(const std::filesystem::path& db) {
    REQUIRE(crampdiary(db, {"log", "--ago", "40", "--site", "foot", "--side", "right", "--note", "kept"}).exit_code == 0);
    REQUIRE(crampdiary(db, {"checkin", "--night", "2026-03-01"}).exit_code == 0);
}
}  // namespace

TEST_CASE("edit changes only the fields given and re-derives the night", "[cli][edit]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);
    // Onto the cramp-free night of 1 March: the entry moves there and the mark goes.
    auto r = crampdiary(db, {"edit", "#1", "--onset", "2026-03-01T23:15", "--intensity", "8"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.starts_with("edited #1  night 2026-03-01  2026-03-01T23:15:00+08:00 Asia/Shanghai  foot/right"));
    auto d = cramp::Diary::open(db);
    REQUIRE(d.ok());
    auto e = d->episode(1);
    REQUIRE(e);
    CHECK(e->night == night(2026, 3, 1));
    CHECK(e->intensity == 8);
    CHECK(e->site == cramp::Site::foot);
    CHECK(e->note == "kept");
    CHECK(d->cramp_free_nights().empty());
}

TEST_CASE("edit --zone keeps the moment and counts it on that zone's night", "[cli][edit]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);  // 2026-03-02T18:30Z
    auto r = crampdiary(db, {"edit", "1", "--zone", "America/New_York"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("night 2026-03-02  2026-03-02T13:30:00-05:00 America/New_York") != std::string::npos);
}

TEST_CASE("delete removes the entry it names", "[cli][delete]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);
    auto r = crampdiary(db, {"delete", "1"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.starts_with("deleted #1  night 2026-03-02"));
    auto d = cramp::Diary::open(db);
    REQUIRE(d.ok());
    CHECK(d->episode_count() == 0);
}

TEST_CASE("checkin records any past night, and uncheck removes the mark", "[cli][checkin][uncheck]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);
    auto r = crampdiary(db, {"checkin", "--night", "2025-12-24"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "recorded night 2025-12-24 as cramp-free\n");
    r = crampdiary(db, {"uncheck", "--night", "2026-03-01"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "night 2026-03-01 is no longer recorded as cramp-free\n");
    auto d = cramp::Diary::open(db);
    REQUIRE(d.ok());
    auto marks = d->cramp_free_nights();
    REQUIRE(marks.size() == 1);
    CHECK(marks.front().night == night(2025, 12, 24));
}

TEST_CASE("profile prints the profile and sets only the fields given", "[cli][profile]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);
    REQUIRE(crampdiary(db, {"medicine", "add", "--name", "furosemide", "--start", "2026-01-05"}).exit_code == 0);
    auto set = crampdiary(db, {"profile", "--name", "李明", "--birth-year", "1956", "--risk", "diabetes;varicose_veins"});
    REQUIRE(set.exit_code == 0);
    const std::string all = "name: 李明\nbirth year: 1956\nrisk factors: diabetes;varicose_veins\nmedicines: furosemide\n";
    CHECK(set.out == all);
    CHECK(crampdiary(db, {"profile"}).out == all);
    auto cleared = crampdiary(db, {"profile", "--birth-year", ""});
    REQUIRE(cleared.exit_code == 0);
    CHECK(cleared.out == "name: 李明\nbirth year: \nrisk factors: diabetes;varicose_veins\nmedicines: furosemide\n");
    auto d = cramp::Diary::open(db);
    REQUIRE(d.ok());
    CHECK(d->profile().name == "李明");
    CHECK_FALSE(d->profile().birth_year);
}

TEST_CASE("edit, delete, checkin, uncheck and profile refuse bad input, name it, and change nothing", "[cli][errors]") {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"edit", "99", "--intensity", "3"}, "crampdiary edit: no entry #99\n"},
        {{"edit", "x"}, "ID: 'x' is not an entry number"},
        {{"edit", "0"}, "ID: '0' is not an entry number"},
        {{"edit"}, "give the entry's number ID"},
        {{"edit", "1", "--intensity", "11"}, "intensity: 11 is outside 0–10"},
        {{"edit", "1", "--duration", "long"}, "duration: 'long' is not a whole number"},
        {{"edit", "1", "--site", "knee"}, "site: 'knee' is not one of"},
        {{"edit", "1", "--relief", "pills"}, "relief: 'pills' is not one of"},
        {{"edit", "1", "--woke", "perhaps"}, "woke: 'perhaps' is not yes or no"},
        {{"edit", "1", "--onset", "2026-03-04T05:00"}, "onset: more than one hour in the future"},
        {{"edit", "1", "--onset", "soon"}, "onset: 'soon' is not a time"},
        {{"edit", "1", "--onset", "2026-03-01T01:00", "--ago", "5"}, "give --onset or --ago, not both"},
        {{"edit", "1", "--zone", "Mars/Olympus"}, "zone: 'Mars/Olympus' is not a known IANA time zone"},
        {{"edit", "1", "--colour", "red"}, "unknown option --colour"},
        {{"delete", "99"}, "crampdiary delete: no entry #99\n"},
        {{"delete"}, "give the entry's number ID"},
        {{"delete", "1", "2"}, "give the entry's number ID"},
        {{"checkin", "--night", "2099-01-01"}, "night: 2099-01-01 has not come yet (the latest night is 2026-03-02)"},
        {{"checkin", "--night", "2026-03-03"}, "night: 2026-03-03 has not come yet"},
        {{"checkin", "--night", "2026-03-02"}, "night: 2026-03-02 already has a cramp recorded"},
        {{"checkin", "--night", "March"}, "night: 'March' is not a date"},
        {{"uncheck", "--night", "2026-02-01"}, "night: 2026-02-01 is not recorded as cramp-free"},
        {{"uncheck", "--night", "2099-01-01"}, "night: 2099-01-01 has not come yet"},
        {{"profile", "--birth-year", "1800"}, "birth_year: 1800 is outside 1900–2100"},
        {{"profile", "--birth-year", "old"}, "birth-year: 'old' is not a whole number"},
        {{"profile", "--risk", "diabetes;smoking"}, "risk_factors: 'smoking' is not a known risk factor"},
        {{"profile", "--name", std::string(201, 'a')}, "name: longer than 200 characters"},
        {{"profile", "everything"}, "profile: unexpected 'everything'"},
        // Medicines are dated records now: replacing them all with undated names would lose the dates.
        {{"profile", "--medicines", "statin"}, "profile: --medicines is gone: medicines are records with dates now; add one with "
                                               "`crampdiary medicine add --name TEXT --start YYYY-MM-DD`"},
    }));
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_diary(db);
    cramp::test::check_refused(db, args, message);
}

TEST_CASE("edit, delete and uncheck on a missing diary say so and create nothing", "[cli][errors]") {
    auto args = GENERATE(std::vector<std::string>{"edit", "1", "--intensity", "3"}, std::vector<std::string>{"delete", "1"},
                         std::vector<std::string>{"uncheck"}, std::vector<std::string>{"profile", "--birth-year", "1800"});
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto db = dir / "new" / "diary.sqlite";
    auto r = crampdiary(db, args);
    CHECK(r.exit_code != 0);
    CHECK_FALSE(std::filesystem::exists(dir / "new"));
}
