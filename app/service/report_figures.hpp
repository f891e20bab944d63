// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor report's figures for a period of a diary (core's figures.hpp over the rules), loaded with
// one read of the nights they need: page 1 of the PDF and the window's "show the doctor" view.
#pragma once

#include "diary.hpp"
#include "care.hpp"
#include "figures.hpp"

namespace cramp {

struct ReportFiguresOfDiary {
    PeriodStats stats;
    ReportFigures figures;
    DiaryRecords records;  // what they were computed from: every record of figures_nights(period)
};

ReportFiguresOfDiary report_figures(const Diary& diary, Period period);

// The report's personal comparisons (docs/rules.md, "Care records"): core's compare_factors over the
// period's care records and `records` (report_figures' records, which hold the period's). `recorded`:
// whether the period has any care record at all; without one the report leaves the comparisons out.
struct CareComparisonsOfDiary {
    bool recorded = false;
    std::array<FactorComparison, enum_count<CareItem>()> items{};
};

CareComparisonsOfDiary care_comparisons(const Diary& diary, Period period, const DiaryRecords& records);

}  // namespace cramp
