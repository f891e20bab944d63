// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a diary in and out. Export as CSV (the columns of docs/formats.md), as JSON (the whole diary, for
// moving it to another device) and as a FHIR R4 Bundle (for a doctor's system). Import of CSV or
// JSON through one entry point: every record is checked first, and on any problem nothing is
// imported and the problems are listed with where they are (the first 100 by line, then how many
// more). A record identical to one already in the diary is skipped and counted. The import is one
// transaction. A file is read as a stream, twice (to check, then to write), never held whole:
// memory grows with the nights a file covers, not with its size.
#pragma once

#include "byte_source.hpp"
#include "diary.hpp"

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

struct ExportOptions {
    std::optional<NightRange> range;  // records of these nights only (JSON keeps settings and profile)
    // CSV only, the spreadsheet mode: a UTF-8 BOM for spreadsheet programs that need one to read
    // UTF-8, and no cell that a spreadsheet would run as a formula (csv::guard_cell).
    bool bom = false;
};

enum class ExportFormat { csv, json, fhir };

// A JSON file's patient profile and its medicines, as they would be applied to a diary.
struct FileProfile {
    Profile profile;
    std::vector<Medicine> medicines;  // ids 0: a diary gives them ids when it stores them
    friend bool operator==(const FileProfile&, const FileProfile&) = default;
};

// "csv", "json", "fhir"; and back (nullopt for anything else).
std::string_view format_name(ExportFormat f);
std::optional<ExportFormat> parse_export_format(std::string_view s);

// Records in order of night, then onset; the zone's own offset in `onset`; CRLF line ends.
std::string export_csv(const Diary& diary, const ExportOptions& options = {});

// The whole diary as one JSON object (docs/formats.md, "JSON"): {"format":"crampdiary","version":2,
// "settings","profile","episodes","cramp_free_nights","night_factors"}, records in the CSV's order,
// two-space indent, LF line ends. Export, import into an empty diary and export again gives the
// same bytes. Version 1 files (no care records, the medicines one line of text) still import.
inline constexpr int kJsonVersion = 2;
std::string export_json(const Diary& diary, const ExportOptions& options = {});

// A FHIR R4 Bundle of type "collection" (docs/formats.md, "FHIR"): a Patient, one Observation per episode
// following the HL7 Symptoms IG's Symptom Observation, and a "symptom absent" Observation per
// cramp-free night, then a MedicationStatement per medicine. fullUrls are name-based UUIDs of the record's content, so the same diary gives
// the same Bundle on every device.
std::string export_fhir(const Diary& diary, const ExportOptions& options = {});

// One of the above, for the UI's format picker.
std::string export_text(const Diary& diary, ExportFormat format, const ExportOptions& options = {});

// The bytes of a file to import. An import reads them twice, to check and then to write, from
// the first byte each time; between the two the file must not change (commit_import compares).
class ImportFile {
public:
    static ImportFile path(std::string path);
    static ImportFile text(std::string bytes);
    // A stream that cannot be read twice (standard input): copied first to an unnamed temporary
    // file (the system's temporary folder; readable by its owner only, gone when closed).
    static Result<ImportFile> spooled(std::istream& in);

    // A reader from the first byte, or why the file cannot be read.
    Result<std::unique_ptr<ByteSource>> open() const;

    struct Data;

private:
    std::shared_ptr<const Data> data_;
};

struct ImportPlan {
    int episodes = 0;                    // to add
    int cramp_free_nights = 0;           // to add
    int skipped_episodes = 0;            // identical to one already there
    int skipped_cramp_free_nights = 0;
    int replaced_cramp_free_nights = 0;  // the diary's cramp-free marks that added episodes replace
    int night_factors = 0;               // care records to add (nights the diary has none for)
    int skipped_night_factors = 0;       // the same as the diary's record of that night
    int kept_night_factors = 0;          // different from the diary's, which keeps its own
    // A JSON file's settings and profile, to apply: only into a diary with no records yet (a new
    // device). A diary that has records keeps its own.
    std::optional<RuleSettings> settings;
    std::optional<FileProfile> profile;
    bool kept_own_settings = false;  // the file's settings or profile differ and were not applied

    // For commit_import: the file, how it read, and which of its records (in file order) to skip.
    std::optional<ImportFile> file;
    bool json = false;
    std::vector<bool> skip_episode, skip_cramp_free_night, skip_night_factors;
    std::uint64_t digest = 0, size = 0;
};

struct ImportSummary {
    int added_episodes = 0, added_cramp_free_nights = 0, skipped_episodes = 0, skipped_cramp_free_nights = 0;
    bool applied_settings = false, applied_profile = false, kept_own_settings = false;
    int replaced_cramp_free_nights = 0;  // cramp-free marks removed because an imported cramp fell on their night
    int added_night_factors = 0, skipped_night_factors = 0;
    int kept_night_factors = 0;  // the file's care record differs from the diary's, which was kept
};

// Checks a file against the diary without writing. A file in UTF-16 or UTF-32 is refused as such;
// JSON when its first character other than a BOM and whitespace is '{' or '[' (or a comment, which
// JSON does not allow), CSV otherwise. On failure the error lists the problems, one per line, the
// first 100 by line: "line 12, intensity: 11 is outside 0–10" (CSV), "episodes[3] (line 40),
// intensity: 11 is outside 0–10" (JSON: the record, and the line of the field); then "… and N
// more". Values a message echoes from the file are cut to a short excerpt.
Result<ImportPlan> plan_import(const Diary& diary, ImportFile file);
Result<ImportPlan> plan_import(const Diary& diary, std::string_view text);
// Writes a plan in one transaction, reading its file again: all of it or, on any failure (the
// file changed since it was checked, too), none.
Result<ImportSummary> commit_import(Diary& diary, const ImportPlan& plan);

std::string describe(const ImportSummary& s);

}  // namespace cramp
