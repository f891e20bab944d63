// SPDX-License-Identifier: GPL-3.0-or-later
// The report's personal comparisons, at the start of the page after page 1 (and after the weekly
// chart's own pages), before the table of cramps: for each care item shown (each side at least
// kMinComparisonNights nights), the nights with it, their cramps and cramps per night, and the same
// for the nights without it; the items not shown in one line; the caution that this is an
// association in the patient's own diary, not proof of cause. Left out when the period has no care
// record, so that a diary kept without them gives the report it gave before.
//
// Planned first (its height, so the table after it knows where it starts), then painted as planned.
#pragma once

#include "reportkit.hpp"

#include <memory>

namespace report {

struct ComparisonLayout;  // comparisons.cpp

struct ComparisonPlan {
    qreal height = 0;  // 0: left out
    std::shared_ptr<const ComparisonLayout> layout;
    bool shown() const { return height > 0; }
};

// A care item as the report names it ("calf stretch before bed").
const char* careWord(cramp::CareItem item);

ComparisonPlan planComparisons(const ReportData& d, const ReportText& t, const QString& family);
// Paints at the top of the page the painter is on.
void paintComparisons(Pages& pg, const ComparisonPlan& plan);

}  // namespace report
