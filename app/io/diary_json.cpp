// The diary as JSON, for moving it between devices: export_json and its reader.
#include "csv.hpp"
#include "episode_fields.hpp"
#include "isotime.hpp"
#include "json_reader.hpp"
#include "json_writer.hpp"
#include "records.hpp"
#include "transfer.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <type_traits>

namespace cramp {

namespace {

// A field's value in an episode's object.
template <typename T>
void write_value(JsonWriter& w, const EpisodeField<T>& f, const Episode& e) {
    const T& v = e.*f.member;
    if constexpr (std::is_same_v<T, Night>) w.value(format_date(v));
    else if constexpr (std::is_same_v<T, Instant>) w.value(format_iso_local(v, e.zone));  // the zone's own offset
    else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, bool> || std::is_same_v<T, std::string>) w.value(v);
    else if constexpr (std::is_enum_v<T>) w.value(to_string(v));
    else {
        w.begin_array();
        for (auto item : v.values()) w.value(to_string(item));
        w.end_array();
    }
}

}  // namespace

std::string export_json(const Diary& diary, const ExportOptions& options) {
    const auto records = io::sorted_records(diary, options.range);
    const RuleSettings settings = diary.rule_settings();
    const Profile profile = diary.profile();
    JsonWriter w(2);
    w.begin_object();
    w.key("format").value("crampdiary");
    w.key("version").value(kJsonVersion);
    w.key("settings").begin_object();
    w.key("threshold").value(settings.threshold);
    w.key("day_boundary").value(settings.day_boundary);
    w.key("week_start").value(to_string(settings.week_start));
    w.end_object();
    w.key("profile").begin_object();
    w.key("name").value(profile.name);
    w.key("birth_year");
    if (profile.birth_year) w.value(*profile.birth_year);
    else w.null();
    w.key("risk_factors").begin_array();
    for (const auto& r : profile.risk_factors) w.value(r);
    w.end_array();
    w.key("medicines").value(profile.medicines);
    w.end_object();
    w.key("episodes").begin_array();
    for (const auto& e : records.episodes) {
        w.begin_object();
        for_each_field([&](const auto& f) {
            w.key(f.name);
            write_value(w, f, e);
        });
        w.end_object();
    }
    w.end_array();
    w.key("cramp_free_nights").begin_array();
    for (Night n : records.cramp_free_nights) {
        w.begin_object();
        w.key("night").value(format_date(n));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str() + "\n";
}

namespace io {

namespace {

using json::Type;
using json::Value;

// What a field should hold, for "%1: %2, expected %3". Type names come from json::describe.
Message expected(Type t) { return json::describe(t); }
Message expected_whole_number() { return Message(CRAMP_TEXT("JSON", "a whole number")); }
Message expected_date() { return Message(CRAMP_TEXT("JSON", "a date (YYYY-MM-DD)")); }
Message expected_strings() { return Message(CRAMP_TEXT("JSON", "an array of strings")); }
Message expected_year() { return Message(CRAMP_TEXT("JSON", "a year or null")); }

// Field problems shared by every object of the file. Each names its field first (field_of), so
// that the problem points at the field's line; field names and values are the file's, verbatim.
constexpr Text kMissing = CRAMP_TEXT("Import", "%1: missing");
constexpr Text kWrongType = CRAMP_TEXT("Import", "%1: %2, expected %3");
constexpr Text kListedTwice = CRAMP_TEXT("Import", "%1: '%2' is listed twice");
constexpr Text kNotStrings = CRAMP_TEXT("Import", "%1: %2 in the array, expected strings");

// Reads the members of one JSON object (a record, the settings, the profile) into C++ values,
// collecting every problem as "where, field: message".
class Fields {
public:
    Fields(const Value& object, Place place, std::vector<Problem>& problems)
        : obj_(object), place_(std::move(place)), problems_(problems), before_(problems.size()) {
        for (std::size_t i = 0; i < obj_.keys.size(); ++i) place_.field_lines.emplace_back(obj_.keys[i], obj_.items[i].line);
    }

    const Place& place() const { return place_; }
    bool ok() const { return problems_.size() == before_; }

    // A message that names its field (field_of), said at that field.
    void problem(const Message& what) { problems_.push_back(place_.problem(what)); }

    // Names every member that is not one of `known`, with `not_a_field` ("%1: not a field of an
    // episode": one whole template for each kind of object).
    template <std::size_t N>
    void only(const std::array<std::string_view, N>& known, Text not_a_field) {
        for (const auto& k : obj_.keys)
            if (std::find(known.begin(), known.end(), k) == known.end()) problem(Message(not_a_field, k));
    }

    const Value* get(std::string_view field, Type type, const Message& what) {
        const Value* v = obj_.find(field);
        if (!v) {
            problem(Message(kMissing, field));
            return nullptr;
        }
        if (!v->is(type)) {
            problem(Message(kWrongType, field, json::describe(v->type), what));
            return nullptr;
        }
        return v;
    }

    void text(std::string_view field, std::string& out) {
        if (auto* v = get(field, Type::string, expected(Type::string))) out = v->text;
    }

    void integer(std::string_view field, int& out) {
        const Value* v = obj_.find(field);
        if (v && v->is(Type::number)) {
            auto n = v->integer();
            if (!n && v->text.find_first_of(".eE") != std::string::npos)
                problem(Message(CRAMP_TEXT("Import", "%1: %2 is not a whole number"), field, v->text));
            else if (!n || *n < -1000000000 || *n > 1000000000)
                problem(Message(CRAMP_TEXT("Import", "%1: %2 is out of range"), field, v->text));
            else
                out = static_cast<int>(*n);
            return;
        }
        get(field, Type::number, expected_whole_number());
    }

    void boolean(std::string_view field, bool& out) {
        if (auto* v = get(field, Type::boolean, expected(Type::boolean))) out = v->boolean;
    }

    void date(std::string_view field, Night& out) {
        if (auto* v = get(field, Type::string, expected_date())) {
            if (auto d = parse_date(v->text)) out = *d;
            else problem(Message(CRAMP_TEXT("Import", "%1: '%2' is not a date (YYYY-MM-DD)"), field, v->text));
        }
    }

    // The JSON keys of enum fields are the names parse_field uses (EnumNames<E>::field), so its
    // message is said as it is.
    template <typename E>
    void one_of(std::string_view field, E& out) {
        if (auto* v = get(field, Type::string, expected(Type::string))) {
            auto r = parse_field<E>(v->text);
            if (r) out = *r;
            else problem(r.problem());
        }
    }

    template <typename E>
    void set_of(std::string_view field, EnumSet<E>& out) {
        if (auto* v = get(field, Type::array, expected_strings())) {
            for (const auto& item : v->items) {
                if (!item.is(Type::string)) {
                    problem(Message(kNotStrings, field, json::describe(item.type)));
                    continue;
                }
                auto r = parse_field<E>(item.text);
                if (!r) problem(r.problem());
                else if (out.contains(*r)) problem(Message(kListedTwice, field, item.text));
                else out.insert(*r);
            }
        }
    }

    // A field of the table into the episode; the night into `night`.
    template <typename T>
    void read(const EpisodeField<T>& fd, Episode& e, Night& night) {
        T& out = e.*fd.member;
        if constexpr (std::is_same_v<T, Night>) {
            date(fd.name, night);
        } else if constexpr (std::is_same_v<T, Instant>) {
            if (auto* o = get(fd.name, Type::string, expected(Type::string))) {
                auto t = parse_iso_time(o->text);
                if (!t || !t->offset)
                    problem(Message(CRAMP_TEXT("Import", "%1: '%2' is not a time like %3"), fd.name, o->text, csv::kOnsetExample));
                else out = instant_of(*t, "UTC");
            }
        } else if constexpr (std::is_same_v<T, int>) integer(fd.name, out);
        else if constexpr (std::is_same_v<T, bool>) boolean(fd.name, out);
        else if constexpr (std::is_same_v<T, std::string>) text(fd.name, out);
        else if constexpr (std::is_enum_v<T>) one_of(fd.name, out);
        else set_of(fd.name, out);
    }

private:
    const Value& obj_;
    Place place_;
    std::vector<Problem>& problems_;
    std::size_t before_;
};

constexpr std::array<std::string_view, 6> kTopFields{"format", "version", "settings", "profile", "episodes", "cramp_free_nights"};
constexpr std::array<std::string_view, 3> kSettingsFields{"threshold", "day_boundary", "week_start"};
constexpr std::array<std::string_view, 4> kProfileFields{"name", "birth_year", "risk_factors", "medicines"};
constexpr std::array<std::string_view, 1> kCrampFreeFields{"night"};

// The member that marks a Cramp Diary export, as the file would spell it.
constexpr std::string_view kFormatMember = R"("format": "crampdiary")";

std::optional<RuleSettings> read_settings(const Value& v, std::vector<Problem>& problems) {
    Fields f(v, Place{"settings", v.line, {}}, problems);
    f.only(kSettingsFields, CRAMP_TEXT("Import", "%1: not a field of the settings"));
    RuleSettings s;
    f.integer("threshold", s.threshold);
    f.integer("day_boundary", s.day_boundary);
    if (auto* w = f.get("week_start", Type::string, expected(Type::string))) {
        if (auto ws = parse_field<WeekStart>(w->text)) s.week_start = *ws;
        else f.problem(ws.problem());
    }
    if (f.ok())
        for (const auto& m : validate(s)) f.problem(m);
    if (!f.ok()) return std::nullopt;
    return s;
}

std::optional<Profile> read_profile(const Value& v, std::vector<Problem>& problems) {
    Fields f(v, Place{"profile", v.line, {}}, problems);
    f.only(kProfileFields, CRAMP_TEXT("Import", "%1: not a field of the profile"));
    Profile p;
    f.text("name", p.name);
    if (const Value* by = v.find("birth_year"); by && by->is(Type::null)) {
        p.birth_year.reset();
    } else if (by && by->is(Type::number)) {
        int year = 0;
        f.integer("birth_year", year);
        p.birth_year = year;
    } else {
        f.get("birth_year", Type::number, expected_year());
    }
    if (auto* rf = f.get("risk_factors", Type::array, expected_strings())) {
        std::set<std::string> seen;
        for (const auto& item : rf->items) {
            if (!item.is(Type::string)) f.problem(Message(kNotStrings, "risk_factors", json::describe(item.type)));
            else if (!seen.insert(item.text).second) f.problem(Message(kListedTwice, "risk_factors", item.text));
            else p.risk_factors.push_back(item.text);
        }
    }
    f.text("medicines", p.medicines);
    if (f.ok())
        for (const auto& m : validate(p)) f.problem(m);
    if (!f.ok()) return std::nullopt;
    return p;
}

// "episodes[3] (line 7): a number, expected an object"
Problem not_an_object(const Value& v, const std::string& record) {
    return {v.line, Message(CRAMP_TEXT("Import", "%1 (line %2): %3, expected %4"), record, v.line, json::describe(v.type),
                            expected(Type::object))};
}

void read_episode(const Value& v, std::size_t index, ParsedFile& file) {
    const std::string record = "episodes[" + std::to_string(index) + "]";
    if (!v.is(Type::object)) {
        file.problems.push_back(not_an_object(v, record));
        return;
    }
    Fields f(v, Place{record, v.line, {}}, file.problems);
    f.only(kEpisodeFieldNames, CRAMP_TEXT("Import", "%1: not a field of an episode"));
    Episode e;
    Night night{};  // as the file says; the episode's own is derived when it is stored
    for_each_field([&](const auto& fd) { f.read(fd, e, night); });
    if (f.ok()) file.episodes.push_back({f.place(), std::move(e), night});
}

void read_cramp_free_night(const Value& v, std::size_t index, ParsedFile& file) {
    const std::string record = "cramp_free_nights[" + std::to_string(index) + "]";
    if (!v.is(Type::object)) {
        file.problems.push_back(not_an_object(v, record));
        return;
    }
    Fields f(v, Place{record, v.line, {}}, file.problems);
    f.only(kCrampFreeFields, CRAMP_TEXT("Import", "%1: not a field of a cramp-free night"));
    Night night{};
    f.date("night", night);
    if (f.ok()) file.cramp_free_nights.push_back({f.place(), night});
}

}  // namespace

Result<ParsedFile> read_json(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    auto doc = json::parse(text);
    if (!doc) return doc.failure();
    const Value& top = *doc;
    if (!top.is(Type::object))
        return fail(CRAMP_TEXT("Import", "line %1: this is not a Cramp Diary export (expected an object with %2)"), top.line,
                    kFormatMember);
    // The top level has no record name: "line 3, version: …", at the line of the member.
    Place here{{}, top.line, {}};
    for (std::size_t i = 0; i < top.keys.size(); ++i) here.field_lines.emplace_back(top.keys[i], top.items[i].line);
    const Value* format = top.find("format");
    if (!format)
        return fail(here.problem(Message(CRAMP_TEXT("Import", "%1: missing; this is not a Cramp Diary export (expected an object with %2)"),
                                         "format", kFormatMember))
                        .message);
    if (!format->is(Type::string) || format->text != "crampdiary")
        return fail(here.problem(Message(CRAMP_TEXT("Import", "%1: not %2; this is not a Cramp Diary export (expected an object with %3)"),
                                         "format", "\"crampdiary\"", kFormatMember))
                        .message);
    const Value* version = top.find("version");
    if (!version) return fail(here.problem(Message(kMissing, "version")).message);
    if (!version->integer() || *version->integer() != kJsonVersion)
        return fail(here.problem(Message(CRAMP_TEXT("Import", "%1: %2 is not a version this program reads (it reads version %3; a "
                                                              "newer Cramp Diary wrote this file?)"),
                                         "version",
                                         version->is(Type::number) ? Message::verbatim(version->text) : json::describe(version->type),
                                         kJsonVersion))
                        .message);

    ParsedFile file;
    for (const auto& key : top.keys)
        if (std::find(kTopFields.begin(), kTopFields.end(), key) == kTopFields.end())
            file.problems.push_back(here.problem(Message(CRAMP_TEXT("Import", "%1: not a field of a Cramp Diary export"), key)));
    auto section = [&](std::string_view key, Type type) -> const Value* {
        const Value* v = top.find(key);
        if (!v) file.problems.push_back(here.problem(Message(kMissing, key)));
        else if (!v->is(type)) file.problems.push_back(here.problem(Message(kWrongType, key, json::describe(v->type), expected(type))));
        else return v;
        return nullptr;
    };
    if (const Value* s = section("settings", Type::object)) {
        file.settings = read_settings(*s, file.problems);
        file.settings_unreadable = !file.settings;
    }
    if (const Value* p = section("profile", Type::object)) file.profile = read_profile(*p, file.problems);
    if (const Value* es = section("episodes", Type::array))
        for (std::size_t i = 0; i < es->items.size(); ++i) read_episode(es->items[i], i, file);
    if (const Value* cs = section("cramp_free_nights", Type::array))
        for (std::size_t i = 0; i < cs->items.size(); ++i) read_cramp_free_night(cs->items[i], i, file);
    return file;
}

}  // namespace io

}  // namespace cramp
