#include "diary.hpp"
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
    Episode e;
    e.onset = at(2026, 3, 2, 18, 30);  // 02:30 on 3 March in Shanghai
    e.zone = "Asia/Shanghai";
    e.duration_s = 95;
    e.site = Site::thigh_back;
    e.side = Side::both;
    e.intensity = 8;
    e.posture = Posture::cough_sneeze;
    e.numbness = Numbness::persisted;
    e.weakness = {Weakness::foot_drop, Weakness::stairs};
    e.radiating = true;
    e.tingling_symmetric = true;
    e.woke = false;
    e.relief = {Relief::stretch, Relief::heat};
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
