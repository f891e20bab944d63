// SPDX-License-Identifier: GPL-3.0-or-later
// The report's figures beyond the rules' own (docs/rules.md, "The report's figures"): where the
// period stands now and against the period before it, the escalation signal as two weekly rates with
// how much of each window was recorded, each warning sign as one row of evidence, and what the
// patient recorded about each cramp. Page 1 of the PDF and the window's "show the doctor" view print
// these. Pure functions over the records the caller loaded; no Qt, no SQL.
#pragma once

#include "rules.hpp"

#include <array>
#include <optional>
#include <vector>

namespace cramp {

// Cramps and recorded nights (a cramp or a cramp-free record) in a window of nights.
struct WindowCount {
    Period window{};
    int cramps = 0;
    int nights_recorded = 0;

    int nights() const { return night_count(window); }
    // Cramps per 7 nights over the whole window, recorded or not.
    double per_week() const { return 7.0 * cramps / nights(); }
    // At least half of its nights hold a record: its rate says something.
    bool half_recorded() const { return 2 * nights_recorded >= nights(); }
    friend bool operator==(const WindowCount&, const WindowCount&) = default;
};

// The status box: now, this period against the one before, since when, how complete.
struct StatusFigures {
    WindowCount last7;     // the 7 nights ending the period's last night
    int threshold = 3;
    bool at_or_over = false;  // last7.cramps >= threshold
    WindowCount period;    // the report's period
    WindowCount before;    // the same number of nights just before it; "not recorded" unless half_recorded()
    std::optional<Night> first_cramp;  // the diary's first cramp, whenever it was
};

// The escalation signal's two windows (docs/rules.md, "Signals over a period").
struct EscalationFigures {
    WindowCount recent;   // the 28 nights to-27 … to
    WindowCount earlier;  // the 56 nights to-83 … to-28
    bool signal = false;  // the rules' escalation signal
    // Fewer than half of the earlier window's nights were recorded: its low count may be unrecorded
    // nights rather than nights without cramps.
    bool uncertain = false;
};

enum class Sign { weekly_threshold, multi_night, escalation, numbness_weakness, posture_linked };
inline constexpr std::array<Sign, 5> kSigns{Sign::weekly_threshold, Sign::multi_night, Sign::escalation,
                                            Sign::numbness_weakness, Sign::posture_linked};

// One warning sign in the period. `nights` is its evidence, empty when the sign is not present:
//   weekly_threshold   the nights whose last 7 nights reached the threshold
//   multi_night        the nights with 2 or more cramps
//   escalation         the nights of the recent 28 with a cramp
//   numbness_weakness  the nights of the cramps with persisting numbness, weakness or radiating pain
//   posture_linked     the nights of the cramps started by a trigger that started 2 or more
struct SignRow {
    Sign sign = Sign::weekly_threshold;
    bool present = false;
    std::vector<Night> nights;  // ascending, distinct
    int cramps = 0;             // the cramps on those nights that are the evidence (see above)
};

// What was reported with the cramps behind the numbness and weakness sign, and symmetric tingling
// (reported with any cramp of the period: not a sign on its own, shown with this one).
struct NeuroCounts {
    int numbness_persisted = 0;
    std::array<int, enum_count<Weakness>()> weakness{};  // indexed by Weakness
    int radiating = 0;
    int tingling_symmetric = 0;
};

// What the patient recorded with each cramp of the period.
struct RecordedCounts {
    int cramps = 0;
    int woke = 0;                                       // cramps that woke the patient
    std::array<int, enum_count<Relief>()> relief{};     // indexed by Relief; a cramp may have several
    int no_relief = 0;                                  // cramps with nothing recorded as easing it
    std::array<int, 24> by_hour{};                      // the local hour of onset where it happened
    std::array<int, enum_count<Posture>()> postures{};  // indexed by Posture
};

struct ReportFigures {
    StatusFigures status;
    EscalationFigures escalation;
    std::array<SignRow, kSigns.size()> signs;  // in kSigns order
    NeuroCounts neuro;
    RecordedCounts recorded;
};

// The period of as many nights just before `p`.
Period previous_period(Period p);
// The nights report_figures reads: needed_nights(p) and previous_period(p).
Period figures_nights(Period p);

// Cramps and recorded nights of `window` in `records`.
WindowCount count_window(const DiaryRecords& records, Period window);

// `stats` = compute_stats(records, stats.period, …); `records` holds every record of
// figures_nights(stats.period); `first_cramp` is the diary's first cramp's night.
ReportFigures report_figures(const PeriodStats& stats, const DiaryRecords& records, std::optional<Night> first_cramp);

}  // namespace cramp
