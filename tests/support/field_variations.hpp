// SPDX-License-Identifier: GPL-3.0-or-later
// For tests that walk the table of episode fields: an episode that differs from another in one
// field only, for every field of the table, so a test can ask "does this layer see that field?".
#pragma once

#include "episode_fields.hpp"

#include <chrono>
#include <string>

namespace cramp::test {

// Another valid value for the field than `e` has (a value within its limits when e's is).
template <typename T>
T other_value(const EpisodeField<T>& f, const Episode& e) {
    const T& v = e.*f.member;
    if constexpr (std::is_same_v<T, Night>) return v - date::days{1};
    else if constexpr (std::is_same_v<T, Instant>) return v - std::chrono::minutes{7};
    else if constexpr (std::is_same_v<T, int>) return v + 1;
    else if constexpr (std::is_same_v<T, bool>) return !v;
    else if constexpr (std::is_enum_v<T>) return static_cast<T>((static_cast<std::size_t>(v) + 1) % enum_count<T>());
    else if constexpr (std::is_same_v<T, std::string>) {
        if (f.kind == FieldKind::zone) return v == "Europe/Berlin" ? "Asia/Shanghai" : "Europe/Berlin";
        return v + " (changed)";
    } else {
        T s = v;
        const auto first = static_cast<typename detail::IsEnumSet<T>::Enum>(0);
        if (s.contains(first)) s.erase(first);
        else s.insert(first);
        return s;
    }
}

// Calls check(name, changed) for each field of the table but the derived night, with `e` changed
// in that field only.
template <typename Check>
void for_each_content_change(const Episode& e, Check&& check) {
    for_each_field([&](const auto& f) {
        if (!f.content()) return;
        Episode changed = e;
        changed.*f.member = other_value(f, e);
        check(f.name, changed);
    });
}

// An episode with a value in every field that is not its default, 02:30 on 3 March 2026 in Shanghai.
inline Episode full_episode() {
    Episode e;
    e.onset = date::sys_days{date::year{2026} / 3 / 2} + std::chrono::hours{18} + std::chrono::minutes{30};
    e.zone = "Asia/Shanghai";
    e.duration_s = 95;
    e.site = Site::thigh_back;
    e.side = Side::both;
    e.intensity = 7;
    e.posture = Posture::cough_sneeze;
    e.numbness = Numbness::during;
    e.weakness = {Weakness::stairs};
    e.radiating = true;
    e.tingling_symmetric = true;
    e.woke = false;
    e.relief = {Relief::massage, Relief::heat};
    e.note = "小腿抽筋";
    return e;
}

}  // namespace cramp::test
