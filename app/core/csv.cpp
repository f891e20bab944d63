#include "csv.hpp"

#include "isotime.hpp"
#include "night.hpp"

#include <charconv>
#include <type_traits>

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

// A field's cell of an episode's row.
template <typename T>
std::string cell(const EpisodeField<T>& f, const Episode& e) {
    const T& v = e.*f.member;
    if constexpr (std::is_same_v<T, Night>) return format_date(v);
    else if constexpr (std::is_same_v<T, Instant>) return format_iso_local(v, e.zone);  // the zone's own offset
    else if constexpr (std::is_same_v<T, int>) return std::to_string(v);
    else if constexpr (std::is_same_v<T, bool>) return v ? "yes" : "no";
    else if constexpr (std::is_enum_v<T>) return std::string(to_string(v));
    else if constexpr (std::is_same_v<T, std::string>) return field(v);
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

// Column names and the values read from the file are verbatim: they are what the file says.
constexpr Text kNotEither = CRAMP_TEXT("Import", "%1: '%2' is not %3 or %4");

// Reads a field's cell into the episode, or appends its problem. (The night is read apart: both
// kinds of row have one, and an episode's own night is derived, not read.)
template <typename T>
void read_cell(const EpisodeField<T>& f, const std::string& s, Episode& e, std::vector<Message>& problems) {
    T& out = e.*f.member;
    if constexpr (std::is_same_v<T, Instant>) {
        auto t = parse_iso_time(s);
        if (!t || !t->offset) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a time like %3"), f.name, s, kOnsetExample);
        else out = instant_of(*t, "UTC");
    } else if constexpr (std::is_same_v<T, int>) {
        if (!parse_int(s, out)) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a whole number"), f.name, s);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!parse_bool(s, out)) problems.emplace_back(kNotEither, f.name, s, "yes", "no");
    } else if constexpr (std::is_enum_v<T>) {
        if (auto r = parse_field<T>(s)) out = *r;
        else problems.push_back(r.problem());
    } else if constexpr (std::is_same_v<T, std::string>) {
        out = s;
        if (f.kind == FieldKind::zone && !known_zone(s))
            problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a known IANA time zone"), f.name, s);
    } else if constexpr (!std::is_same_v<T, Night>) {
        if (auto r = parse_set<typename detail::IsEnumSet<T>::Enum>(s)) out = *r;
        else problems.push_back(r.problem());
    }
}

}  // namespace

std::string episode_row(const Episode& e) {
    std::string out = "episode";
    for_each_field([&](const auto& f) { out += ',' + cell(f, e); });
    return out + "\r\n";
}

std::string cramp_free_row(Night night) {
    // Every column after the night empty.
    return "cramp_free_night," + format_date(night) + std::string(kColumns.size() - 2, ',') + "\r\n";
}

Result<Record> read_record(const Row& row, std::vector<Message>& problems) {
    const std::size_t before = problems.size();
    // The row's problems, as its error.
    auto failed = [&] { return fail(Message::lines({problems.begin() + static_cast<std::ptrdiff_t>(before), problems.end()})); };
    if (row.fields.size() != kColumns.size()) {
        problems.emplace_back(CRAMP_TEXT("Import", "columns: %1, expected %2"), row.fields.size(), kColumns.size());
        return failed();
    }
    const auto& f = row.fields;
    static_assert(kColumns[1] == "night", "both kinds of row start with the night");
    auto night = parse_date(f[1]);
    if (!night) problems.emplace_back(CRAMP_TEXT("Import", "%1: '%2' is not a date (YYYY-MM-DD)"), kColumns[1], f[1]);
    if (f[0] == "cramp_free_night") {
        for (std::size_t i = 2; i < f.size(); ++i)
            if (!f[i].empty()) problems.emplace_back(CRAMP_TEXT("Import", "%1: must be empty for a cramp-free night"), kColumns[i]);
        if (problems.size() != before) return failed();
        return Record{CrampFreeNight{0, *night}};
    }
    if (f[0] != "episode") {
        problems.emplace_back(kNotEither, kColumns[0], f[0], "episode", "cramp_free_night");
        return failed();
    }
    Episode e;
    std::size_t column = 1;
    for_each_field([&](const auto& fd) { read_cell(fd, f[column++], e, problems); });
    if (problems.size() != before) return failed();
    return Record{EpisodeRecord{e, *night}};
}

}  // namespace cramp::csv
