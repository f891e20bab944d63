// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.hpp"

#include "isotime.hpp"
#include "night.hpp"

#include <charconv>
#include <type_traits>

namespace cramp::csv {

Result<bool> Reader::next(Row& row) {
    if (!started_) {
        started_ = true;
        bom_ = in_.peek(0) == 0xEF && in_.peek(1) == 0xBB && in_.peek(2) == 0xBF;
        if (bom_) in_.take(), in_.take(), in_.take();
    }
    row.fields.clear();
    row.too_long = false;
    row.line = line_;
    std::string field;
    std::size_t bytes = 0;  // of this row, up to kMaxRowBytes kept
    bool in_quotes = false, quoted = false, has_content = false;
    auto keep = [&] { return ++bytes <= kMaxRowBytes || !(row.too_long = true); };
    auto end_field = [&] {
        // A row too long keeps its first fields, as far as they were kept (for the header's message).
        if (!row.too_long || row.fields.size() < kColumns.size()) row.fields.push_back(std::move(field));
        field.clear();
        quoted = false;
    };
    // A row is complete: true when it is not blank (blank lines are skipped).
    auto end_row = [&] {
        end_field();
        if (!has_content && !row.too_long && row.fields.size() == 1 && row.fields.front().empty()) {
            row.fields.clear();
            return false;
        }
        return true;
    };
    auto utf8 = [&]() -> Result<bool> {
        for (const auto& f : row.fields)
            if (!valid_utf8(f)) return fail(CRAMP_TEXT("Import", "line %1: the text is not UTF-8"), row.line);
        return true;
    };
    for (int b = in_.peek(); b >= 0; b = in_.peek()) {
        const char c = static_cast<char>(in_.take());
        if (in_quotes) {
            if (c == '"') {
                if (in_.peek() == '"') {
                    in_.take();
                    if (keep()) field += '"';
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line_;
                if (keep()) field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty() || quoted)
                return fail(CRAMP_TEXT("Import", "line %1: a quote inside a field that does not start with one"), line_);
            in_quotes = quoted = has_content = true;
        } else if (c == ',') {
            keep();
            end_field();
            has_content = true;
        } else if (c == '\r' && in_.peek() == '\n') {
            continue;  // CRLF: the \n ends the row
        } else if (c == '\n') {
            const bool complete = end_row();
            ++line_;
            if (complete) return utf8();
            row.line = line_;
            bytes = 0;
        } else {
            if (quoted) return fail(CRAMP_TEXT("Import", "line %1: text after the closing quote of a field"), line_);
            if (keep()) field += c;
        }
    }
    if (in_quotes) return fail(CRAMP_TEXT("Import", "line %1: a quoted field is not closed"), row.line);
    if (!field.empty() || !row.fields.empty() || quoted || row.too_long) {
        if (end_row()) return utf8();
    }
    return false;
}

Result<std::vector<Row>> parse(std::string_view text) {
    TextSource source(text);
    Reader reader(source);
    std::vector<Row> rows;
    Row row;
    for (;;) {
        auto more = reader.next(row);
        if (!more) return more.failure();
        if (!*more) return rows;
        rows.push_back(row);
    }
}

std::string guard_cell(std::string_view value) {
    if (!value.empty() && std::string_view("=+-@\t\r'").find(value.front()) != std::string_view::npos)
        return "'" + std::string(value);
    return std::string(value);
}

void unguard_cell(std::string& value) {
    if (value.size() >= 2 && value.front() == '\'' && std::string_view("=+-@\t\r'").find(value[1]) != std::string_view::npos)
        value.erase(0, 1);
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

// A field's cell of an episode's row.
template <typename T>
std::string cell(const EpisodeField<T>& f, const Episode& e, bool spreadsheet) {
    const T& v = e.*f.member;
    if constexpr (std::is_same_v<T, Night>) return format_date(v);
    else if constexpr (std::is_same_v<T, Instant>) return format_iso_local(v, e.zone);  // the zone's own offset
    else if constexpr (std::is_same_v<T, int>) return std::to_string(v);
    else if constexpr (std::is_same_v<T, bool>) return v ? "yes" : "no";
    else if constexpr (std::is_enum_v<T>) return std::string(to_string(v));
    else if constexpr (std::is_same_v<T, std::string>) return field(spreadsheet ? guard_cell(v) : v);
    else return join(v);
}

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

// The problem of a name that is not one of E's, the value cut to an excerpt: parse_field's own
// message, given the excerpt (which is no name either).
template <typename E>
Message not_a_name(std::string_view s) {
    return parse_field<E>(excerpt(s)).problem();
}

// Column names and the values read from the file are verbatim (what the file says), cut to an
// excerpt: a message never echoes more than a few dozen characters of a file.
constexpr Text kNotEither = CRAMP_TEXT("Import", "%1: '%2' is not %3 or %4");

// The problem of a set's cell that parse_set refused: its first item that is no name.
template <typename E>
void read_unknown_item(std::string_view s, std::vector<Message>& problems) {
    std::string_view rest = s;
    for (auto pos = rest.find(';'); !rest.empty(); pos = rest.find(';')) {
        auto item = rest.substr(0, pos);
        if (!item.empty() && !parse_enum<E>(item)) {
            problems.push_back(not_a_name<E>(item));
            break;
        }
        rest.remove_prefix(pos == std::string_view::npos ? rest.size() : pos + 1);
    }
}

// Reads a field's cell into the episode, or appends its problem. (The night is read apart: both
// kinds of row have one, and an episode's own night is derived, not read.)
template <typename T>
void read_cell(const EpisodeField<T>& f, const std::string& s, Episode& e, std::vector<Message>& problems) {
    T& out = e.*f.member;
    if constexpr (std::is_same_v<T, Instant>) {
        auto t = parse_iso_time(s);
        if (!t || !t->offset)
            problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a time like %3"), f.name, excerpt(s), kOnsetExample);
        else out = instant_of(*t, "UTC");
    } else if constexpr (std::is_same_v<T, int>) {
        if (!parse_int(s, out)) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a whole number"), f.name, excerpt(s));
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!parse_bool(s, out)) problems.emplace_back(kNotEither, f.name, excerpt(s), "yes", "no");
    } else if constexpr (std::is_enum_v<T>) {
        if (auto r = parse_field<T>(s)) out = *r;
        else problems.push_back(not_a_name<T>(s));
    } else if constexpr (std::is_same_v<T, std::string>) {
        out = s;
        if (f.kind == FieldKind::zone && !known_zone(s))
            problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a known IANA time zone"), f.name, excerpt(s));
    } else if constexpr (!std::is_same_v<T, Night>) {
        using E = typename detail::IsEnumSet<T>::Enum;
        if (auto r = parse_set<E>(s)) out = *r;
        else read_unknown_item<E>(s, problems);
    }
}

}  // namespace

std::string episode_row(const Episode& e, bool spreadsheet) {
    std::string out = "episode";
    for_each_field([&](const auto& f) { out += ',' + cell(f, e, spreadsheet); });
    return out + ",\r\n";  // no factors
}

std::string cramp_free_row(Night night) {
    // Every column after the night empty.
    return "cramp_free_night," + format_date(night) + std::string(kColumns.size() - 2, ',') + "\r\n";
}

std::string night_factors_row(const NightFactors& f) {
    // Every column between the night and the factors empty; item names need no quoting.
    return "night_factors," + format_date(f.night) + std::string(kColumns.size() - 2, ',') + join(f.items) + "\r\n";
}

Result<Record> read_record(const Row& row, std::vector<Message>& problems, std::size_t columns) {
    const std::size_t before = problems.size();
    // The row's problems, as its error.
    auto failed = [&] { return fail(Message::lines({problems.begin() + static_cast<std::ptrdiff_t>(before), problems.end()})); };
    if (row.too_long) {
        problems.emplace_back(CRAMP_TEXT("Import", "the row is longer than %1 bytes; no record is that long"), kMaxRowBytes);
        return failed();
    }
    if (row.fields.size() != columns) {
        problems.emplace_back(CRAMP_TEXT("Import", "columns: %1, expected %2"), row.fields.size(), columns);
        return failed();
    }
    const auto& f = row.fields;
    const bool care = columns == kColumns.size();
    const std::size_t factors = kColumns.size() - 1;  // the factors column, in a file that has it
    static_assert(kColumns[1] == "night", "every kind of row starts with the night");
    auto night = parse_date(f[1]);
    if (!night) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a date (YYYY-MM-DD)"), kColumns[1], excerpt(f[1]));
    // Columns a kind of row leaves empty, from `first` to before `end`.
    auto empty = [&](std::size_t first, std::size_t end, Text must_be_empty) {
        for (std::size_t i = first; i < end; ++i)
            if (!f[i].empty()) problems.emplace_back(must_be_empty, kColumns[i]);
    };
    if (f[0] == "cramp_free_night") {
        empty(2, f.size(), CRAMP_TEXT("Import", "%1: must be empty for a cramp-free night"));
        if (problems.size() != before) return failed();
        return Record{CrampFreeNight{0, *night}};
    }
    if (care && f[0] == "night_factors") {
        empty(2, factors, CRAMP_TEXT("Import", "%1: must be empty for a care record"));
        NightFactors rec;
        if (auto items = parse_set<CareItem>(f[factors])) rec.items = *items;
        else read_unknown_item<CareItem>(f[factors], problems);
        if (problems.size() != before) return failed();
        rec.night = *night;
        return Record{rec};
    }
    if (f[0] != "episode") {
        if (care)
            problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not %3, %4 or %5"), kColumns[0], excerpt(f[0]), "episode",
                                  "cramp_free_night", "night_factors");
        else
            problems.emplace_back(kNotEither, kColumns[0], excerpt(f[0]), "episode", "cramp_free_night");
        return failed();
    }
    Episode e;
    std::size_t column = 1;
    for_each_field([&](const auto& fd) { read_cell(fd, f[column++], e, problems); });
    if (care) empty(factors, f.size(), CRAMP_TEXT("Import", "%1: must be empty for an episode"));
    if (problems.size() != before) return failed();
    return Record{EpisodeRecord{e, *night}};
}

}  // namespace cramp::csv
