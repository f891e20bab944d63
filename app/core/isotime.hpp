// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 local times with offsets, as the CSV, JSON and command line write them:
// 2026-03-03T02:30:00+08:00 (seconds optional on input; Z for UTC; no offset = local in a zone).
#pragma once

#include "episode.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cramp {

struct IsoTime {
    date::local_seconds local;
    std::optional<std::chrono::seconds> offset;  // absent: a wall time to resolve in a zone
};

std::optional<IsoTime> parse_iso_time(std::string_view s);

// The instant of a parsed time: its offset fixes it; without one, it is resolved in `zone`.
Instant instant_of(const IsoTime& t, std::string_view zone);

// The instant as local time in `zone` with that zone's offset then: 2026-03-03T02:30:00+08:00.
std::string format_iso_local(Instant t, std::string_view zone);

}  // namespace cramp
