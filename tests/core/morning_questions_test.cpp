// SPDX-License-Identifier: GPL-3.0-or-later
// The morning questions' rule (app/service/morning_questions.hpp): which night Today asks about,
// which of the two questions, and that an answer reaches every cramp of that night once.
#include "morning_questions.hpp"

#include "night.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cramp;

namespace {

Night day(const std::string& s) { return parse_date(s).value(); }

// "2026-11-30T02:30" in `zone`.
Instant local(const std::string& s, const std::string& zone) {
    auto d = date::local_days{day(s.substr(0, 10)).time_since_epoch()};
    return resolve_local(d + std::chrono::hours{std::stoi(s.substr(11, 2))} + std::chrono::minutes{std::stoi(s.substr(14, 2))}, zone);
}

struct Cramp {
    std::string onset;  // local, in the row's zone
    Numbness numbness = Numbness::none;
    EnumSet<Weakness> weakness{};
};

Diary open_at(const test::TempDir& dir, Instant now, int boundary) {
    auto d = Diary::open(dir / "diary.sqlite", [now] { return now; });
    REQUIRE(d.ok());
    REQUIRE(d->set_rule_settings(RuleSettings{3, boundary, WeekStart::monday}).ok());
    return std::move(d).value();
}

std::int64_t add(Diary& diary, const Cramp& c, const std::string& zone) {
    Episode e;
    e.zone = zone;
    e.onset = local(c.onset, zone);
    e.numbness = c.numbness;
    e.weakness = c.weakness;
    auto id = diary.add_episode(e);
    REQUIRE(id.ok());
    return *id;
}

const std::string kShanghai = "Asia/Shanghai";
// The Quick Tests' morning: Monday 30 November 2026, 09:00 in Shanghai; last night is the 29th.
const std::string kMorning = "2026-11-30T09:00";

}  // namespace

TEST_CASE("the morning questions are asked about last night's cramps that kept the default answers", "[service][morning]") {
    struct Row {
        const char* name;
        std::string zone, now;
        int boundary;
        std::vector<Cramp> cramps;
        std::string numbness_answered, weakness_answered;  // "" = never
        std::string night;
        bool numbness, weakness;
    };
    const Numbness none = Numbness::none;
    auto row = GENERATE_COPY(values<Row>({
        {"no cramps", kShanghai, kMorning, 12, {}, "", "", "2026-11-29", false, false},
        {"cramps with the defaults", kShanghai, kMorning, 12, {{"2026-11-29T23:10"}, {"2026-11-30T02:30"}}, "", "",
         "2026-11-29", true, true},
        {"cramps with answers", kShanghai, kMorning, 12,
         {{"2026-11-30T02:30", Numbness::during, {Weakness::foot_drop}}}, "", "", "2026-11-29", false, false},
        {"one cramp answered numbness: only weakness is asked", kShanghai, kMorning, 12,
         {{"2026-11-29T23:10"}, {"2026-11-30T02:30", Numbness::persisted}}, "", "", "2026-11-29", false, true},
        {"one cramp answered weakness: only numbness is asked", kShanghai, kMorning, 12,
         {{"2026-11-30T02:30", none, {Weakness::stairs}}}, "", "", "2026-11-29", true, false},
        {"already asked about last night", kShanghai, kMorning, 12, {{"2026-11-30T02:30"}}, "2026-11-29", "2026-11-29",
         "2026-11-29", false, false},
        {"asked about an earlier night only", kShanghai, kMorning, 12, {{"2026-11-30T02:30"}}, "2026-11-28", "2026-11-28",
         "2026-11-29", true, true},
        {"the night before last is not asked about", kShanghai, kMorning, 12, {{"2026-11-29T02:30"}}, "", "", "2026-11-29",
         false, false},
        {"after the day boundary last night is still asked about", kShanghai, "2026-11-30T13:00", 12,
         {{"2026-11-30T02:30"}}, "", "", "2026-11-29", true, true},
        {"after the day boundary a cramp of tonight is not", kShanghai, "2026-11-30T13:00", 12, {{"2026-11-30T12:30"}}, "",
         "", "2026-11-29", false, false},
        {"an early boundary: 05:00 belongs to tonight", kShanghai, kMorning, 4, {{"2026-11-30T05:00"}}, "", "",
         "2026-11-29", false, false},
        {"an early boundary: 03:00 belongs to last night", kShanghai, kMorning, 4, {{"2026-11-30T03:00"}}, "", "",
         "2026-11-29", true, true},
        // 01:00 UTC on the 30th is 20:00 on the 29th in New York: last night there is the 28th.
        {"zone: last night is the zone's", "America/New_York", "2026-11-29T20:00", 12, {{"2026-11-29T03:00"}}, "", "",
         "2026-11-28", true, true},
    }));
    INFO(row.name);
    test::TempDir dir;
    const Instant now = local(row.now, row.zone);
    auto diary = open_at(dir, now, row.boundary);
    for (const auto& c : row.cramps) add(diary, c, row.zone);
    if (!row.numbness_answered.empty()) REQUIRE(diary.set_preference(morning_answered_key(MorningQuestion::numbness), row.numbness_answered).ok());
    if (!row.weakness_answered.empty()) REQUIRE(diary.set_preference(morning_answered_key(MorningQuestion::weakness), row.weakness_answered).ok());

    const MorningAsk ask = morning_questions(diary, now, row.zone);
    CHECK(format_date(ask.night) == row.night);
    CHECK(ask.numbness == row.numbness);
    CHECK(ask.weakness == row.weakness);
}

TEST_CASE("an answer is written to every cramp of that night, once", "[service][morning]") {
    test::TempDir dir;
    const Instant now = local(kMorning, kShanghai);
    auto diary = open_at(dir, now, 12);
    const auto late = add(diary, {"2026-11-29T23:10"}, kShanghai);
    const auto early = add(diary, {"2026-11-30T02:30"}, kShanghai);
    const auto before = add(diary, {"2026-11-29T02:30"}, kShanghai);  // the night of the 28th
    const Night night = day("2026-11-29");
    REQUIRE(morning_questions(diary, now, kShanghai) == MorningAsk{night, true, true});

    REQUIRE(answer_numbness(diary, night, true).ok());
    CHECK(diary.episode(late)->numbness == Numbness::persisted);
    CHECK(diary.episode(early)->numbness == Numbness::persisted);
    CHECK(diary.episode(before)->numbness == Numbness::none);
    CHECK(morning_questions(diary, now, kShanghai) == MorningAsk{night, false, true});

    SECTION("a weakness answer") {
        REQUIRE(answer_weakness(diary, night, {Weakness::stairs}).ok());
        CHECK(diary.episode(late)->weakness == EnumSet<Weakness>{Weakness::stairs});
        CHECK(diary.episode(early)->weakness == EnumSet<Weakness>{Weakness::stairs});
        CHECK(diary.episode(before)->weakness.empty());
    }
    SECTION("a no changes no cramp") {
        REQUIRE(answer_weakness(diary, night, {}).ok());
        CHECK(diary.episode(late)->weakness.empty());
        CHECK(diary.episode(early)->weakness.empty());
    }
    CHECK(morning_questions(diary, now, kShanghai) == MorningAsk{night, false, false});
}
