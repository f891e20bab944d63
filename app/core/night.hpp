// SPDX-License-Identifier: GPL-3.0-or-later
// Which night an episode belongs to (docs/rules.md, "Nights"), and how a local time the patient picks
// becomes an instant. Both resolve ambiguous and missing local times like date/tz's
// choose::earliest: the earlier instant in an overlap, the transition instant in a gap.
#pragma once

#include "episode.hpp"

#include <string_view>

namespace cramp {

// The instant at which `date` starts as a night: its local `boundary_hour`:00 in `zone`.
Instant boundary_instant(Night date, int boundary_hour, std::string_view zone);

// The night of an onset in `zone` with the given day boundary.
Night night_of(Instant onset, std::string_view zone, int boundary_hour);

// The local wall time at `time_of_day` within night `night`: on the night's own date from the day
// boundary on, on the next date before it (02:30 in the night of 2 March is 3 March, 02:30).
date::local_seconds local_time_in_night(Night night, std::chrono::minutes time_of_day, int boundary_hour);

// A local wall-clock time (as picked in the UI or read from a CSV without offset) to an instant.
Instant resolve_local(date::local_seconds local, std::string_view zone);

// The local wall time of an instant in a zone, and the zone's UTC offset then.
date::local_seconds to_local(Instant t, std::string_view zone);
std::chrono::seconds utc_offset(Instant t, std::string_view zone);

bool known_zone(std::string_view zone);

}  // namespace cramp

namespace cramp {
// The local calendar date of an instant in a zone ("today" there).
Date local_date(Instant t, std::string_view zone);
// "Last night" as a patient says it in the morning (and all day): the night named by yesterday's
// local date. The one-tap cramp-free check-in records this night.
Night last_night(Instant now, std::string_view zone);
}  // namespace cramp
