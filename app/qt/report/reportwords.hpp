// SPDX-License-Identifier: GPL-3.0-or-later
// The report's figures (figures.hpp) as the report says them, in the report's language: the status
// box's lines and one line per warning sign. Page 1 of the PDF prints them and the window's "show the
// doctor" view shows them, so both say the same.
#pragma once

#include "reportkit.hpp"
#include "report_figures.hpp"

#include <vector>

namespace report {

// One line of the status box: "Last 7 nights (to 2026-11-29)" — "5 cramps: at or over the threshold
// of 3". `alert`: the figure is over a limit (printed bold, not only in colour).
struct StatusLine {
    QString label;
    QString value;
    bool alert = false;
};
std::vector<StatusLine> statusLines(const cramp::ReportFigures& f, const ReportText& t);

// One warning sign: its name, present or not (a mark and a word), how many nights, the first and the
// latest night, one line of evidence.
struct SignLine {
    cramp::Sign sign = cramp::Sign::weekly_threshold;
    QString name;      // "3 or more cramps in 7 nights"
    bool present = false;
    QString mark;      // "●" present, "○" not present: told apart in black and white
    QString presence;  // "present" / "not present"
    QString nights;    // "12", or "–" when none
    QString first, latest;  // YYYY-MM-DD, or empty
    QString evidence;  // one line; counts, never a list of nights
};
std::vector<SignLine> signLines(const cramp::PeriodStats& s, const cramp::ReportFigures& f, const ReportText& t);

}  // namespace report
