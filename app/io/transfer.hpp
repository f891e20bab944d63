// Moving a diary in and out. Export as CSV (the columns of docs/formats.md), as JSON (the whole diary, for
// moving it to another device) and as a FHIR R4 Bundle (for a doctor's system). Import of CSV or
// JSON through one entry point: every record is checked first, and on any problem nothing is
// imported and every problem is listed with where it is. A record identical to one already in
// the diary is skipped and counted. The import is one transaction.
#pragma once

#include "diary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

struct ExportOptions {
    std::optional<NightRange> range;  // records of these nights only (JSON keeps settings and profile)
    bool bom = false;  // CSV only: for spreadsheet programs that need it to read UTF-8
};

enum class ExportFormat { csv, json, fhir };

// "csv", "json", "fhir"; and back (nullopt for anything else).
std::string_view format_name(ExportFormat f);
std::optional<ExportFormat> parse_export_format(std::string_view s);

// Records in order of night, then onset; the zone's own offset in `onset`; CRLF line ends.
std::string export_csv(const Diary& diary, const ExportOptions& options = {});

// The whole diary as one JSON object (docs/formats.md, "JSON"): {"format":"crampdiary","version":1,
// "settings","profile","episodes","cramp_free_nights"}, records in the CSV's order, two-space
// indent, LF line ends. Export, import into an empty diary and export again gives the same bytes.
inline constexpr int kJsonVersion = 1;
std::string export_json(const Diary& diary, const ExportOptions& options = {});

// A FHIR R4 Bundle of type "collection" (docs/formats.md, "FHIR"): a Patient, one Observation per episode
// following the HL7 Symptoms IG's Symptom Observation, and a "symptom absent" Observation per
// cramp-free night. fullUrls are name-based UUIDs of the record's content, so the same diary gives
// the same Bundle on every device.
std::string export_fhir(const Diary& diary, const ExportOptions& options = {});

// One of the above, for the UI's format picker.
std::string export_text(const Diary& diary, ExportFormat format, const ExportOptions& options = {});

struct ImportPlan {
    std::vector<Episode> episodes;       // to add
    std::vector<Night> cramp_free_nights;  // to add
    int skipped_episodes = 0;            // identical to one already there
    int skipped_cramp_free_nights = 0;
    // A JSON file's settings and profile, to apply: only into a diary with no records yet (a new
    // device). A diary that has records keeps its own.
    std::optional<RuleSettings> settings;
    std::optional<Profile> profile;
    bool kept_own_settings = false;  // the file's settings or profile differ and were not applied
};

struct ImportSummary {
    int added_episodes = 0, added_cramp_free_nights = 0, skipped_episodes = 0, skipped_cramp_free_nights = 0;
    bool applied_settings = false, applied_profile = false, kept_own_settings = false;
    int replaced_cramp_free_nights = 0;  // cramp-free marks removed because an imported cramp fell on their night
};

// Checks `text` against the diary without writing. JSON when its first character other than a BOM
// and whitespace is '{', CSV otherwise. On failure the error lists every problem, one per line:
// "line 12, intensity: 11 is outside 0–10" (CSV), "episodes[3] (line 40), intensity: 11 is
// outside 0–10" (JSON: the record, and the line of the field).
Result<ImportPlan> plan_import(const Diary& diary, std::string_view text);
// Writes a plan in one transaction: all of it or, on any failure, none.
Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan);

std::string describe(const ImportSummary& s);

}  // namespace cramp
