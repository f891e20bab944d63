// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of an episode, listed once. Each has its name in the files (CSV column, JSON key, SQL
// column), in the files' order, and what the log form calls it if the form shows it. CSV, JSON,
// storage and same_record walk this table with for_each_field instead of naming the fields again.
// FHIR (clinical codes), the SQL schema (CHECK constraints) and the Qt roles name each field by
// hand; tests walk the table and fail when one of those misses a field.
#pragma once

#include "episode.hpp"

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace cramp {

// How a file spells a field's value. Each kind has one C++ type (checked below).
enum class FieldKind {
    night,     // Night: YYYY-MM-DD; derived from onset, zone and the day boundary, so not content
    instant,   // Instant: ISO 8601 with the offset of the episode's own zone
    zone,      // std::string: an IANA zone name
    number,    // int: a whole number
    one_of,    // an enum of episode.hpp: its name (EnumNames)
    set_of,    // an EnumSet: its names (CSV and storage ';'-separated, JSON an array)
    yes_no,    // bool
    text,      // std::string: free text
};

template <typename T>
struct EpisodeField {
    using Type = T;
    std::string_view name;  // file-format name: CSV column, JSON key, SQL column
    T Episode::*member;
    FieldKind kind;
    // The key the log form's field map (LogPage fields(), Entries::episodeFields) uses for
    // it; empty when the form does not show the field.
    std::string_view form = {};

    // A record's content: what two copies of one episode share (same_record, import's duplicates).
    constexpr bool content() const { return kind != FieldKind::night; }
};

// In the files' order (CSV columns after "kind", JSON keys of an episode).
inline constexpr auto kEpisodeFields = std::make_tuple(
    EpisodeField<Night>{"night", &Episode::night, FieldKind::night},
    EpisodeField<Instant>{"onset", &Episode::onset, FieldKind::instant, "onsetLocal"},
    EpisodeField<std::string>{"zone", &Episode::zone, FieldKind::zone},
    EpisodeField<int>{"duration_s", &Episode::duration_s, FieldKind::number, "durationS"},
    EpisodeField<Site>{"site", &Episode::site, FieldKind::one_of, "site"},
    EpisodeField<Side>{"side", &Episode::side, FieldKind::one_of, "side"},
    EpisodeField<int>{"intensity", &Episode::intensity, FieldKind::number, "intensity"},
    EpisodeField<Posture>{"posture", &Episode::posture, FieldKind::one_of, "posture"},
    EpisodeField<Numbness>{"numbness", &Episode::numbness, FieldKind::one_of, "numbness"},
    EpisodeField<EnumSet<Weakness>>{"weakness", &Episode::weakness, FieldKind::set_of, "weakness"},
    EpisodeField<bool>{"radiating", &Episode::radiating, FieldKind::yes_no, "radiating"},
    EpisodeField<bool>{"tingling_symmetric", &Episode::tingling_symmetric, FieldKind::yes_no, "tinglingSymmetric"},
    EpisodeField<bool>{"woke", &Episode::woke, FieldKind::yes_no, "woke"},
    EpisodeField<EnumSet<Relief>>{"relief", &Episode::relief, FieldKind::set_of, "relief"},
    EpisodeField<std::string>{"note", &Episode::note, FieldKind::text, "note"});

inline constexpr std::size_t kEpisodeFieldCount = std::tuple_size_v<decltype(kEpisodeFields)>;

// Calls visit(field) for each field of the table, in order.
template <typename Visit>
constexpr void for_each_field(Visit&& visit) {
    std::apply([&](const auto&... field) { (visit(field), ...); }, kEpisodeFields);
}

// The fields' names, in order.
inline constexpr std::array<std::string_view, kEpisodeFieldCount> kEpisodeFieldNames = [] {
    std::array<std::string_view, kEpisodeFieldCount> names{};
    std::size_t i = 0;
    for_each_field([&](const auto& f) { names[i++] = f.name; });
    return names;
}();

namespace detail {

template <typename T> struct IsEnumSet : std::false_type {};
template <typename E> struct IsEnumSet<EnumSet<E>> : std::true_type {
    using Enum = E;
};

template <typename T>
constexpr bool kind_fits(FieldKind k) {
    switch (k) {
    case FieldKind::night: return std::is_same_v<T, Night>;
    case FieldKind::instant: return std::is_same_v<T, Instant>;
    case FieldKind::zone:
    case FieldKind::text: return std::is_same_v<T, std::string>;
    case FieldKind::number: return std::is_same_v<T, int>;
    case FieldKind::yes_no: return std::is_same_v<T, bool>;
    case FieldKind::one_of:
        if constexpr (std::is_enum_v<T>) return EnumNames<T>::field.size() > 0;
        else return false;
    case FieldKind::set_of: return IsEnumSet<T>::value;
    }
    return false;
}

// An enum field's file name is the one parse_field names in its messages (EnumNames<E>::field).
template <typename T>
constexpr bool name_fits(const EpisodeField<T>& f) {
    if constexpr (std::is_enum_v<T>) return EnumNames<T>::field == f.name;
    else if constexpr (IsEnumSet<T>::value) return EnumNames<typename IsEnumSet<T>::Enum>::field == f.name;
    else return true;
}

constexpr bool table_fits() {
    bool ok = true;
    for_each_field([&](const auto& f) {
        using T = typename std::decay_t<decltype(f)>::Type;
        ok = ok && kind_fits<T>(f.kind) && name_fits(f);
    });
    return ok;
}

}  // namespace detail

static_assert(detail::table_fits(), "each field's kind matches its C++ type, and an enum field is named as its EnumNames");

}  // namespace cramp
