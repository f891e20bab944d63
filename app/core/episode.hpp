// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's records: an episode (one cramp) and a cramp-free night, as docs/rules.md defines them.
// Every enum has one spelling table, used by storage, CSV, JSON, the command line and the UI alike.
#pragma once

#include "result.hpp"

#include <date/date.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

// A night is named by the local calendar date of its evening. We keep it as a day count
// (date::sys_days used as a plain calendar date, no zone attached).
using Night = date::sys_days;
// A plain calendar date that is not a night: a local date ("today" in a zone, the date part of an
// ISO time, a backup's name). The same type as Night, so that a reader, not the compiler, tells them
// apart; a night is named by its Date.
using Date = date::sys_days;
using Instant = date::sys_seconds;

enum class Site { calf, foot, thigh_back, thigh_front, thigh_side, other };
enum class Side { left, right, both };
enum class Posture { lying, stretching, bending, cough_sneeze, long_sitting, long_standing, exercise, walking, other };
enum class Numbness { none, during, persisted };
enum class Weakness { foot_drop, stairs, other };
enum class Relief { stretch, massage, heat, walk };

template <typename E> struct EnumNames;
template <> struct EnumNames<Site> {
    static constexpr std::string_view field = "site";
    static constexpr std::array<std::string_view, 6> names{"calf", "foot", "thigh_back", "thigh_front", "thigh_side", "other"};
};
template <> struct EnumNames<Side> {
    static constexpr std::string_view field = "side";
    static constexpr std::array<std::string_view, 3> names{"left", "right", "both"};
};
template <> struct EnumNames<Posture> {
    static constexpr std::string_view field = "posture";
    static constexpr std::array<std::string_view, 9> names{"lying", "stretching", "bending", "cough_sneeze", "long_sitting",
                                                           "long_standing", "exercise", "walking", "other"};
};
template <> struct EnumNames<Numbness> {
    static constexpr std::string_view field = "numbness";
    static constexpr std::array<std::string_view, 3> names{"none", "during", "persisted"};
};
template <> struct EnumNames<Weakness> {
    static constexpr std::string_view field = "weakness";
    static constexpr std::array<std::string_view, 3> names{"foot_drop", "stairs", "other"};
};
template <> struct EnumNames<Relief> {
    static constexpr std::string_view field = "relief";
    static constexpr std::array<std::string_view, 4> names{"stretch", "massage", "heat", "walk"};
};

template <typename E>
constexpr std::string_view to_string(E e) {
    return EnumNames<E>::names[static_cast<std::size_t>(e)];
}

template <typename E>
constexpr std::size_t enum_count() {
    return EnumNames<E>::names.size();
}

template <typename E>
std::optional<E> parse_enum(std::string_view s) {
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

// "side: 'up' is not one of left, right, both"
template <typename E>
Result<E> parse_field(std::string_view s) {
    if (auto e = parse_enum<E>(s)) return *e;
    std::string allowed;
    for (auto n : EnumNames<E>::names) {
        if (!allowed.empty()) allowed += ", ";
        allowed += n;
    }
    // The field and the allowed names are the file format's words: verbatim.
    return fail(CRAMP_TEXT("Import", "%1: '%2' is not one of %3"), EnumNames<E>::field, s, allowed);
}

// A small set of enum values as a bit mask (weakness, relief).
template <typename E>
class EnumSet {
public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> es) {
        for (E e : es) insert(e);
    }
    constexpr void insert(E e) { bits_ |= bit(e); }
    constexpr void erase(E e) { bits_ &= ~bit(e); }
    constexpr bool contains(E e) const { return (bits_ & bit(e)) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr unsigned bits() const { return bits_; }
    static constexpr EnumSet from_bits(unsigned b) {
        EnumSet s;
        s.bits_ = b & ((1u << enum_count<E>()) - 1u);
        return s;
    }
    std::vector<E> values() const {
        std::vector<E> out;
        for (std::size_t i = 0; i < enum_count<E>(); ++i)
            if (contains(static_cast<E>(i))) out.push_back(static_cast<E>(i));
        return out;
    }
    friend constexpr bool operator==(EnumSet, EnumSet) = default;

private:
    static constexpr unsigned bit(E e) { return 1u << static_cast<unsigned>(e); }
    unsigned bits_ = 0;
};

// "foot_drop;stairs" — the spelling used by CSV, storage and the command line. Empty = none.
template <typename E>
std::string join(EnumSet<E> s, char sep = ';') {
    std::string out;
    for (E e : s.values()) {
        if (!out.empty()) out += sep;
        out += to_string(e);
    }
    return out;
}

template <typename E>
Result<EnumSet<E>> parse_set(std::string_view s, char sep = ';') {
    EnumSet<E> out;
    while (!s.empty()) {
        auto pos = s.find(sep);
        auto item = s.substr(0, pos);
        if (!item.empty()) {
            auto e = parse_field<E>(item);
            if (!e) return e.failure();
            out.insert(*e);
        }
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return out;
}

inline constexpr int kMinDuration = 1;
inline constexpr int kMaxDuration = 3600;
inline constexpr int kConfirmDuration = 600;  // above this the UI asks "are you sure?" but accepts
inline constexpr int kMaxIntensity = 10;
inline constexpr std::size_t kMaxNoteChars = 2000;
inline constexpr std::chrono::hours kMaxFuture{1};

struct Episode {
    std::int64_t id = 0;          // 0 until stored
    Instant onset{};              // UTC instant
    std::string zone = "UTC";     // IANA zone where it happened
    Night night{};                // derived from onset, zone and the day boundary; set by storage
    int duration_s = 60;
    Site site = Site::calf;
    Side side = Side::left;
    int intensity = 5;
    Posture posture = Posture::lying;
    Numbness numbness = Numbness::none;
    EnumSet<Weakness> weakness;
    bool radiating = false;
    bool tingling_symmetric = false;
    bool woke = true;
    EnumSet<Relief> relief;
    std::string note;

    // Same content: every field of episode_fields.hpp but the derived night (and not the id).
    bool same_record(const Episode& o) const;
};

struct CrampFreeNight {
    std::int64_t id = 0;
    Night night{};
};

// Counts Unicode code points of UTF-8 text; the note limit is in characters, not bytes.
std::size_t utf8_length(std::string_view s);
bool valid_utf8(std::string_view s);

// A message about one field of a record ("intensity: 11 is outside 0–10") names the field as its
// first argument, verbatim, in a template that starts with "%1: ". This holds for validate() (of
// episodes, settings and the profile), parse_field and the importers' field problems, so that a
// caller can tell which field a message is about (an importer points at that field's line) without
// reading English. field_of gives that name, or nothing for a message of another shape.
std::string_view field_of(const Message& m);

// Checks every field against the ranges in docs/rules.md ("An episode"). `now` bounds the onset (at most an hour ahead).
// Returns every problem, each naming its field ("intensity: 11 is outside 0–10"; see field_of).
std::vector<Message> validate(const Episode& e, Instant now);

// Dates as text; a night is written as its date.
std::string format_date(Date d);                      // YYYY-MM-DD
std::optional<Date> parse_date(std::string_view s);  // strict YYYY-MM-DD, a real calendar date

}  // namespace cramp
