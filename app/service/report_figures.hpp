// The doctor report's figures for a period of a diary (core's figures.hpp over the rules), loaded with
// one read of the nights they need: page 1 of the PDF and the window's "show the doctor" view.
#pragma once

#include "diary.hpp"
#include "figures.hpp"

namespace cramp {

struct ReportFiguresOfDiary {
    PeriodStats stats;
    ReportFigures figures;
    DiaryRecords records;  // what they were computed from: every record of figures_nights(period)
};

ReportFiguresOfDiary report_figures(const Diary& diary, Period period);

}  // namespace cramp
