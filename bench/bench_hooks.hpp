// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the diary-work benchmark that need the export/import and report code. Each returns
// the median milliseconds, or nothing where that part of the app does not exist yet.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

#include <filesystem>
#include <optional>

namespace bench {
void init(int argc, char** argv);
std::optional<double> csv_export_ms(const cramp::Diary& diary, int reps);
std::optional<double> csv_import_ms(const cramp::Diary& source, const std::filesystem::path& dir, cramp::Instant now, int reps);
std::optional<double> report_ms(const std::filesystem::path& diary, cramp::Period period, int reps);
}  // namespace bench
