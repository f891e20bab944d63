// SPDX-License-Identifier: GPL-3.0-or-later
// A report PDF read back with poppler: its text (pdftotext -layout; all pages, or pages first … last)
// and its number of pages (pdfinfo).
#pragma once

#include "run_process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

namespace cramp::test {

inline std::string pdf_text(const std::filesystem::path& pdf, int first = 0, int last = 0) {
    std::vector<std::string> args{"-layout"};
    if (first) args.insert(args.end(), {"-f", std::to_string(first)});
    if (last) args.insert(args.end(), {"-l", std::to_string(last)});
    args.insert(args.end(), {pdf.string(), "-"});
    auto r = run_process(PDFTOTEXT, args);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

inline int pdf_pages(const std::filesystem::path& pdf) {
    auto r = run_process(PDFINFO, {pdf.string()});
    REQUIRE(r.exit_code == 0);
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex(R"(Pages:\s+(\d+))")));
    return std::stoi(m[1]);
}

}  // namespace cramp::test
