// SPDX-License-Identifier: GPL-3.0-or-later
// Every storage operation, and every bad value refused with a message that names the field and
// leaves the diary as it was.
#include "diary.hpp"
#include "messages.hpp"
#include "night.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace cramp;

namespace {
Instant at(int y, unsigned m, unsigned d, int h, int min = 0) {
    return date::sys_days{date::year{y} / m / d} + std::chrono::hours{h} + std::chrono::minutes{min};
}
const Instant kNow = at(2026, 3, 3, 0);  // 08:00 in Shanghai

Diary open_diary(const test::TempDir& dir) {
    auto d = Diary::open(dir / "diary.sqlite", [] { return kNow; });
    REQUIRE(d.ok());
    return std::move(d).value();
}

Episode episode(Instant onset, std::string note = {}) {
    Episode e;
    e.onset = onset;
    e.zone = "Asia/Shanghai";
    e.note = std::move(note);
    return e;
}
}  // namespace

TEST_CASE("a bad value is refused with a message naming the field, and nothing is written", "[storage][validation]") {
    auto [field, expected] = GENERATE(table<std::string, std::string>({
        {"intensity=11", "intensity: 11 is outside 0–10"},
        {"intensity=-1", "intensity: -1 is outside 0–10"},
        {"duration=0", "duration_s: 0 is outside 1–3600 seconds"},
        {"duration=3601", "duration_s: 3601 is outside 1–3600 seconds"},
        {"site", "site: unknown value"},
        {"side", "side: unknown value"},
        {"posture", "posture: unknown value"},
        {"future", "onset: more than one hour in the future"},
        {"note", "note: 2001 characters, at most 2000"},
        {"zone", "zone: 'Asia/Atlantis' is not a known IANA time zone"},
        {"utf8", "note: not valid UTF-8 text"},
    }));
    CAPTURE(field);
    test::TempDir dir;
    auto diary = open_diary(dir);
    Episode e = episode(at(2026, 3, 2, 18, 30));
    if (field == "intensity=11") e.intensity = 11;
    if (field == "intensity=-1") e.intensity = -1;
    if (field == "duration=0") e.duration_s = 0;
    if (field == "duration=3601") e.duration_s = 3601;
    if (field == "site") e.site = static_cast<Site>(17);
    if (field == "side") e.side = static_cast<Side>(9);
    if (field == "posture") e.posture = static_cast<Posture>(42);
    if (field == "future") e.onset = kNow + std::chrono::minutes{61};
    if (field == "note") e.note = std::string(2000, 'x') + "字";
    if (field == "zone") e.zone = "Asia/Atlantis";
    if (field == "utf8") e.note = "bad \xC3\x28 byte";

    auto r = diary.add_episode(e);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find(expected) != std::string::npos);
    CHECK(diary.episode_count() == 0);
}

TEST_CASE("limits themselves are accepted", "[storage][validation]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    Episode e = episode(kNow + std::chrono::minutes{60}, std::string(1999, 'x') + "字");
    e.intensity = 10;
    e.duration_s = 3600;
    CHECK(diary.add_episode(e).ok());
    e.intensity = 0;
    e.duration_s = 1;
    e.note.clear();
    CHECK(diary.add_episode(e).ok());
    CHECK(diary.episode_count() == 2);
}

TEST_CASE("an episode is edited in place, and its night follows the new onset", "[storage][edit]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    auto id = diary.add_episode(episode(at(2026, 3, 1, 18)));  // 02:00 on 2 March → night of 1 March
    REQUIRE(id.ok());
    auto e = *diary.episode(*id);
    CHECK(format_date(e.night) == "2026-03-01");
    e.onset = at(2026, 3, 2, 18);
    e.intensity = 9;
    e.note = "改了";
    REQUIRE(diary.update_episode(e).ok());
    auto back = *diary.episode(*id);
    CHECK(format_date(back.night) == "2026-03-02");
    CHECK(back.intensity == 9);
    CHECK(back.note == "改了");
    CHECK(diary.episode_count() == 1);

    e.id = 999;
    auto missing = diary.update_episode(e);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error() == "episode 999 does not exist");
    e.id = *id;
    e.intensity = 12;
    CHECK_FALSE(diary.update_episode(e).ok());
    CHECK(diary.episode(*id)->intensity == 9);
}

TEST_CASE("an episode moved to a cramp-free night takes that night's place", "[storage][edit]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    auto id = diary.add_episode(episode(at(2026, 3, 1, 18)));  // night of 1 March
    REQUIRE(id.ok());
    const auto free_night = *parse_date("2026-02-25");
    REQUIRE(diary.add_cramp_free_night(free_night).ok());
    auto e = *diary.episode(*id);
    e.onset = at(2026, 2, 25, 15);  // 23:00 on 25 February in Shanghai: the window's edit of the date
    REQUIRE(diary.update_episode(e).ok());
    CHECK(diary.episode(*id)->night == free_night);
    CHECK(diary.cramp_free_nights().empty());
    CHECK(diary.episodes(NightRange{*parse_date("2026-03-01"), *parse_date("2026-03-01")}).empty());
}

TEST_CASE("a deleted episode can be put back with its id, as the UI's undo does", "[storage][delete]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    auto first = diary.add_episode(episode(at(2026, 3, 1, 18), "one"));
    auto second = diary.add_episode(episode(at(2026, 3, 2, 18), "two"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    auto gone = *diary.episode(*first);
    REQUIRE(diary.delete_episode(*first).ok());
    CHECK_FALSE(diary.episode(*first));
    CHECK_FALSE(diary.delete_episode(*first).ok());
    auto back = diary.add_episode(gone);
    REQUIRE(back.ok());
    CHECK(*back == *first);
    CHECK(diary.episode(*first)->same_record(gone));
    CHECK(diary.episode_count() == 2);
}

TEST_CASE("cramp-free nights: added once, refused on a night with a cramp, removed by a later cramp, deleted",
          "[storage][cramp-free]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    const Night n1 = date::sys_days{date::year{2026} / 3 / 1}, n2 = n1 + date::days{1};
    auto id = diary.add_cramp_free_night(n1);
    REQUIRE(id.ok());
    auto again = diary.add_cramp_free_night(n1);
    REQUIRE(again.ok());
    CHECK(*again == *id);
    CHECK(diary.cramp_free_nights().size() == 1);
    REQUIRE(diary.add_episode(episode(at(2026, 3, 2, 18))).ok());  // night of 2 March
    auto refused = diary.add_cramp_free_night(n2);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == "night 2026-03-02 already has a cramp recorded");
    REQUIRE(diary.add_episode(episode(at(2026, 3, 1, 19))).ok());  // a cramp on night 1 replaces its check-in
    CHECK(diary.cramp_free_nights().empty());
    auto id3 = diary.add_cramp_free_night(n1 - date::days{1});
    REQUIRE(id3.ok());
    CHECK(diary.delete_cramp_free_night(*id3).ok());
    CHECK_FALSE(diary.delete_cramp_free_night(*id3).ok());
    CHECK(diary.first_record_night() == n1);
    CHECK(diary.first_episode_night() == n1);
    // A check-in before the first cramp: the first record moves, the first cramp does not.
    REQUIRE(diary.add_cramp_free_night(n1 - date::days{5}).ok());
    CHECK(diary.first_record_night() == n1 - date::days{5});
    CHECK(diary.first_episode_night() == n1);
}

TEST_CASE("care records: one per night, replaced when set again, an empty one kept, deleted", "[storage][care]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    const Night n1 = date::sys_days{date::year{2026} / 3 / 1}, n2 = n1 + date::days{1}, n3 = n1 + date::days{2};
    REQUIRE(diary.set_night_factors(n2, {CareItem::calf_stretch, CareItem::cold_night}).ok());
    REQUIRE(diary.set_night_factors(n1, {}).ok());  // "none of these" is a record too
    REQUIRE(diary.set_night_factors(n3, {CareItem::fluids}).ok());
    REQUIRE(diary.set_night_factors(n3, {CareItem::foot_soak, CareItem::legs_warm}).ok());  // replaces
    auto all = diary.night_factors();
    REQUIRE(all.size() == 3);
    CHECK(all[0] == NightFactors{n1, {}});
    CHECK(all[1] == NightFactors{n2, {CareItem::calf_stretch, CareItem::cold_night}});
    CHECK(all[2] == NightFactors{n3, {CareItem::foot_soak, CareItem::legs_warm}});
    CHECK(diary.night_factors(NightRange{n2, n3}).size() == 2);
    REQUIRE(diary.delete_night_factors(n2).ok());
    CHECK(diary.night_factors(NightRange{n2, n2}).empty());
    CHECK(diary.night_factors().size() == 2);
}

TEST_CASE("settings and the profile are kept, validated, and a new day boundary re-derives nights",
          "[storage][settings]") {
    test::TempDir dir;
    {
        auto diary = open_diary(dir);
        REQUIRE(diary.add_episode(episode(at(2026, 3, 2, 3))).ok());  // 11:00 on 2 March: night of 1 March at boundary 12
        CHECK(format_date(diary.episodes().front().night) == "2026-03-01");
        RuleSettings s{5, 10, WeekStart::sunday};
        REQUIRE(diary.set_rule_settings(s).ok());
        CHECK(format_date(diary.episodes().front().night) == "2026-03-02");  // 11:00 is after a 10:00 boundary
        CHECK_FALSE(diary.set_rule_settings(RuleSettings{15, 10, WeekStart::monday}).ok());
        CHECK_FALSE(diary.set_rule_settings(RuleSettings{3, 24, WeekStart::monday}).ok());
        Profile p{"王女士", 1961, {"diabetes", "age_40_plus"}};
        REQUIRE(diary.set_profile(p).ok());
        CHECK_FALSE(diary.set_profile(Profile{"", 1800, {}}).ok());
        CHECK_FALSE(diary.set_profile(Profile{"", std::nullopt, {"flat_feet"}}).ok());
        REQUIRE(diary.set_preference("theme", "dark").ok());
    }
    auto diary = open_diary(dir);
    CHECK(diary.rule_settings() == RuleSettings{5, 10, WeekStart::sunday});
    CHECK(diary.profile() == Profile{"王女士", 1961, {"diabetes", "age_40_plus"}});
    CHECK(diary.preference("theme") == "dark");
    CHECK_FALSE(diary.preference("nothing"));
}

TEST_CASE("the diary file is private to its owner", "[storage][privacy]") {
    test::TempDir dir;
    auto path = dir / "new" / "folder" / "diary.sqlite";
    {
        auto diary = Diary::open(path, [] { return kNow; });
        REQUIRE(diary.ok());
        REQUIRE(diary->add_episode(episode(at(2026, 3, 2, 18))).ok());
    }
    struct stat file {}, folder {};
    REQUIRE(::stat(path.c_str(), &file) == 0);
    REQUIRE(::stat(path.parent_path().c_str(), &folder) == 0);
    CHECK((file.st_mode & 0777) == 0600);
    CHECK((folder.st_mode & 0777) == 0700);
}

TEST_CASE("refused values and missing records are said in translatable templates, one problem a line",
          "[storage][validation][message]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    auto id = diary.add_episode(episode(at(2026, 3, 2, 18)));
    REQUIRE(id.ok());
    Episode bad = episode(at(2026, 3, 2, 19));
    bad.duration_s = 0;
    bad.intensity = 11;
    RuleSettings settings{20, 24, WeekStart::monday};
    auto as_void = [](const auto& r) -> Result<void> {
        if (r) return {};
        return r.failure();
    };
    struct Row {
        std::string name;
        Result<void> r;
        std::string marked;
    };
    const std::vector<Row> rows = {
        {"episode", as_void(diary.add_episode(bad)),
         "<<duration_s: 0 is outside 1–3600 seconds>>\n<<intensity: 11 is outside 0–10>>"},
        {"settings", diary.set_rule_settings(settings), "<<threshold: 20 is outside 1–14>>\n<<day_boundary: 24 is outside 0–23>>"},
        {"profile", diary.set_profile({"", 1850, {"gout"}}),
         "<<birth_year: 1850 is outside 1900–2100>>\n<<risk_factors: 'gout' is not a known risk factor>>"},
        {"no such episode", diary.delete_episode(*id + 100), "<<episode " + std::to_string(*id + 100) + " does not exist>>"},
        {"night has a cramp", as_void(diary.add_cramp_free_night(date::sys_days{date::year{2026} / 3 / 2})),
         "<<night 2026-03-02 already has a cramp recorded>>"},
        {"no such cramp-free night", diary.delete_cramp_free_night(7), "<<cramp-free night 7 does not exist>>"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        REQUIRE_FALSE(r.r.ok());
        CHECK(test::marked(r.r.problem()) == r.marked);
        CHECK(test::unmarked(r.marked) == r.r.error());
        CHECK(test::prose_pieces(r.r.problem()).empty());
    }
    CHECK(diary.episode_count() == 1);
}

TEST_CASE("medicines: added, changed, stopped, deleted and replaced, each checked first", "[storage][medicine]") {
    test::TempDir dir;
    auto diary = open_diary(dir);
    CHECK(diary.medicines().empty());
    const Night mar1 = *parse_date("2026-03-01"), mar5 = *parse_date("2026-03-05");
    auto statin = diary.add_medicine({0, "atorvastatin", "20 mg every evening", mar5, {}});
    REQUIRE(statin.ok());
    auto undated = diary.add_medicine({0, "二甲双胍", "", {}, {}});
    REQUIRE(undated.ok());
    auto earlier = diary.add_medicine({0, "furosemide", "40 mg", mar1, {}});
    REQUIRE(earlier.ok());
    // Undated first, then by start.
    auto names = [&] {
        std::vector<std::string> out;
        for (const auto& m : diary.medicines()) out.push_back(m.name);
        return out;
    };
    CHECK(names() == std::vector<std::string>{"二甲双胍", "furosemide", "atorvastatin"});

    Medicine stopped{*statin, "atorvastatin", "20 mg every evening", mar5, *parse_date("2026-03-20")};
    REQUIRE(diary.update_medicine(stopped).ok());
    CHECK(diary.medicines().back() == stopped);
    // A stop before the start, an empty name, an unknown id: refused, nothing changed.
    Medicine backwards = stopped;
    backwards.stop = mar1;
    CHECK_FALSE(diary.update_medicine(backwards).ok());
    CHECK_FALSE(diary.add_medicine({0, "  ", "", mar1, {}}).ok());
    Medicine ghost = stopped;
    ghost.id = *statin + 100;
    auto missing = diary.update_medicine(ghost);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == "medicine " + std::to_string(ghost.id) + " does not exist");
    CHECK(diary.medicines().size() == 3);
    CHECK(diary.medicines().back() == stopped);

    REQUIRE(diary.delete_medicine(*undated).ok());
    CHECK_FALSE(diary.delete_medicine(*undated).ok());
    CHECK(names() == std::vector<std::string>{"furosemide", "atorvastatin"});

    // A list with one bad record replaces nothing; a good one replaces all.
    CHECK_FALSE(diary.replace_medicines({{0, "a", "", {}, {}}, {0, "", "", {}, {}}}).ok());
    CHECK(names() == std::vector<std::string>{"furosemide", "atorvastatin"});
    REQUIRE(diary.replace_medicines({{0, "b", "1 tablet", mar1, mar5}}).ok());
    REQUIRE(diary.medicines().size() == 1);
    CHECK(diary.medicines()[0].dose == "1 tablet");
    CHECK(diary.medicines()[0].stop == mar5);
}
