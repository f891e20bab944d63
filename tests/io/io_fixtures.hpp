// SPDX-License-Identifier: GPL-3.0-or-later
// What the export/import tests share: a diary at a fixed "now" (2026-11-25, 08:00 in Shanghai) and
// a demo diary written into it in one transaction.
#pragma once

#include "demo.hpp"
#include "diary.hpp"
#include "night.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>

namespace cramp::test {

inline const Instant kNow = date::sys_days{date::year{2026} / 11 / 25};  // 08:00 in Shanghai

inline Diary open_at(const std::filesystem::path& p) {
    auto d = Diary::open(p, [] { return kNow; });
    REQUIRE(d.ok());
    return std::move(d).value();
}

// A diary at kNow holding one cramp of its own, on the night of 22 November (Shanghai): what an
// import's records are checked against.
inline Diary open_with_one_cramp(const std::filesystem::path& p) {
    Diary d = open_at(p);
    Episode kept;
    kept.zone = "Asia/Shanghai";
    kept.onset = kNow - std::chrono::hours{50};
    REQUIRE(d.add_episode(kept).ok());
    return d;
}

inline void fill_demo(Diary& d, int nights, std::uint64_t seed) {
    DemoOptions o;
    o.nights = nights;
    o.seed = seed;
    o.now = kNow;
    o.last_night = last_night(kNow, "Asia/Shanghai");
    auto demo = generate_demo(o);
    REQUIRE(d.transaction([&]() -> Result<void> {
        for (const auto& e : demo.episodes)
            if (auto r = d.add_episode(e); !r) return r.failure();
        for (auto n : demo.cramp_free_nights)
            if (auto r = d.add_cramp_free_night(n); !r) return r.failure();
        return {};
    }).ok());
}

}  // namespace cramp::test
