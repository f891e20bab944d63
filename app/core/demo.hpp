// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic synthetic diaries for demos, screenshots and benchmarks: calf-heavy sites, clustered bad
// weeks, a few posture-linked and numbness cases, travel across zones, cramp-free check-ins. The same
// seed gives the same diary on every platform (our own draws over std::mt19937_64, whose output the
// standard fixes; the std distributions are not portable).
#pragma once

#include "episode.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cramp {

struct DemoOptions {
    int nights = 120;                    // nights ending `last_night`
    std::uint64_t seed = 1;
    Night last_night{};
    int day_boundary = 12;               // onsets fall 10–19 h after the boundary, well inside the night
    std::optional<int> episodes;         // exact episode count; default about 0.5 a night, clustered
    std::string home_zone = "Asia/Shanghai";
    Instant now{};                       // no onset is later than this
};

struct DemoDiary {
    std::vector<Episode> episodes;       // ascending by onset; night set
    std::vector<Night> cramp_free_nights;  // ascending; only nights without an episode
};

DemoDiary generate_demo(const DemoOptions& o);

}  // namespace cramp
