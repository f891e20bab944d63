#include "systemzone.hpp"

#include <date/tz.h>

#include <cstdlib>

std::string systemZoneName() {
    // CRAMPDIARY_ZONE lets a user (or a test) pin the zone; date::current_zone() ignores TZ.
    if (const char* z = std::getenv("CRAMPDIARY_ZONE"); z && *z) {
        try {
            return date::locate_zone(z)->name();
        } catch (const std::exception&) {
        }
    }
    try {
        return date::current_zone()->name();
    } catch (const std::exception&) {
        return "UTC";
    }
}
