// SPDX-License-Identifier: GPL-3.0-or-later
// What the backup and hostile-file tests share: a fixed "now", numbered cramps before it, and a
// file's bytes.
#pragma once

#include "episode.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace cramp::test {

inline const Instant kNow = date::sys_days{date::year{2026} / 3 / 3};

// The i-th cramp before kNow, ten minutes apart, each with a note of its own.
inline Episode episode(int i) {
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = kNow - std::chrono::minutes{10 * i + 1};
    e.note = "第" + std::to_string(i) + "次";
    return e;
}

// A file's bytes, to show it was left as it was.
inline std::string bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace cramp::test
