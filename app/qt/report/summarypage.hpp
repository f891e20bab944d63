// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1 of the doctor report, what a doctor reads in a minute, always on one A4 page: the patient and
// the period, the status box, the weekly chart, the warning signs as a table, what was recorded with
// the cramps, what the app told the patient and the note that the report does not diagnose. Every
// part has a bounded height (long text is cut with "…" and counted, never listed), so the page holds
// any diary. Periods longer than a year chart their last 52 weeks here and every week on the chart
// pages after page 1.
#pragma once

#include "reportkit.hpp"

#include <functional>

namespace report {

// The report page that lists a night's cramps (0: none), for the signs table's page column.
using PageOfNight = std::function<int(cramp::Night)>;

void paintSummaryPage(Pages& pg, const ReportText& t, const ReportData& d, const PageOfNight& pageOf);

// The weekly chart's own pages after page 1, for periods of more than kPageOneWeeks weeks: how many,
// and painting them (each starts a new page).
inline constexpr int kPageOneWeeks = 53;
int weekChartPageCount(const ReportData& d);
void paintWeekChartPages(Pages& pg, const ReportText& t, const ReportData& d);

}  // namespace report
