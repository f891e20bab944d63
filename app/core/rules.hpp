// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's rules over a period of nights (docs/rules.md, "Weeks and the threshold" and "Signals over a
// period"): rolling last-7-nights counts, calendar weeks, crossings, the five warning signals with the
// evidence behind each, coverage and the descriptive figures the report shows. Pure functions over
// records the caller loaded; no Qt, no SQL.
//
// Cost: the caller loads only the nights `needed_nights(period)` names (Diary::episodes(range) uses the
// night index), and compute_stats is linear in those episodes plus the nights of the range, with one
// sort for the medians. Nothing scans the whole history.
#pragma once

#include "episode.hpp"
#include "settings.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cramp {

// A range of nights, both ends included.
struct Period {
    Night from{};
    Night to{};
    friend bool operator==(const Period&, const Period&) = default;
};

inline int night_count(Period p) { return static_cast<int>((p.to - p.from).count()) + 1; }
inline bool contains(Period p, Night n) { return p.from <= n && n <= p.to; }

// docs/rules.md, "Signals over a period": the Today screen uses the 28 nights ending last night.
inline constexpr int kTodayNights = 28;

// The Today screen's period: the kTodayNights nights ending `last` (last night).
Period today_period(Night last);

// The night Today's period ends on: last night, or tonight as soon as tonight has a cramp logged, so
// that a cramp logged at 23:00 counts at once rather than the next morning. `current` is the night
// the present instant belongs to (night_of(now)); it is later than `last_night` only in the evening.
Night today_end_night(Night last_night, Night current, bool current_has_episode);

// The nights whose records compute_stats needs for `period`: [min(from-7, to-83), to]. from-7 because
// the crossing test of night `from` needs rolling7(from-1) = nights from-7 … from-1; to-83 for the
// escalation window.
Period needed_nights(Period period);

// What compute_stats reads. Records outside needed_nights(period) are ignored, so a caller may pass more.
struct DiaryRecords {
    std::vector<Episode> episodes;           // any order; Episode::night must be set (storage does)
    std::vector<Night> cramp_free_nights;    // any order
    std::optional<Night> first_record_night; // the diary's first record of either kind (whole diary)
};

// Calendar weeks ------------------------------------------------------------------------------------

// The first night of the calendar week holding `n` (a Monday, or a Sunday with WeekStart::sunday).
Night week_start_of(Night n, WeekStart ws);
// "2026-W10": the ISO 8601 week-based year and week number of the week's Monday; for a Sunday-start
// week, of the Monday after `week_start`.
std::string week_name(Night week_start, WeekStart ws);

struct NightCount {
    Night night{};
    int episodes = 0;
    friend bool operator==(const NightCount&, const NightCount&) = default;
};

struct WeekCount {
    Night start{};        // the week's first night, even when it lies before the period
    std::string name;     // week_name(start)
    int episodes = 0;     // episodes of nights in both the week and the period
    bool over_threshold = false;  // episodes >= threshold
    friend bool operator==(const WeekCount&, const WeekCount&) = default;
};

// The period covering the `n_weeks` calendar weeks that end with the week of `last` (chart data:
// 12, 26 or 52 weeks). Its weeks in compute_stats(...).weeks are the chart's bars; the last one is
// partial until the week ends.
Period weeks_period(Night last, int n_weeks, WeekStart ws);

// Signals and their evidence -----------------------------------------------------------------------

// The episode facts behind a numbness_weakness signal: which night, and what was reported.
struct NeuroFinding {
    Night night{};
    Instant onset{};
    std::string zone;
    bool numbness_persisted = false;
    EnumSet<Weakness> weakness;
    bool radiating = false;
};

struct PostureFinding {
    Posture posture = Posture::bending;  // one of bending, cough_sneeze, long_sitting, long_standing
    int episodes = 0;                    // >= 2 for a signal
    std::vector<Night> nights;           // ascending, distinct
};

struct Signals {
    // weekly_threshold: some night N in the period has rolling7(N) >= T.
    bool weekly_threshold = false;
    std::vector<Night> nights_over_threshold;   // every such N, ascending
    std::optional<NightCount> peak_rolling7;     // the highest rolling7 in the period (latest on ties)

    // multi_night: some night in the period has 2 or more episodes (see PeriodStats::multi_cramp_nights).
    bool multi_night = false;

    // escalation: R >= 4, R >= P, first record on or before to-83.
    bool escalation = false;
    int recent_28 = 0;         // R: episodes of nights to-27 … to
    int previous_56 = 0;       // P: episodes of nights to-83 … to-28
    bool history_covers_84 = false;  // the diary's first record is on or before to-83

    // numbness_weakness: some episode in the period has numbness = persisted, weakness, or radiating.
    bool numbness_weakness = false;
    std::vector<NeuroFinding> neuro_findings;    // ascending by onset

    // posture_linked: the triggers (in the order bending, cough_sneeze, long_sitting, long_standing)
    // that started 2 or more episodes in the period. Empty = no signal.
    std::vector<Posture> posture_linked;
    std::vector<PostureFinding> posture_findings;  // one per trigger seen at least once, same order

    bool any() const {
        return weekly_threshold || multi_night || escalation || numbness_weakness || !posture_linked.empty();
    }
};

// Everything the Today screen, `stats` and the doctor report show for a period.
struct PeriodStats {
    Period period;
    int threshold = 3;
    WeekStart week_start = WeekStart::monday;

    int nights_in_period = 0;
    int nights_recorded = 0;    // distinct nights in the period with an episode or a cramp-free record
    int episodes = 0;           // episodes of nights in the period

    NightCount rolling7;        // rolling7(period.to): episodes of nights to-6 … to, whole diary
    bool rolling7_over_threshold = false;

    std::vector<NightCount> per_night;      // every night of the period, ascending (0 where none)
    std::vector<NightCount> rolling7_by_night;  // rolling7(N) for every night N of the period, ascending
    std::vector<bool> recorded_by_night;    // per night of the period: an episode or a cramp-free record
    std::vector<WeekCount> weeks;           // every calendar week overlapping the period, oldest first
    std::vector<Night> crossings;           // N in the period with rolling7(N) >= T > rolling7(N-1)
    std::vector<NightCount> multi_cramp_nights;  // nights with >= 2 episodes, ascending

    Signals warning_signals;  // (not `signals`: Qt defines that word as a macro)

    // Reported, not signals on their own (episodes of the period only).
    int tingling_symmetric = 0;
    std::array<int, enum_count<Site>()> sites{};  // indexed by Site
    std::array<int, enum_count<Side>()> sides{};  // indexed by Side
    std::optional<double> median_duration_s;      // the mean of the two middle values for an even count
    std::optional<int> longest_duration_s;
    std::optional<double> median_intensity;
    std::optional<int> highest_intensity;
    std::optional<NightCount> worst_night;        // the most episodes; the latest night on ties
};

// The rules over `period` (from <= to). `records` must hold every record of needed_nights(period).
PeriodStats compute_stats(const DiaryRecords& records, Period period, const RuleSettings& settings);

}  // namespace cramp
