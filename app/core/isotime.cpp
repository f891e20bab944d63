// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.hpp"

#include "night.hpp"

#include <cstdio>

namespace cramp {

namespace {
bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
    if (from + n > s.size()) return false;
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}
}  // namespace

std::optional<IsoTime> parse_iso_time(std::string_view s) {
    if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
    auto day = parse_date(s.substr(0, 10));
    int hh = 0, mm = 0, ss = 0;
    if (!day || !digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm)) return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, 17, 2, ss)) return std::nullopt;
        pos = 19;
    }
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    IsoTime t{date::local_seconds{day->time_since_epoch()} + std::chrono::hours{hh} + std::chrono::minutes{mm} +
                  std::chrono::seconds{ss},
              std::nullopt};
    std::string_view rest = s.substr(pos);
    if (rest.empty()) return t;
    if (rest == "Z") {
        t.offset = std::chrono::seconds{0};
        return t;
    }
    int oh = 0, om = 0;
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || !digits(rest, 1, 2, oh) || rest[3] != ':' ||
        !digits(rest, 4, 2, om) || oh > 18 || om > 59)
        return std::nullopt;
    auto off = std::chrono::seconds{oh * 3600 + om * 60};
    t.offset = rest[0] == '-' ? -off : off;
    return t;
}

Instant instant_of(const IsoTime& t, std::string_view zone) {
    if (t.offset) return Instant{t.local.time_since_epoch() - *t.offset};
    return resolve_local(t.local, zone);
}

std::string format_iso_local(Instant t, std::string_view zone) {
    // ISO 8601 offsets have whole minutes, but a zone's local mean time before standard time had
    // seconds (Europe/Berlin +00:53:28 before 1893, Africa/Monrovia -00:44:30 until 1972). Write the
    // offset cut to whole minutes and the local time that goes with it, so that the text still names
    // the instant itself and an export imports back unchanged.
    auto off_min = std::chrono::duration_cast<std::chrono::minutes>(utc_offset(t, zone));
    auto local = date::local_seconds{t.time_since_epoch()} + off_min;
    auto off = std::chrono::seconds{off_min}.count();
    auto day = std::chrono::floor<date::days>(local);
    date::hh_mm_ss<std::chrono::seconds> tod{local - day};
    char sign = off < 0 ? '-' : '+';
    long long a = off < 0 ? -off : off;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%c%02lld:%02lld", sign, a / 3600, (a % 3600) / 60);
    char out[80];
    std::snprintf(out, sizeof out, "%sT%02d:%02d:%02d%s", format_date(Date{day.time_since_epoch()}).c_str(),
                  int(tod.hours().count()), int(tod.minutes().count()), int(tod.seconds().count()), buf);
    return out;
}

}  // namespace cramp
