// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md "Nights": the day boundary in the episode's own zone, resolved like choose::earliest.
#include "isotime.hpp"
#include "night.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace std::string_literals;

namespace {
cramp::Instant at(const std::string& iso) {
    auto t = cramp::parse_iso_time(iso);
    REQUIRE(t);
    REQUIRE(t->offset);
    return cramp::instant_of(*t, "UTC");
}
cramp::Night day(const std::string& s) {
    auto d = cramp::parse_date(s);
    REQUIRE(d);
    return *d;
}
}  // namespace

TEST_CASE("an episode belongs to the night whose boundary it follows", "[core][night]") {
    auto [zone, boundary, onset, night] = GENERATE(table<std::string, int, std::string, std::string>({
        // default noon boundary
        {"Asia/Shanghai", 12, "2026-03-03T11:59:00+08:00", "2026-03-02"},
        {"Asia/Shanghai", 12, "2026-03-03T12:00:00+08:00", "2026-03-03"},
        {"Asia/Shanghai", 12, "2026-03-03T02:30:00+08:00", "2026-03-02"},
        {"Asia/Shanghai", 12, "2026-03-02T23:59:59+08:00", "2026-03-02"},
        // midnight boundary: a night is the calendar day
        {"Asia/Shanghai", 0, "2026-03-03T11:59:00+08:00", "2026-03-03"},
        {"Asia/Shanghai", 0, "2026-03-03T12:00:00+08:00", "2026-03-03"},
        {"Asia/Shanghai", 0, "2026-03-02T23:59:59+08:00", "2026-03-02"},
        {"Asia/Shanghai", 0, "2026-03-03T00:00:00+08:00", "2026-03-03"},
        // 23:00 boundary
        {"Asia/Shanghai", 23, "2026-03-03T11:59:00+08:00", "2026-03-02"},
        {"Asia/Shanghai", 23, "2026-03-03T12:00:00+08:00", "2026-03-02"},
        {"Asia/Shanghai", 23, "2026-03-03T22:59:59+08:00", "2026-03-02"},
        {"Asia/Shanghai", 23, "2026-03-03T23:00:00+08:00", "2026-03-03"},
        // New York spring gap with a 02:00 boundary: 02:00 EST does not exist, the night starts at 03:00 EDT
        {"America/New_York", 2, "2026-03-08T01:59:59-05:00", "2026-03-07"},
        {"America/New_York", 2, "2026-03-08T03:00:00-04:00", "2026-03-08"},
        // New York autumn overlap with a 01:00 boundary: the night starts at the first 01:00 (EDT)
        {"America/New_York", 1, "2026-11-01T00:59:59-04:00", "2026-10-31"},
        {"America/New_York", 1, "2026-11-01T01:30:00-04:00", "2026-11-01"},
        {"America/New_York", 1, "2026-11-01T01:30:00-05:00", "2026-11-01"},
        // Berlin spring gap (02:00 CET → 03:00 CEST) and autumn overlap (03:00 CEST → 02:00 CET)
        {"Europe/Berlin", 2, "2026-03-29T01:59:59+01:00", "2026-03-28"},
        {"Europe/Berlin", 2, "2026-03-29T03:00:00+02:00", "2026-03-29"},
        {"Europe/Berlin", 2, "2026-10-25T01:59:59+02:00", "2026-10-24"},
        {"Europe/Berlin", 2, "2026-10-25T02:30:00+02:00", "2026-10-25"},
        {"Europe/Berlin", 2, "2026-10-25T02:30:00+01:00", "2026-10-25"},
        // noon boundary on the DST nights: a whole night still ends at local noon
        {"America/New_York", 12, "2026-03-08T11:59:00-04:00", "2026-03-07"},
        {"Europe/Berlin", 12, "2026-10-25T11:59:00+01:00", "2026-10-24"},
    }));
    CAPTURE(zone, boundary, onset);
    CHECK(cramp::format_date(cramp::night_of(at(onset), zone, boundary)) == night);
}

TEST_CASE("a night's boundary instant resolves gaps to the transition and overlaps to the earlier time",
          "[core][night][dst]") {
    auto [zone, date, boundary, instant] = GENERATE(table<std::string, std::string, int, std::string>({
        {"Asia/Shanghai", "2026-03-03", 12, "2026-03-03T04:00:00Z"},
        {"America/New_York", "2026-03-08", 2, "2026-03-08T07:00:00Z"},   // 02:00 missing → 03:00 EDT
        {"America/New_York", "2026-11-01", 1, "2026-11-01T05:00:00Z"},   // 01:00 twice → 01:00 EDT
        {"Europe/Berlin", "2026-03-29", 2, "2026-03-29T01:00:00Z"},      // 02:00 missing → 03:00 CEST
        {"Europe/Berlin", "2026-10-25", 2, "2026-10-25T00:00:00Z"},      // 02:00 twice → 02:00 CEST
        {"Europe/Berlin", "2026-10-25", 12, "2026-10-25T11:00:00Z"},
    }));
    CAPTURE(zone, date, boundary);
    CHECK(cramp::boundary_instant(day(date), boundary, zone) == at(instant));
}

TEST_CASE("a local time picked in the UI resolves like choose::earliest", "[core][night][dst]") {
    auto [zone, local, instant] = GENERATE(table<std::string, std::string, std::string>({
        {"America/New_York", "2026-03-08T02:30", "2026-03-08T07:00:00Z"},  // in the gap: the transition
        {"America/New_York", "2026-11-01T01:30", "2026-11-01T05:30:00Z"},  // in the overlap: EDT
        {"Europe/Berlin", "2026-03-29T02:30", "2026-03-29T01:00:00Z"},
        {"Europe/Berlin", "2026-10-25T02:30", "2026-10-25T00:30:00Z"},
        {"Asia/Shanghai", "2026-03-03T02:30", "2026-03-02T18:30:00Z"},
    }));
    CAPTURE(zone, local);
    auto t = cramp::parse_iso_time(local);
    REQUIRE(t);
    REQUIRE_FALSE(t->offset);
    CHECK(cramp::resolve_local(t->local, zone) == at(instant));
}

TEST_CASE("a traveller keeps local nights: the same instant is a different night in Shanghai and Berlin",
          "[core][night][travel]") {
    auto [zone, onset, night] = GENERATE(table<std::string, std::string, std::string>({
        {"Asia/Shanghai", "2026-03-02T23:00:00+08:00", "2026-03-02"},
        {"Europe/Berlin", "2026-03-04T03:00:00+01:00", "2026-03-03"},
        // 05:00 UTC on 5 March: 13:00 in Shanghai (the new night) but 06:00 in Berlin (still the old one)
        {"Asia/Shanghai", "2026-03-05T05:00:00Z", "2026-03-05"},
        {"Europe/Berlin", "2026-03-05T05:00:00Z", "2026-03-04"},
    }));
    CAPTURE(zone, onset);
    CHECK(cramp::format_date(cramp::night_of(at(onset), zone, 12)) == night);
}

TEST_CASE("last night is the night named by yesterday's local date", "[core][night]") {
    auto [now, zone, night] = GENERATE(table<std::string, std::string, std::string>({
        {"2026-03-03T03:10:00+08:00", "Asia/Shanghai", "2026-03-02"},
        {"2026-03-03T20:00:00+08:00", "Asia/Shanghai", "2026-03-02"},
        {"2026-03-02T20:00:00Z", "Asia/Shanghai", "2026-03-02"},  // 04:00 on 3 March in Shanghai
        {"2026-03-02T20:00:00Z", "Europe/Berlin", "2026-03-01"},  // 21:00 on 2 March in Berlin
    }));
    CAPTURE(now, zone);
    CHECK(cramp::format_date(cramp::last_night(at(now), zone)) == night);
}

TEST_CASE("a time picked for a night lies in that night, whatever the day boundary", "[core][night]") {
    auto [night, time, boundary, local] = GENERATE(table<std::string, int, int, std::string>({
        {"2026-03-02", 2 * 60 + 30, 12, "2026-03-03T02:30"},   // before the boundary: the next date
        {"2026-03-02", 23 * 60 + 10, 12, "2026-03-02T23:10"},  // after it: the night's own date
        {"2026-03-02", 12 * 60, 12, "2026-03-02T12:00"},       // at it: the night begins
        {"2026-03-02", 11 * 60 + 59, 12, "2026-03-03T11:59"},  // the night's last minute
        {"2026-03-02", 3 * 60, 0, "2026-03-02T03:00"},         // a midnight boundary: nights are dates
        {"2026-02-28", 1 * 60, 4, "2026-03-01T01:00"},         // across the end of February
    }));
    CAPTURE(night, time, boundary);
    const auto t = cramp::local_time_in_night(day(night), std::chrono::minutes{time}, boundary);
    CHECK(cramp::format_iso_local(cramp::resolve_local(t, "UTC"), "UTC").substr(0, 16) == local);
    CHECK(cramp::night_of(cramp::resolve_local(t, "Asia/Shanghai"), "Asia/Shanghai", boundary) == day(night));
}

// Found by tests/fuzz (csv_fuzz): before standard time a zone's offset had seconds (local mean time,
// Berlin +00:53:28 before 1893), which ISO 8601 cannot write; the local time written must go with the
// whole-minute offset written, or an exported episode imports 28 seconds off.
TEST_CASE("an onset in local mean time is written with a whole-minute offset that names the same instant",
          "[core][isotime][fuzz]") {
    auto [zone, onset, written] = GENERATE(table<std::string, std::string, std::string>({
        {"Europe/Berlin", "1013-03-04T23:53:27+00:53", "1013-03-04T23:53:27+00:53"},
        {"Europe/Berlin", "1013-03-04T23:00:27Z", "1013-03-04T23:53:27+00:53"},
        {"Africa/Monrovia", "1971-06-02T02:30:00-00:44", "1971-06-02T02:30:00-00:44"},
        {"Asia/Shanghai", "1900-01-01T02:30:00+08:05", "1900-01-01T02:30:00+08:05"},
        // whole-minute offsets are written as before
        {"Asia/Shanghai", "2026-03-03T02:30:00+08:00", "2026-03-03T02:30:00+08:00"},
        {"Asia/Kolkata", "2026-03-02T21:00:00Z", "2026-03-03T02:30:00+05:30"},
    }));
    CAPTURE(zone, onset);
    const std::string out = cramp::format_iso_local(at(onset), zone);
    CHECK(out == written);
    CHECK(at(out) == at(onset));
}
