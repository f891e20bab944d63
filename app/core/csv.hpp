// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as docs/formats.md defines it (UTF-8, RFC 4180, a header row, one record a row): the reader and
// writer of fields, and the mapping between a row and a diary record. Lines are numbered as an
// editor numbers them: the header is line 1, and a record whose quoted note spans several lines is
// named by its first line.
#pragma once

#include "byte_source.hpp"
#include "care.hpp"
#include "episode.hpp"
#include "episode_fields.hpp"
#include "result.hpp"

#include <array>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cramp::csv {

// "kind" (episode, cramp_free_night or night_factors), then the fields of episode_fields.hpp, then
// "factors" (a care record's items). Files written before care records have the first 16 only.
inline constexpr std::array<std::string_view, 2 + kEpisodeFieldCount> kColumns = [] {
    std::array<std::string_view, 2 + kEpisodeFieldCount> columns{"kind"};
    for (std::size_t i = 0; i < kEpisodeFieldCount; ++i) columns[i + 1] = kEpisodeFieldNames[i];
    columns.back() = "factors";
    return columns;
}();
inline constexpr std::size_t kColumnsBeforeCare = kColumns.size() - 1;

struct Row {
    int line = 0;  // the line the record starts on
    std::vector<std::string> fields;
    // Longer than kMaxRowBytes: the fields hold only its beginning (no record is that long).
    bool too_long = false;
};

// A record of the longest note (2,000 characters of 4 bytes, every one a doubled quote) is under
// 20 KB; past this a row is not a record, and the reader stops keeping its bytes.
inline constexpr std::size_t kMaxRowBytes = 64 * 1024;

// Reads CSV one row at a time from a source, holding one row and a buffer whatever the size of the
// file. A leading UTF-8 BOM (had_bom()) and CRLF line ends are accepted; empty lines are skipped.
// Fails on an unterminated quoted field, a quote inside an unquoted field, or text that is not
// UTF-8, naming the line; then it reads no further.
class Reader {
public:
    explicit Reader(ByteSource& source) : in_(source) {}
    // The next row into `row` (its storage reused): true, or false at the end of the text.
    Result<bool> next(Row& row);
    bool had_bom() const { return bom_; }

private:
    Bytes in_;
    int line_ = 1;
    bool started_ = false, bom_ = false;
};

// Every row of a text in memory (tests, the fuzz target).
Result<std::vector<Row>> parse(std::string_view text);

// One field, quoted when it holds a comma, a quote or a line break.
std::string field(std::string_view value);

// The spreadsheet mode (export --bom, the window's CSV "for spreadsheets"; docs/formats.md, "CSV"):
// a cell that a spreadsheet would take for a formula (it begins with = + - @, a tab or a CR) is
// written with a leading ', as OWASP advises, and so is one that begins with ' itself. Reading a
// file that starts with a BOM undoes it: a cell that begins with ' followed by one of those six
// characters or another ' loses its first '. Any other cell is left as it is.
std::string guard_cell(std::string_view value);
void unguard_cell(std::string& value);

// A parsed record: an episode (night as written in the file, checked against its onset by the
// importer), a cramp-free night or a night's care record.
struct EpisodeRecord {
    Episode episode;
    Night night_in_file{};
};
using Record = std::variant<EpisodeRecord, CrampFreeNight, NightFactors>;

// The header row, a row for an episode (with the zone's own offset in `onset`), for a cramp-free
// night and for a care record, each ending in CRLF.
std::string header_row();
std::string episode_row(const Episode& e, bool spreadsheet = false);
std::string cramp_free_row(Night night);
std::string night_factors_row(const NightFactors& f);

// Reads one data row into a record, appending every problem to `problems`. A problem about one
// column names it as field_of (episode.hpp) reads it: "intensity: 'x' is not a whole number"; a
// row with the wrong number of fields gets "columns: 9, expected 17". `columns` is the file's own
// header's: kColumns.size(), or kColumnsBeforeCare for a file of the 16 columns before care
// records (which has no night_factors rows). On failure the error lists this row's problems (the
// same messages), one per line.
Result<Record> read_record(const Row& row, std::vector<Message>& problems, std::size_t columns = kColumns.size());

// An example of the onset's form, for messages.
inline constexpr std::string_view kOnsetExample = "2026-03-03T02:30:00+08:00";

}  // namespace cramp::csv
