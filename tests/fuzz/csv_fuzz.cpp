// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader (app/core/csv.hpp), the way the importer uses it
// (app/io/transfer.cpp, plan_import): parse the whole text, check the header row, read every
// following row into a record, validate each episode and derive its night. On top of "no crash, no
// hang, no leak, no undefined behaviour" it checks invariants and aborts when one breaks:
//  - parse: rows start on increasing lines >= 1, within the text; an error names a line "line N: ";
//    accepted text is UTF-8; the rows written back as CSV parse to the same fields.
//  - read_record: it fails exactly when it reports a problem, and every problem names its column
//    (field_of reads the column's name, and the English starts with it), or is the column count.
//  - an episode read_record accepts has a known zone and valid UTF-8 note (validate agrees).
//  - the night derived for an importable episode lies between its boundary instants, and the record
//    written back with episode_row (as export does) reads back as the same record, the same night,
//    and the same row byte for byte; a cramp-free night round-trips through cramp_free_row, a care
//    record through night_factors_row; a file of the 16 columns before care records reads too;
//  - the same record in the spreadsheet mode has no cell that begins a formula, and its cells,
//    unguarded as the importer does for a file with a BOM, are the plain row's.
//
// Built two ways from this one file (tests/fuzz/CMakeLists.txt):
//  - csv_fuzz (-DCRAMPDIARY_FUZZ=ON, clang): libFuzzer with address and undefined-behaviour sanitizers.
//  - csv_fuzz_replay (always): a main() that feeds every file of the given folders to the target,
//    run by CTest over tests/fuzz/corpus so that seeds and crash reproducers stay regression tests.
#include "csv.hpp"
#include "fuzz_support.hpp"
#include "episode.hpp"
#include "isotime.hpp"
#include "night.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace cramp;

namespace {

// A fixed "now", so that a run is reproducible (validate rejects onsets over an hour after it).
const Instant kNow = date::sys_days{date::year{2027} / 1 / 1};
// The default day boundary is what the importer uses unless the patient changed it; the night's
// bracketing is checked for the extremes too.
constexpr int kBoundary = 12;
constexpr int kOtherBoundaries[] = {0, 23};

std::string expected_header() {
    auto h = csv::header_row();
    return h.substr(0, h.size() - 2);
}

bool starts_with_line(const std::string& msg) {
    // "line N: ..." with N >= 1.
    if (!msg.starts_with("line ")) return false;
    std::size_t i = 5, digits = 0;
    long n = 0;
    while (i < msg.size() && msg[i] >= '0' && msg[i] <= '9' && digits < 12) n = n * 10 + (msg[i++] - '0'), ++digits;
    return digits > 0 && n >= 1 && msg.compare(i, 2, ": ") == 0;
}

bool names_a_column(const Message& problem) {
    const std::string english = problem.english();
    const std::string_view field = field_of(problem);
    for (auto c : csv::kColumns)
        if (field == c) return english.starts_with(std::string(c) + ": ");
    return (english.starts_with("columns: ") && (english.ends_with(", expected 16") || english.ends_with(", expected 17"))) ||
           english.starts_with("the row is longer than ");
}

// Rows back to CSV. One leading BOM, so that a first field which itself begins with U+FEFF
// survives the reader's BOM skip; a lone empty field is written "" so the row is not blank.
std::string write_rows(const std::vector<csv::Row>& rows) {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& r : rows) {
        if (r.fields.size() == 1 && r.fields[0].empty()) {
            out += "\"\"\r\n";
            continue;
        }
        for (std::size_t i = 0; i < r.fields.size(); ++i) out += (i ? "," : "") + csv::field(r.fields[i]);
        out += "\r\n";
    }
    return out;
}

void check_parse(std::string_view text, const Result<std::vector<csv::Row>>& rows) {
    std::string_view body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    if (!rows) {
        FUZZ_CHECK(starts_with_line(rows.error()), rows.error());
        if (rows.error().find("not UTF-8") != std::string::npos) FUZZ_CHECK(!valid_utf8(body), rows.error());
        return;
    }
    // Every byte of accepted text is a field byte or an ASCII separator, so the text is UTF-8.
    FUZZ_CHECK(valid_utf8(body), "parse accepted text that is not UTF-8");
    long newlines = 0;
    for (char c : body) newlines += c == '\n';
    int prev = 0;
    for (const auto& r : *rows) {
        FUZZ_CHECK(r.line >= 1, "line " + std::to_string(r.line));
        FUZZ_CHECK(r.line > prev, "line " + std::to_string(r.line) + " after line " + std::to_string(prev));
        FUZZ_CHECK(r.line <= newlines + 1, "line " + std::to_string(r.line) + " past the end of the text");
        FUZZ_CHECK(!r.fields.empty(), "a row without fields");
        prev = r.line;
    }
    // Fields round-trip through the field writer.
    const std::string again = write_rows(*rows);
    auto rows2 = csv::parse(again);
    FUZZ_CHECK(rows2.ok(), "rows written back do not parse: " + rows2.error());
    FUZZ_CHECK(rows2->size() == rows->size(),
               std::to_string(rows->size()) + " rows written back read as " + std::to_string(rows2->size()));
    for (std::size_t i = 0; i < rows->size(); ++i)
        FUZZ_CHECK((*rows2)[i].fields == (*rows)[i].fields, "row " + std::to_string(i) + " changed when written back");
}

// The record read from a text of one header and one row, which must be accepted.
csv::Record read_single(const std::string& row_text) {
    const std::string text = csv::header_row() + row_text;
    auto rows = csv::parse(text);
    FUZZ_CHECK(rows.ok(), "written row does not parse: " + rows.error() + "\n  " + row_text);
    FUZZ_CHECK(rows->size() == 2, "written row reads as " + std::to_string(rows->size() - 1) + " rows: " + row_text);
    FUZZ_CHECK((*rows)[1].line == 2, "written row starts on line " + std::to_string((*rows)[1].line));
    std::vector<Message> problems;
    auto rec = csv::read_record((*rows)[1], problems);
    std::string all;
    for (const auto& p : problems) all += p.english() + "; ";
    FUZZ_CHECK(rec.ok() && problems.empty(), "written row is not read back: " + all + "\n  " + row_text);
    return *rec;
}

void check_episode(const csv::EpisodeRecord& er) {
    const Episode& e = er.episode;
    FUZZ_CHECK(known_zone(e.zone), "accepted an unknown zone '" + e.zone + "'");
    FUZZ_CHECK(valid_utf8(e.note), "accepted a note that is not UTF-8");
    const auto errs = validate(e, kNow);
    for (const auto& m : errs) {
        const std::string english = m.english();
        FUZZ_CHECK(names_a_column(m), "validate: " + english);
        // read_record has already checked these; validate must agree.
        FUZZ_CHECK(field_of(m) != "zone" && english.find("unknown value") == std::string::npos &&
                       english.find("not valid UTF-8") == std::string::npos,
                   "validate rejects what read_record accepted: " + english);
    }
    if (!errs.empty()) return;  // the importer reports these and imports nothing

    // The importer's night: the onset lies in [boundary(night), boundary(night + 1)).
    Night night = night_of(e.onset, e.zone, kBoundary);
    for (int b : {kBoundary, kOtherBoundaries[0], kOtherBoundaries[1]}) {
        Night n = night_of(e.onset, e.zone, b);
        FUZZ_CHECK(boundary_instant(n, b, e.zone) <= e.onset && e.onset < boundary_instant(n + date::days{1}, b, e.zone),
                   "onset " + format_iso_local(e.onset, e.zone) + " in " + e.zone + " is outside its night " +
                       format_date(n) + " (boundary " + std::to_string(b) + ")");
    }
    // A night that YYYY-MM-DD cannot spell (a year before 0000) never equals the file's night: the
    // importer rejects such a row, so it need not round-trip.
    auto spelled = parse_date(format_date(night));
    if (!spelled || *spelled != night) return;

    // Export then import: same record, same night, and the same row again (byte for byte).
    Episode out = e;
    out.night = night;
    const std::string row = csv::episode_row(out);
    auto rec = read_single(row);
    auto* back = std::get_if<csv::EpisodeRecord>(&rec);
    FUZZ_CHECK(back, "an episode row reads back as a cramp-free night: " + row);
    FUZZ_CHECK(back->episode.same_record(e), "episode changed on export and import:\n  " + row + "  onset " +
                                                 std::to_string(e.onset.time_since_epoch().count()) + " -> " +
                                                 std::to_string(back->episode.onset.time_since_epoch().count()));
    FUZZ_CHECK(back->night_in_file == night, "night changed on export and import: " + row);
    FUZZ_CHECK(validate(back->episode, kNow).empty(), "exported episode no longer validates: " + row);
    FUZZ_CHECK(night_of(back->episode.onset, back->episode.zone, kBoundary) == night,
               "exported episode falls in another night: " + row);
    Episode out2 = back->episode;
    out2.night = back->night_in_file;
    FUZZ_CHECK(csv::episode_row(out2) == row, "second export differs:\n  " + row + "  " + csv::episode_row(out2));

    // The spreadsheet mode: no cell begins a formula, and undoing the guard gives the plain row's cells.
    const std::string sheet = csv::episode_row(out, true);
    auto guarded = csv::parse(csv::header_row() + sheet);
    auto plain = csv::parse(csv::header_row() + row);
    FUZZ_CHECK(guarded.ok() && plain.ok() && guarded->size() == 2 && plain->size() == 2, "a spreadsheet row does not parse: " + sheet);
    auto cells = (*guarded)[1].fields;
    FUZZ_CHECK(cells.size() == (*plain)[1].fields.size(), "a spreadsheet row has other columns: " + sheet);
    for (auto& c : cells) {
        FUZZ_CHECK(c.empty() || std::string_view("=+-@\t\r").find(c.front()) == std::string_view::npos, "a formula cell: " + sheet);
        csv::unguard_cell(c);
    }
    FUZZ_CHECK(cells == (*plain)[1].fields, "a spreadsheet row reads back otherwise:\n  " + sheet + "  " + row);
}

void check_night_factors(const NightFactors& f) {
    const std::string row = csv::night_factors_row(f);
    auto rec = read_single(row);
    auto* back = std::get_if<NightFactors>(&rec);
    FUZZ_CHECK(back, "a care row reads back as another kind: " + row);
    FUZZ_CHECK(*back == f, "care record changed on export and import: " + row);
}

void check_cramp_free(const CrampFreeNight& c) {
    const std::string row = csv::cramp_free_row(c.night);
    auto rec = read_single(row);
    auto* back = std::get_if<CrampFreeNight>(&rec);
    FUZZ_CHECK(back, "a cramp-free row reads back as an episode: " + row);
    FUZZ_CHECK(back->night == c.night, "cramp-free night changed on export and import: " + row);
}

struct Stats {
    bool parsed = false, header_ok = false;
    int rows = 0, episodes = 0, importable_episodes = 0, cramp_free_nights = 0, care = 0, rejected = 0;
};

Stats run_one(std::string_view text) {
    Stats s;
    auto rows = csv::parse(text);
    check_parse(text, rows);
    if (!rows) return s;
    s.parsed = true;
    s.rows = static_cast<int>(rows->size());
    if (rows->empty()) return s;  // the importer: "the file is empty"

    // The importer's header check (plan_import): the first row's fields joined by commas.
    std::string header;
    for (const auto& c : rows->front().fields) header += (header.empty() ? "" : ",") + c;
    // Or the header before care records: the same without its last column.
    const std::string before_care = expected_header().substr(0, expected_header().rfind(','));
    if (header != expected_header() && header != before_care) return s;
    s.header_ok = true;
    const std::size_t columns = header == expected_header() ? csv::kColumns.size() : csv::kColumnsBeforeCare;

    for (std::size_t i = 1; i < rows->size(); ++i) {
        const auto& row = (*rows)[i];
        std::vector<Message> problems{Message::verbatim("an earlier row's problem")};
        auto rec = csv::read_record(row, problems, columns);
        FUZZ_CHECK(problems.front().english() == "an earlier row's problem", "read_record changed problems it did not add");
        FUZZ_CHECK(rec.ok() == (problems.size() == 1),
                   "read_record " + std::string(rec.ok() ? "accepted a row with " : "rejected a row with ") +
                       std::to_string(problems.size() - 1) + " problems, line " + std::to_string(row.line));
        for (std::size_t p = 1; p < problems.size(); ++p)
            FUZZ_CHECK(names_a_column(problems[p]), "a problem that names no column: " + problems[p].english());
        if (!rec) {
            ++s.rejected;
            continue;
        }
        if (auto* er = std::get_if<csv::EpisodeRecord>(&*rec)) {
            FUZZ_CHECK(row.fields[0] == "episode", "kind '" + row.fields[0] + "' read as an episode");
            ++s.episodes;
            check_episode(*er);
            s.importable_episodes += validate(er->episode, kNow).empty() &&
                                     night_of(er->episode.onset, er->episode.zone, kBoundary) == er->night_in_file;
        } else if (auto* nf = std::get_if<NightFactors>(&*rec)) {
            FUZZ_CHECK(row.fields[0] == "night_factors" && columns == csv::kColumns.size(),
                       "kind '" + row.fields[0] + "' read as a care record");
            ++s.care;
            check_night_factors(*nf);
        } else {
            FUZZ_CHECK(row.fields[0] == "cramp_free_night", "kind '" + row.fields[0] + "' read as a cramp-free night");
            ++s.cramp_free_nights;
            check_cramp_free(std::get<CrampFreeNight>(*rec));
        }
    }
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)known_zone("UTC");  // load the time zone database once, outside any input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    run_one(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}

#ifdef CRAMPDIARY_FUZZ_REPLAY
// csv_fuzz_replay PATH...: runs every file (or every file in every folder) given, in name order,
// and prints what each one exercised. Fails when there was nothing to run.

int main(int argc, char** argv) {
    LLVMFuzzerInitialize(&argc, &argv);
    return fuzz::replay(argc, argv, [](const std::filesystem::path& f, const std::string& data) {
        const Stats s = run_one(data);
        std::printf("%-40s %s%s rows %d, episodes %d (importable %d), cramp-free %d, care %d, rejected %d\n",
                    f.filename().c_str(), s.parsed ? "parsed" : "parse error", s.rows > 0 && !s.header_ok ? ", bad header," : ",",
                    s.rows, s.episodes, s.importable_episodes, s.cramp_free_nights, s.care, s.rejected);
    });
}
#endif
