#include "csv.hpp"

#include "isotime.hpp"
#include "night.hpp"

#include <charconv>

namespace cramp::csv {

Result<std::vector<Row>> parse(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<Row> rows;
    Row row;
    std::string fieldv;
    int line = 1;
    row.line = 1;
    bool in_quotes = false, quoted = false, row_has_content = false;
    auto end_field = [&] {
        row.fields.push_back(std::move(fieldv));
        fieldv.clear();
        quoted = false;
    };
    auto end_row = [&] {
        end_field();
        if (row_has_content || row.fields.size() > 1 || !row.fields.front().empty()) rows.push_back(std::move(row));
        row = Row{};
        row_has_content = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    fieldv += '"';
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                fieldv += c;
            }
            continue;
        }
        if (c == '"') {
            if (!fieldv.empty() || quoted)
                return fail(CRAMP_TEXT("Import", "line %1: a quote inside a field that does not start with one"), line);
            in_quotes = quoted = row_has_content = true;
        } else if (c == ',') {
            end_field();
            row_has_content = true;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;  // CRLF: the \n ends the row
        } else if (c == '\n') {
            end_row();
            ++line;
            row.line = line;
        } else {
            if (quoted) return fail(CRAMP_TEXT("Import", "line %1: text after the closing quote of a field"), line);
            fieldv += c;
        }
    }
    if (in_quotes) return fail(CRAMP_TEXT("Import", "line %1: a quoted field is not closed"), row.line);
    if (!fieldv.empty() || !row.fields.empty() || quoted) end_row();
    for (const auto& r : rows)
        for (const auto& f : r.fields)
            if (!valid_utf8(f)) return fail(CRAMP_TEXT("Import", "line %1: the text is not UTF-8"), r.line);
    return rows;
}

std::string field(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string header_row() {
    std::string out;
    for (auto c : kColumns) {
        if (!out.empty()) out += ',';
        out += c;
    }
    return out + "\r\n";
}

namespace {
const char* yes_no(bool b) { return b ? "yes" : "no"; }
}  // namespace

std::string episode_row(const Episode& e) {
    std::string out = "episode," + format_date(e.night) + "," + format_iso_local(e.onset, e.zone) + "," + field(e.zone) +
                      "," + std::to_string(e.duration_s) + "," + std::string(to_string(e.site)) + "," +
                      std::string(to_string(e.side)) + "," + std::to_string(e.intensity) + "," +
                      std::string(to_string(e.posture)) + "," + std::string(to_string(e.numbness)) + "," + join(e.weakness) +
                      "," + yes_no(e.radiating) + "," + yes_no(e.tingling_symmetric) + "," + yes_no(e.woke) + "," +
                      join(e.relief) + "," + field(e.note);
    return out + "\r\n";
}

std::string cramp_free_row(Night night) { return "cramp_free_night," + format_date(night) + ",,,,,,,,,,,,,,\r\n"; }

namespace {

bool parse_int(const std::string& s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

bool parse_bool(const std::string& s, bool& out) {
    if (s == "yes") out = true;
    else if (s == "no") out = false;
    else return false;
    return true;
}

}  // namespace

Result<Record> read_record(const Row& row, std::vector<Message>& problems) {
    const std::size_t before = problems.size();
    // The row's problems, as its error.
    auto failed = [&] { return fail(Message::lines({problems.begin() + static_cast<std::ptrdiff_t>(before), problems.end()})); };
    // Column names and the values read from the file are verbatim: they are what the file says.
    const Text not_either = CRAMP_TEXT("Import", "%1: '%2' is not %3 or %4");
    if (row.fields.size() != kColumns.size()) {
        problems.emplace_back(CRAMP_TEXT("Import", "columns: %1, expected %2"), row.fields.size(), kColumns.size());
        return failed();
    }
    const auto& f = row.fields;
    auto night = parse_date(f[1]);
    if (!night) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a date (YYYY-MM-DD)"), kColumns[1], f[1]);
    if (f[0] == "cramp_free_night") {
        for (std::size_t i = 2; i < f.size(); ++i)
            if (!f[i].empty()) problems.emplace_back(CRAMP_TEXT("Import", "%1: must be empty for a cramp-free night"), kColumns[i]);
        if (problems.size() != before) return failed();
        return Record{CrampFreeNight{0, *night}};
    }
    if (f[0] != "episode") {
        problems.emplace_back(not_either, kColumns[0], f[0], "episode", "cramp_free_night");
        return failed();
    }
    Episode e;
    e.zone = f[3];
    if (!known_zone(e.zone)) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a known IANA time zone"), kColumns[3], e.zone);
    auto t = parse_iso_time(f[2]);
    if (!t || !t->offset)
        problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a time like %3"), kColumns[2], f[2], kOnsetExample);
    else
        e.onset = instant_of(*t, "UTC");
    const Text not_whole = CRAMP_TEXT("Import", "%1: '%2' is not a whole number");
    if (!parse_int(f[4], e.duration_s)) problems.emplace_back(not_whole, kColumns[4], f[4]);
    auto enum_col = [&](auto& out, std::size_t i) {
        using E = std::decay_t<decltype(out)>;
        auto r = parse_field<E>(f[i]);
        if (r) out = *r;
        else problems.push_back(r.problem());
    };
    enum_col(e.site, 5);
    enum_col(e.side, 6);
    if (!parse_int(f[7], e.intensity)) problems.emplace_back(not_whole, kColumns[7], f[7]);
    enum_col(e.posture, 8);
    enum_col(e.numbness, 9);
    if (auto w = parse_set<Weakness>(f[10])) e.weakness = *w;
    else problems.push_back(w.problem());
    auto yes_no_col = [&](bool& out, std::size_t i) {
        if (!parse_bool(f[i], out)) problems.emplace_back(not_either, kColumns[i], f[i], "yes", "no");
    };
    yes_no_col(e.radiating, 11);
    yes_no_col(e.tingling_symmetric, 12);
    yes_no_col(e.woke, 13);
    if (auto r = parse_set<Relief>(f[14])) e.relief = *r;
    else problems.push_back(r.problem());
    e.note = f[15];
    if (problems.size() != before) return failed();
    return Record{EpisodeRecord{e, *night}};
}

}  // namespace cramp::csv
