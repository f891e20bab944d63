// SPDX-License-Identifier: GPL-3.0-or-later
// The default periods and their caps (app/service/periods.hpp), one row per caller's case.
#include "periods.hpp"

#include <catch2/catch.hpp>

#include <string>

using cramp::Period;

namespace {
cramp::Night day(const std::string& s) { return cramp::parse_date(s).value(); }
}  // namespace

TEST_CASE("the report's periods are whole weeks of nights ending at the given night", "[service][period]") {
    auto [last, weeks, from] = GENERATE(table<std::string, int, std::string>({
        {"2026-11-29", cramp::kReportDefaultWeeks, "2026-09-07"},  // the default: 84 nights
        {"2026-11-29", 4, "2026-11-02"},
        {"2026-03-01", 8, "2026-01-05"},                           // across a year's end
        {"2028-03-31", 12, "2028-01-08"},                          // across a 29 February
    }));
    const Period p = cramp::report_period(day(last), weeks);
    CHECK(p == Period{day(from), day(last)});
    CHECK(cramp::night_count(p) == 7 * weeks);
}

TEST_CASE("the report's default period is the 84 nights the escalation signal judges", "[service][period]") {
    const auto last = day("2026-11-29");
    CHECK(cramp::report_period(last) == Period{last - date::days{83}, last});
    CHECK(cramp::needed_nights(cramp::report_period(last)).from == cramp::report_period(last).from - date::days{7});
}

TEST_CASE("stats with only a first night gets a period as long as Today's", "[service][period]") {
    auto [from, to] = GENERATE(table<std::string, std::string>({
        {"2026-03-02", "2026-03-29"},
        {"2026-02-15", "2026-03-14"},  // across February
    }));
    const Period p = cramp::today_length_from(day(from));
    CHECK(p == Period{day(from), day(to)});
    CHECK(cramp::night_count(p) == cramp::night_count(cramp::today_period(day(to))));
}

TEST_CASE("the window's report cap is ten years, the scripts' a hundred", "[service][period]") {
    auto [from, to, over_window, over_scripts] = GENERATE(table<std::string, std::string, bool, bool>({
        {"2016-01-01", "2026-01-08", false, false},  // 3,660 nights after the first: the window's longest
        {"2016-01-01", "2026-01-09", true, false},
        {"2016-01-01", "2026-12-31", true, false},
        {"1926-01-01", "2026-03-16", true, false},   // 36,600 nights: the longest `stats` and `demo` take
        {"1926-01-01", "2026-03-17", true, true},
    }));
    const int n = cramp::night_count({day(from), day(to)});
    CHECK((n > cramp::kMaxWindowReportNights) == over_window);
    CHECK((n > cramp::kMaxPeriodNights) == over_scripts);
}
