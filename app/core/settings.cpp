// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.hpp"

#include "episode.hpp"

#include <algorithm>

namespace cramp {

std::vector<Message> validate(const RuleSettings& s) {
    std::vector<Message> errs;
    const Text outside = CRAMP_TEXT("Entry", "%1: %2 is outside %3–%4");
    if (s.threshold < kMinThreshold || s.threshold > kMaxThreshold)
        errs.emplace_back(outside, "threshold", s.threshold, kMinThreshold, kMaxThreshold);
    if (s.day_boundary < kMinBoundary || s.day_boundary > kMaxBoundary)
        errs.emplace_back(outside, "day_boundary", s.day_boundary, kMinBoundary, kMaxBoundary);
    if (s.week_start != WeekStart::monday && s.week_start != WeekStart::sunday)
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: unknown value"), "week_start");
    return errs;
}

std::vector<Message> validate(const Profile& p) {
    std::vector<Message> errs;
    if (p.birth_year && (*p.birth_year < kMinBirthYear || *p.birth_year > kMaxBirthYear))
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: %2 is outside %3–%4"), "birth_year", *p.birth_year, kMinBirthYear, kMaxBirthYear);
    for (const auto& r : p.risk_factors)
        if (std::find(kRiskFactors.begin(), kRiskFactors.end(), r) == kRiskFactors.end())
            errs.emplace_back(CRAMP_TEXT("Entry", "%1: '%2' is not a known risk factor"), "risk_factors", r);
    const Text longer = CRAMP_TEXT("Entry", "%1: longer than %2 characters");
    if (utf8_length(p.name) > kMaxNameChars) errs.emplace_back(longer, "name", kMaxNameChars);
    return errs;
}

}  // namespace cramp
