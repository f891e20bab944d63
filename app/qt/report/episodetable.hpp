// SPDX-License-Identifier: GPL-3.0-or-later
// The report's pages after the summary: every cramp of the period in a table, one row per cramp
// (its night, the calendar date and local time of its onset with the UTC offset where it is not the
// period's usual one, and every field the patient recorded; the note in full on a line of its own
// under the row), the header again on every page, then the cramp-free nights.
//
// The table is planned first (every row's height and page, without painting) so that the report
// knows its number of pages before page 1's footer is painted, and painted as planned.
#pragma once

#include "reportkit.hpp"

#include <memory>

namespace report {

struct TableLayout;  // what the plan measured, for the painting (episodetable.cpp)

struct TablePlan {
    int firstPage = 0;  // absolute report page (1-based) the table starts on
    int lastPage = 0;   // last page of the table and the cramp-free nights after it (firstPage - 1: no such pages)
    int pageOf(cramp::Night n) const;  // the absolute page listing night n's first cramp; 0 if none

    std::shared_ptr<const TableLayout> layout;
};

// `firstTop`: where the table starts on its first page (below what comes before it there).
TablePlan planEpisodeTable(const ReportData& d, const ReportText& t, const QString& family, int firstPage,
                           qreal firstTop = Pages::kMargin);
void paintEpisodeTable(Pages& pg, const ReportText& t, const ReportData& d, const TablePlan& plan);

}  // namespace report
