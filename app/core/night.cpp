// SPDX-License-Identifier: GPL-3.0-or-later
#include "night.hpp"

#include <date/tz.h>

namespace cramp {

namespace {
const date::time_zone* zone_ptr(std::string_view zone) { return date::locate_zone(zone); }
}  // namespace

bool known_zone(std::string_view zone) {
    try {
        (void)zone_ptr(zone);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

Instant resolve_local(date::local_seconds local, std::string_view zone) {
    return zone_ptr(zone)->to_sys(local, date::choose::earliest);
}

date::local_seconds to_local(Instant t, std::string_view zone) { return zone_ptr(zone)->to_local(t); }

std::chrono::seconds utc_offset(Instant t, std::string_view zone) { return zone_ptr(zone)->get_info(t).offset; }

Instant boundary_instant(Night date, int boundary_hour, std::string_view zone) {
    auto local = date::local_seconds{date.time_since_epoch()} + std::chrono::hours{boundary_hour};
    return resolve_local(local, zone);
}

Night night_of(Instant onset, std::string_view zone, int boundary_hour) {
    auto local = to_local(onset, zone);
    // The onset's own local date names its night once that date's boundary has passed.
    const Date d{std::chrono::floor<date::days>(local).time_since_epoch()};
    return onset >= boundary_instant(d, boundary_hour, zone) ? d : d - date::days{1};
}

date::local_seconds local_time_in_night(Night night, std::chrono::minutes time_of_day, int boundary_hour) {
    const Date date = time_of_day < std::chrono::hours{boundary_hour} ? night + date::days{1} : night;
    return date::local_seconds{date.time_since_epoch()} + time_of_day;
}

}  // namespace cramp

namespace cramp {
Date local_date(Instant t, std::string_view zone) { return Date{std::chrono::floor<date::days>(to_local(t, zone)).time_since_epoch()}; }

Night last_night(Instant now, std::string_view zone) { return local_date(now, zone) - date::days{1}; }
}  // namespace cramp
