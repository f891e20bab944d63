// Page 1 of the doctor report: what a doctor reads in a minute.
#pragma once

#include "reportkit.hpp"

namespace report {

void paintSummaryPage(Pages& pg, const ReportText& t, const ReportData& d);

}  // namespace report
