// What the backup and hostile-file tests share: a fixed "now" and numbered cramps before it.
#pragma once

#include "episode.hpp"

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

}  // namespace cramp::test
