// SPDX-License-Identifier: GPL-3.0-or-later
// Inside app/io: what the formats share. The order every export writes records in, and an import
// file read into records (not yet checked against the diary) with where each one stands in the file.
#pragma once

#include "byte_source.hpp"
#include "diary.hpp"
#include "transfer.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cramp::io {

// Episodes by night, then onset (then id); cramp-free nights and care records by night.
struct SortedRecords {
    std::vector<Episode> episodes;
    std::vector<Night> cramp_free_nights;
    std::vector<NightFactors> night_factors;
};
SortedRecords sorted_records(const Diary& diary, const std::optional<NightRange>& range);

// One problem, and the line it sorts by.
struct Problem {
    int line = 0;
    Message message;  // "line 12, intensity: 11 is outside 0–10", translatable

    std::string text() const { return message.english(); }
};

// The problems of an import: all counted, the first kShown by line kept (in the order found among
// equal lines), so that a file of a million bad lines costs a hundred messages, not a million.
class ProblemList {
public:
    static constexpr std::size_t kShown = 100;

    // Whether a problem at `line` would be kept; when not, count() it instead of building it.
    bool keeps(int line) const { return kept_.size() < kShown || line < kept_.front().line; }
    void add(Problem p);
    void count(std::size_t n = 1) { total_ += n; }
    std::size_t size() const { return total_; }
    bool empty() const { return total_ == 0; }
    // The kept problems by line, one a line, then "… and 349,426 more" when some were not kept.
    Message message() const;

private:
    struct Kept {
        int line;
        std::size_t order;
        Message message;
    };
    std::vector<Kept> kept_;  // a heap whose front is the last kept by (line, order)
    std::size_t total_ = 0;
};

// Where a record stands in the file, for messages. CSV names lines ("line 12"); JSON names the
// record and the line of the field ("episodes[3] (line 47)"). The record's name and the field's
// are the file's words, verbatim; "line %1" and the like are templates (context "Import").
struct Place {
    std::string record;  // "episodes[3]"; empty for CSV and for the top level of a JSON file
    int line = 0;        // where the record starts
    std::vector<std::pair<std::string, int>> field_lines;  // JSON: the line of each field present
    int index = -1;      // JSON: the record's index in its array (the number in `record`)

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

struct FileNightFactors {
    Place place;
    NightFactors record;
};

// What a reader hands on as it reads, in file order, so that no list of every record is ever
// held. A record with a problem is not handed on; its problems go to `problems`.
class RecordSink {
public:
    explicit RecordSink(ProblemList& list) : problems(list) {}
    virtual ~RecordSink() = default;
    // JSON only: the file's settings (nothing: present but unreadable, so the nights cannot be
    // checked) and profile, when the file has them.
    virtual void settings(const std::optional<RuleSettings>&) {}
    virtual void profile(const FileProfile&) {}
    virtual void episode(FileEpisode&& e) = 0;
    virtual void cramp_free_night(FileCrampFreeNight&& n) = 0;
    virtual void night_factors(FileNightFactors&& f) = 0;
    // A problem said at a place.
    void problem(const Place& place, const Message& what) { problems.add(place.problem(what)); }

    ProblemList& problems;
};

// Reads a file into `sink`. An error result means the file could not be read as that format at
// all (bad syntax, wrong header, not a Cramp Diary export, a version this program does not know).
Result<void> read_csv(ByteSource& source, RecordSink& sink);
Result<void> read_json(ByteSource& source, RecordSink& sink);

// Name-based UUID (RFC 9562 version 5, SHA-1) in the form 8-4-4-4-12, lower case.
std::string uuid_v5(std::string_view name_space_uuid, std::string_view name);

}  // namespace cramp::io
