// SPDX-License-Identifier: GPL-3.0-or-later
// Nights in the rules' tests, written as their dates: day("2026-03-02"), and a list of nights back
// as text to compare with a table row.
#pragma once

#include "episode.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cramp::test {

inline Night day(const std::string& s) {
    auto d = parse_date(s);
    REQUIRE(d);
    return *d;
}

inline std::vector<std::string> dates(const std::vector<Night>& ns) {
    std::vector<std::string> out;
    for (Night n : ns) out.push_back(format_date(n));
    return out;
}

}  // namespace cramp::test
