// Export of the diary as CSV, and import of a CSV file: every row is checked first, and on any
// problem nothing is imported and every problem is listed with its line and column. A record
// identical to one already in the diary is skipped and counted. The import is one transaction.
#pragma once

#include "diary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

struct ExportOptions {
    std::optional<NightRange> range;
    bool bom = false;  // for spreadsheet programs that need it to read UTF-8
};

// Records in order of night, then onset; the zone's own offset in `onset`; CRLF line ends.
std::string export_csv(const Diary& diary, const ExportOptions& options = {});

struct ImportPlan {
    std::vector<Episode> episodes;       // to add
    std::vector<Night> cramp_free_nights;  // to add
    int skipped_episodes = 0;            // identical to one already there
    int skipped_cramp_free_nights = 0;
};

struct ImportSummary {
    int added_episodes = 0, added_cramp_free_nights = 0, skipped_episodes = 0, skipped_cramp_free_nights = 0;
};

// Checks `text` against the diary without writing. On failure the error lists every problem, one per
// line: "line 12, intensity: 11 is outside 0–10".
Result<ImportPlan> plan_import(const Diary& diary, std::string_view text);
// Writes a plan in one transaction: all of it or, on any failure, none.
Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan);

std::string describe(const ImportSummary& s);

}  // namespace cramp
