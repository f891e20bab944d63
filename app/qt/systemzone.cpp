// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemzone.hpp"

#include <date/tz.h>

#include <cstdlib>
#include <string_view>

namespace {

// The tz database's name for `z` ("Europe/Berlin", or a path into the zoneinfo folder), or "".
std::string known(std::string_view z) {
    for (std::string_view folder : {"/usr/share/zoneinfo/", "/usr/lib/zoneinfo/", "/usr/share/lib/zoneinfo/"})
        if (z.starts_with(folder)) z.remove_prefix(folder.size());
    if (z.empty()) return {};
    try {
        return date::locate_zone(z)->name();
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace

std::string systemZoneName() {
    // CRAMPDIARY_ZONE lets a user (or a test) pin the zone; then TZ as POSIX says ("Area/City" or
    // ":Area/City"; a rule such as "CST-8" names no zone and is passed over), because
    // date::current_zone() reads only /etc/localtime.
    if (const char* z = std::getenv("CRAMPDIARY_ZONE"); z && *z)
        if (auto name = known(z); !name.empty()) return name;
    if (const char* tz = std::getenv("TZ"); tz && *tz)
        if (auto name = known(std::string_view(tz).substr(*tz == ':' ? 1 : 0)); !name.empty()) return name;
    try {
        return date::current_zone()->name();
    } catch (const std::exception&) {
        return "UTC";
    }
}
