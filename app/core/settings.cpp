#include "settings.hpp"

#include "episode.hpp"

#include <algorithm>

namespace cramp {

std::vector<std::string> validate(const RuleSettings& s) {
    std::vector<std::string> errs;
    if (s.threshold < kMinThreshold || s.threshold > kMaxThreshold)
        errs.push_back("threshold: " + std::to_string(s.threshold) + " is outside 1–14");
    if (s.day_boundary < kMinBoundary || s.day_boundary > kMaxBoundary)
        errs.push_back("day_boundary: " + std::to_string(s.day_boundary) + " is outside 0–23");
    if (s.week_start != WeekStart::monday && s.week_start != WeekStart::sunday) errs.push_back("week_start: unknown value");
    return errs;
}

std::vector<std::string> validate(const Profile& p) {
    std::vector<std::string> errs;
    if (p.birth_year && (*p.birth_year < 1900 || *p.birth_year > 2100))
        errs.push_back("birth_year: " + std::to_string(*p.birth_year) + " is outside 1900–2100");
    for (const auto& r : p.risk_factors)
        if (std::find(kRiskFactors.begin(), kRiskFactors.end(), r) == kRiskFactors.end())
            errs.push_back("risk_factors: '" + r + "' is not a known risk factor");
    if (utf8_length(p.name) > 200) errs.push_back("name: longer than 200 characters");
    if (utf8_length(p.medicines) > kMaxNoteChars) errs.push_back("medicines: longer than 2000 characters");
    return errs;
}

}  // namespace cramp
