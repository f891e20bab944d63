// SPDX-License-Identifier: GPL-3.0-or-later
// The one "now" that the window tests, the Quick Tests and the screenshots stand at, so that what
// they show (dates, "last night", the auto theme) is the same on every run: 2026-11-30 09:00 in
// Asia/Shanghai (01:00 UTC), a Monday morning.
#pragma once

#include "diary.hpp"

#include <date/date.h>

#include <chrono>

namespace cramp::test {

inline cramp::Instant fixedNow() {
    return date::sys_days{date::year{2026} / 11 / 30} + std::chrono::hours{1};
}

inline cramp::Diary::Clock fixedClock(cramp::Instant at = fixedNow()) {
    return [at] { return at; };
}

}  // namespace cramp::test
