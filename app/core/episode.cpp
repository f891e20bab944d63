// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode.hpp"
#include "episode_fields.hpp"

#include <date/tz.h>

#include <cstdio>

namespace cramp {

bool Episode::same_record(const Episode& o) const {
    bool same = true;
    for_each_field([&](const auto& f) {
        if (f.content()) same = same && this->*f.member == o.*f.member;
    });
    return same;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < len; ++k) {
            auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

std::string_view field_of(const Message& m) {
    if (m.is_verbatim() || m.is_lines() || m.args().empty() || !m.args()[0].is_verbatim()) return {};
    if (!std::string_view(m.text().english).starts_with("%1: ")) return {};
    return m.args()[0].verbatim_text();
}

std::vector<Message> validate(const Episode& e, Instant now) {
    std::vector<Message> errs;
    if (e.duration_s < kMinDuration || e.duration_s > kMaxDuration)
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: %2 is outside %3–%4 seconds"), "duration_s", e.duration_s, kMinDuration,
                          kMaxDuration);
    if (e.intensity < 0 || e.intensity > kMaxIntensity)
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: %2 is outside %3–%4"), "intensity", e.intensity, 0, kMaxIntensity);
    const Text unknown = CRAMP_TEXT("Entry", "%1: unknown value");
    if (static_cast<std::size_t>(e.site) >= enum_count<Site>()) errs.emplace_back(unknown, "site");
    if (static_cast<std::size_t>(e.side) >= enum_count<Side>()) errs.emplace_back(unknown, "side");
    if (static_cast<std::size_t>(e.posture) >= enum_count<Posture>()) errs.emplace_back(unknown, "posture");
    if (static_cast<std::size_t>(e.numbness) >= enum_count<Numbness>()) errs.emplace_back(unknown, "numbness");
    static_assert(kMaxFuture == std::chrono::hours{1}, "the message below says one hour");
    if (e.onset > now + kMaxFuture) errs.emplace_back(CRAMP_TEXT("Entry", "%1: more than one hour in the future"), "onset");
    try {
        (void)date::locate_zone(e.zone);
    } catch (const std::exception&) {
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: '%2' is not a known IANA time zone"), "zone", e.zone);
    }
    if (!valid_utf8(e.note))
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: not valid UTF-8 text"), "note");
    else if (const std::size_t n = utf8_length(e.note); n > kMaxNoteChars)
        // n is over the limit, so "characters" reads right for every n this can say.
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: %2 characters, at most %3"), "note", n, kMaxNoteChars);
    return errs;
}

std::string format_date(Date d) {
    date::year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t n) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{ymd};
}

}  // namespace cramp
