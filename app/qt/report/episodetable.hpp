// The report's pages after the summary: every cramp of the period in a table, one row per cramp
// (never cut across pages, the header again on every page), then the cramp-free nights.
#pragma once

#include "reportkit.hpp"

namespace report {

void paintEpisodeTable(Pages& pg, const ReportText& t, const ReportData& d);

}  // namespace report
