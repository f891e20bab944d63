// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic diary generator: deterministic for a seed, valid records, nights where they belong.
#include "demo.hpp"
#include "isotime.hpp"
#include "night.hpp"

#include <catch2/catch.hpp>

#include <set>

namespace {
cramp::DemoOptions options(std::uint64_t seed, int nights, std::optional<int> episodes = std::nullopt) {
    cramp::DemoOptions o;
    o.seed = seed;
    o.nights = nights;
    o.episodes = episodes;
    o.now = cramp::instant_of(*cramp::parse_iso_time("2026-03-03T03:10:00+08:00"), "UTC");
    o.last_night = cramp::last_night(o.now, o.home_zone);
    return o;
}
}  // namespace

TEST_CASE("the demo diary is the same for the same seed and differs for another", "[core][demo]") {
    auto a = cramp::generate_demo(options(7, 200));
    auto b = cramp::generate_demo(options(7, 200));
    auto c = cramp::generate_demo(options(8, 200));
    REQUIRE(a.episodes.size() == b.episodes.size());
    for (std::size_t i = 0; i < a.episodes.size(); ++i) CHECK(a.episodes[i].same_record(b.episodes[i]));
    CHECK(a.cramp_free_nights == b.cramp_free_nights);
    bool same = a.episodes.size() == c.episodes.size();
    for (std::size_t i = 0; same && i < a.episodes.size(); ++i) same = a.episodes[i].same_record(c.episodes[i]);
    CHECK_FALSE(same);
}

TEST_CASE("demo records are valid, in their nights, and end at last night", "[core][demo]") {
    auto o = options(GENERATE(1u, 2u, 3u), 365);
    auto d = cramp::generate_demo(o);
    REQUIRE_FALSE(d.episodes.empty());
    const cramp::Night first = o.last_night - date::days{364};
    std::set<cramp::Night> episode_nights;
    std::set<std::string> zones;
    int calf = 0;
    for (const auto& e : d.episodes) {
        CAPTURE(cramp::format_iso_local(e.onset, e.zone));
        CHECK(cramp::validate(e, o.now).empty());
        CHECK(e.night == cramp::night_of(e.onset, e.zone, o.day_boundary));
        CHECK(e.night >= first);
        CHECK(e.night <= o.last_night);
        episode_nights.insert(e.night);
        zones.insert(e.zone);
        if (e.site == cramp::Site::calf) ++calf;
    }
    for (auto n : d.cramp_free_nights) CHECK(episode_nights.count(n) == 0);
    CHECK(calf * 2 > static_cast<int>(d.episodes.size()));  // calf-heavy
}

TEST_CASE("the demo makes exactly the number of episodes asked for", "[core][demo]") {
    auto d = cramp::generate_demo(options(42, 3000, 5000));
    CHECK(d.episodes.size() == 5000u);
}
