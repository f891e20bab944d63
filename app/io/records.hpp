// Inside app/io: what the formats share. The order every export writes records in, and an import
// file read into records (not yet checked against the diary) with where each one stands in the file.
#pragma once

#include "diary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cramp::io {

// Episodes by night, then onset (then id); cramp-free nights by night.
struct SortedRecords {
    std::vector<Episode> episodes;
    std::vector<Night> cramp_free_nights;
};
SortedRecords sorted_records(const Diary& diary, const std::optional<NightRange>& range);

// One problem, and the line it sorts by.
struct Problem {
    int line = 0;
    Message message;  // "line 12, intensity: 11 is outside 0–10", translatable

    std::string text() const { return message.english(); }
};

// Where a record stands in the file, for messages. CSV names lines ("line 12"); JSON names the
// record and the line of the field ("episodes[3] (line 47)"). The record's name and the field's
// are the file's words, verbatim; "line %1" and the like are templates (context "Import").
struct Place {
    std::string record;  // "episodes[3]"; empty for CSV and for the top level of a JSON file
    int line = 0;        // where the record starts
    std::vector<std::pair<std::string, int>> field_lines;  // JSON: the line of each field present

    int line_of(std::string_view field) const;
    // "line 12" or "episodes[3] (line 47)"; with a field, the line is that field's when known.
    Message at(std::string_view field = {}) const;
    // `what` said at this place: "line 12, intensity: 11 is outside 0–10", "episodes[3] (line 47),
    // intensity: …", at the line of the field `what` names (field_of in episode.hpp), when known.
    Problem problem(const Message& what) const;
};

struct FileEpisode {
    Place place;
    Episode episode;
    Night night_in_file{};
};

struct FileCrampFreeNight {
    Place place;
    Night night{};
};

struct ParsedFile {
    std::vector<FileEpisode> episodes;
    std::vector<FileCrampFreeNight> cramp_free_nights;
    std::optional<RuleSettings> settings;  // JSON only
    std::optional<Profile> profile;        // JSON only
    bool settings_unreadable = false;      // JSON settings with problems: the nights cannot be checked
    std::vector<Problem> problems;         // found while reading; a record with one is left out
};

// An error result means the file could not be read as that format at all (bad syntax, wrong
// header, not a Cramp Diary export, a version this program does not know).
Result<ParsedFile> read_csv(std::string_view text);
Result<ParsedFile> read_json(std::string_view text);

// Name-based UUID (RFC 9562 version 5, SHA-1) in the form 8-4-4-4-12, lower case.
std::string uuid_v5(std::string_view name_space_uuid, std::string_view name);

}  // namespace cramp::io
