// SPDX-License-Identifier: GPL-3.0-or-later
// The settings that feed the diary's rules, and the patient profile the report shows.
#pragma once

#include "episode.hpp"
#include "result.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

enum class WeekStart { monday, sunday };
// Spelled once, as storage, the diary's JSON and the window spell it (to_string, parse_enum).
template <> struct EnumNames<WeekStart> {
    static constexpr std::string_view field = "week_start";
    static constexpr std::array<std::string_view, 2> names{"monday", "sunday"};
};

struct RuleSettings {
    int threshold = 3;        // cramps in the last 7 nights (or a calendar week) that count as "over"; 1–14
    int day_boundary = 12;    // local hour at which one night ends and the next begins; 0–23
    WeekStart week_start = WeekStart::monday;

    friend bool operator==(const RuleSettings&, const RuleSettings&) = default;
};

inline constexpr int kMinThreshold = 1, kMaxThreshold = 14;
inline constexpr int kMinBoundary = 0, kMaxBoundary = 23;

// Every problem, each naming its field (see field_of in episode.hpp).
std::vector<Message> validate(const RuleSettings& s);

inline constexpr std::array<std::string_view, 8> kRiskFactors{
    "age_40_plus",  "diabetes",       "lumbar_disc_herniation", "lumbar_canal_stenosis",
    "varicose_veins", "arterial_disease", "pregnancy",            "kidney_disease"};

struct Profile {
    std::string name;                     // optional
    std::optional<int> birth_year;
    std::vector<std::string> risk_factors;  // names from kRiskFactors
    // Medicines are records of their own (medicine.hpp, Diary::medicines), not part of the profile.

    friend bool operator==(const Profile&, const Profile&) = default;
};

inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr int kMinBirthYear = 1900, kMaxBirthYear = 2100;

std::vector<Message> validate(const Profile& p);

}  // namespace cramp
