// SPDX-License-Identifier: GPL-3.0-or-later
// A small diary built by hand, whose `stats --json` for 2026-03-02 … 2026-03-15 (T = 3, Monday weeks)
// was worked out on paper below. The core test and the CLI test both use it.
#pragma once

#include "episode.hpp"

#include <string>
#include <vector>

namespace cramp::test {

struct HandEpisode {
    const char* onset;  // Asia/Shanghai local time with offset
    Posture posture = Posture::lying;
    Numbness numbness = Numbness::none;
};

// Nights (Shanghai, noon boundary):
//   02-27 lying · 03-01 lying · 03-02 bending · 03-04 lying (numbness persisted) + lying
//   03-08 cough_sneeze · 03-14 bending + long_sitting
inline const std::vector<HandEpisode> kHandEpisodes{
    {"2026-02-27T23:30:00+08:00"},
    {"2026-03-02T01:15:00+08:00"},  // 01:15 on 2 March: the night of 1 March
    {"2026-03-02T23:30:00+08:00", Posture::bending},
    {"2026-03-04T23:30:00+08:00", Posture::lying, Numbness::persisted},
    {"2026-03-05T03:10:00+08:00"},  // the night of 4 March again
    {"2026-03-08T22:00:00+08:00", Posture::cough_sneeze},
    {"2026-03-14T23:00:00+08:00", Posture::bending},
    {"2026-03-15T04:40:00+08:00", Posture::long_sitting},  // the night of 14 March
};
// Cramp-free check-ins; 02-20 is the diary's first record.
inline const std::vector<const char*> kHandCrampFree{"2026-02-20", "2026-03-03", "2026-03-05", "2026-03-15"};

// Care records (night, items as the CSV and `crampdiary care` spell them; empty: "none of these").
struct HandCare {
    const char* night;
    const char* items;
};
inline const std::vector<HandCare> kHandCare{
    {"2026-02-27", "calf_stretch"},             // before the period: left out
    {"2026-03-02", "calf_stretch;cold_night"},  // 1 cramp
    {"2026-03-03", "calf_stretch;foot_soak"},   // cramp-free
    {"2026-03-04", ""},                         // 2 cramps, none of these
    {"2026-03-06", "calf_stretch"},             // not recorded: left out
    {"2026-03-14", "long_sitting;cold_night"},  // 2 cramps
    {"2026-03-15", "calf_stretch;fluids"},      // cramp-free
};

// rolling7(N) = episodes of nights N-6 … N:
//   03-01: 02-23…03-01 = 02-27, 03-01                 = 2
//   03-02: 02-24…03-02 = 02-27, 03-01, 03-02          = 3  ≥ 3 after 2: crossing 03-02
//   03-03 = 3, 03-04 = 5, 03-05 = 5, 03-06: 02-28…03-06 = 4, 03-07: 03-01…03-07 = 1 + 1 + 2 = 4
//   03-08: 03-02…03-08 = 1 + 2 + 1                    = 4
//   03-09: 03-03…03-09 = 2 + 1 = 3,  03-10: 03-04…03-10 = 3
//   03-11: 03-05…03-11 = 1 (03-08), 03-12 = 1, 03-13 = 1
//   03-14: 03-08…03-14 = 1 + 2                         = 3  ≥ 3 after 1: crossing 03-14
//   03-15: 03-09…03-15 = 2                              → rolling7 to 03-15 = 2, not over
// weeks: 2026-W10 = 03-02…03-08: 1 + 2 + 1 = 4 (over); 2026-W11 = 03-09…03-15: 2 (not over)
// episodes in the period: 03-02 1, 03-04 2, 03-08 1, 03-14 2 = 6
// nights recorded: episodes 03-02, 03-04, 03-08, 03-14 + cramp-free 03-03, 03-05, 03-15 = 7 of 14
// multi-cramp nights: 03-04, 03-14.  postures: bending ×2 (03-02, 03-14) → linked; cough_sneeze ×1,
// long_sitting ×1 → not.  numbness persisted on 03-04 → numbness_weakness.
// escalation: R = nights 02-16…03-15 = 8, P = 12-21…02-15 = 0, but the first record (02-20) is after
// to-83 = 2025-12-22 → false.
// factors: the recorded nights of the period with a care record are 03-02 (1 cramp), 03-03 (0),
// 03-04 (2), 03-14 (2), 03-15 (0): 5 nights, 5 cramps (03-05 and 03-08 are recorded but have no care
// record; 02-27 and 03-06 are left out above).
//   calf_stretch  with 03-02, 03-03, 03-15 = 3 nights, 1 cramp;  without 03-04, 03-14 = 2 nights, 4
//   foot_soak     with 03-03 = 1, 0;   without 4, 5        fluids with 03-15 = 1, 0; without 4, 5
//   long_sitting  with 03-14 = 1, 2;   without 4, 3        cold_night with 03-02, 03-14 = 2, 3; without 3, 2
//   legs_warm, hard_exercise, long_standing, sweating: with 0, 0; without 5, 5
inline const std::string kHandStatsJson =
    R"({"period":{"from":"2026-03-02","to":"2026-03-15"},"threshold":3,"nights_in_period":14,)"
    R"("nights_recorded":7,"episodes":6,"rolling7":{"to":"2026-03-15","episodes":2,"over_threshold":false},)"
    R"("weeks":[{"week":"2026-W10","start":"2026-03-02","episodes":4,"over_threshold":true},)"
    R"({"week":"2026-W11","start":"2026-03-09","episodes":2,"over_threshold":false}],)"
    R"("crossings":["2026-03-02","2026-03-14"],"multi_cramp_nights":["2026-03-04","2026-03-14"],)"
    R"("signals":{"weekly_threshold":true,"multi_night":true,"escalation":false,"numbness_weakness":true,)"
    R"("posture_linked":["bending"]},)"
    R"("factors":[{"factor":"calf_stretch","nights_with":3,"cramps_with":1,"nights_without":2,"cramps_without":4},)"
    R"({"factor":"foot_soak","nights_with":1,"cramps_with":0,"nights_without":4,"cramps_without":5},)"
    R"({"factor":"legs_warm","nights_with":0,"cramps_with":0,"nights_without":5,"cramps_without":5},)"
    R"({"factor":"fluids","nights_with":1,"cramps_with":0,"nights_without":4,"cramps_without":5},)"
    R"({"factor":"hard_exercise","nights_with":0,"cramps_with":0,"nights_without":5,"cramps_without":5},)"
    R"({"factor":"long_sitting","nights_with":1,"cramps_with":2,"nights_without":4,"cramps_without":3},)"
    R"({"factor":"long_standing","nights_with":0,"cramps_with":0,"nights_without":5,"cramps_without":5},)"
    R"({"factor":"sweating","nights_with":0,"cramps_with":0,"nights_without":5,"cramps_without":5},)"
    R"({"factor":"cold_night","nights_with":2,"cramps_with":3,"nights_without":3,"cramps_without":2}]})";

}  // namespace cramp::test
