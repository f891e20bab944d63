// SPDX-License-Identifier: GPL-3.0-or-later
// The periods a caller uses when the patient names none, or only one end, and the longest periods
// callers accept: one definition each, so that the command line and the window cannot drift apart.
// The Today screen's own period is a rule and lives in core (rules.hpp, today_period).
#pragma once

#include "rules.hpp"

namespace cramp {

// `stats --from D` alone: a period as long as Today's, so its figures read like the Today screen's.
Period today_length_from(Night from);

// The report's default: 12 weeks, the 84 nights the escalation signal compares, so the doctor sees
// all that it judged.
inline constexpr int kReportDefaultWeeks = 12;

// The 7·`weeks` nights ending `last` (whole weeks of nights, not calendar weeks): the window's 4-, 8-
// and 12-week report choices, and the report's default there and on the command line.
Period report_period(Night last, int weeks = kReportDefaultWeeks);

// Two caps, on purpose different:
// `stats` and `demo` (scripts): 100 years of nights, longer than any real diary; it only stops a
// mistyped year from asking for millions of nights of work.
inline constexpr int kMaxPeriodNights = 366 * 100;
// The window's custom report period: ten years (3,660 nights after the first), because the preview
// repaints the whole report as the patient types the dates, and a decade is more than a visit needs.
inline constexpr int kMaxWindowReportNights = 366 * 10 + 1;

}  // namespace cramp
