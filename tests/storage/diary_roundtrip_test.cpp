// SPDX-License-Identifier: GPL-3.0-or-later
#include "diary.hpp"
#include "field_variations.hpp"
#include "night.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

using namespace cramp;
using namespace std::chrono_literals;

namespace {
Instant at(int y, unsigned m, unsigned d, int h, int min) {
    return date::sys_days{date::year{y} / m / d} + std::chrono::hours{h} + std::chrono::minutes{min};
}
Diary open_at(const std::filesystem::path& p, Instant now) {
    auto d = Diary::open(p, [now] { return now; });
    REQUIRE(d.ok());
    return std::move(d).value();
}
}  // namespace

TEST_CASE("every field of an episode survives a save and a reopen", "[storage][roundtrip]") {
    test::TempDir dir;
    const Instant now = at(2026, 3, 3, 0, 0);
    Episode e = test::full_episode();  // 02:30 on 3 March in Shanghai
    e.note = GENERATE(as<std::string>{}, "小腿抽筋，腓肠肌很疼", "emoji 😖🦵 and \"quotes\", 'single'",
                      "'); DROP TABLE episode; --", "line one\nline two\r\n");

    std::int64_t id = 0;
    {
        auto diary = open_at(dir / "diary.sqlite", now);
        auto r = diary.add_episode(e);
        REQUIRE(r.ok());
        id = *r;
    }
    auto diary = open_at(dir / "diary.sqlite", now);
    auto back = diary.episode(id);
    REQUIRE(back);
    CHECK(back->same_record(e));
    CHECK(back->note == e.note);
    CHECK(format_date(back->night) == "2026-03-02");  // 02:30 belongs to the night before
    CHECK(diary.episode_count() == 1);
}

TEST_CASE("a change of any one field is saved and read back", "[storage][roundtrip][fields]") {
    test::TempDir dir;
    auto diary = open_at(dir / "diary.sqlite", at(2026, 3, 3, 0, 0));
    const Episode e = test::full_episode();
    const auto id = diary.add_episode(e);
    REQUIRE(id.ok());
    test::for_each_content_change(e, [&](std::string_view name, Episode changed) {
        INFO(name);
        changed.id = *id;
        REQUIRE(diary.update_episode(changed).ok());
        auto back = diary.episode(*id);
        REQUIRE(back);
        CHECK(back->same_record(changed));
        CHECK_FALSE(back->same_record(e));
    });
}
