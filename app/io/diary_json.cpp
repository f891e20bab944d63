// SPDX-License-Identifier: GPL-3.0-or-later
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
    w.key("medicines").begin_array();
    for (const auto& m : diary.medicines()) {
        w.begin_object();
        w.key("name").value(m.name);
        w.key("dose").value(m.dose);
        for (auto [key, night] : {std::pair{"start", &m.start}, std::pair{"stop", &m.stop}}) {
            w.key(key);
            if (*night) w.value(format_date(**night));
            else w.null();
        }
        w.end_object();
    }
    w.end_array();
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
    w.key("night_factors").begin_array();
    for (const auto& f : records.night_factors) {
        w.begin_object();
        w.key("night").value(format_date(f.night));
        w.key("factors").begin_array();
        for (auto item : f.items.values()) w.value(to_string(item));
        w.end_array();
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

// The problem of a name that is not one of E's, the value cut to an excerpt: parse_field's own
// message, given the excerpt (which is no name either).
template <typename E>
Message not_a_name(std::string_view s) {
    return parse_field<E>(excerpt(s)).problem();
}

// What a field should hold, for "%1: %2, expected %3". Type names come from json::describe.
Message expected(Type t) { return json::describe(t); }
Message expected_whole_number() { return Message(CRAMP_TEXT("JSON", "a whole number")); }
Message expected_date() { return Message(CRAMP_TEXT("JSON", "a date (YYYY-MM-DD)")); }
Message expected_strings() { return Message(CRAMP_TEXT("JSON", "an array of strings")); }
Message expected_year() { return Message(CRAMP_TEXT("JSON", "a year or null")); }
Message expected_date_or_null() { return Message(CRAMP_TEXT("JSON", "a date (YYYY-MM-DD) or null")); }

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
    Fields(const Value& object, Place place, ProblemList& problems)
        : obj_(object), place_(std::move(place)), problems_(problems), before_(problems.size()) {
        for (std::size_t i = 0; i < obj_.keys.size(); ++i) place_.field_lines.emplace_back(obj_.keys[i], obj_.items[i].line);
    }

    const Place& place() const { return place_; }
    bool ok() const { return problems_.size() == before_; }

    // A message that names its field (field_of), said at that field.
    void problem(const Message& what) { problems_.add(place_.problem(what)); }

    // Names every member that is not one of `known`, with `not_a_field` ("%1: not a field of an
    // episode": one whole template for each kind of object).
    template <std::size_t N>
    void only(const std::array<std::string_view, N>& known, Text not_a_field) {
        for (const auto& k : obj_.keys)
            if (std::find(known.begin(), known.end(), k) == known.end()) problem(Message(not_a_field, excerpt(k)));
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
                problem(Message(CRAMP_TEXT("Import", "%1: %2 is not a whole number"), field, excerpt(v->text)));
            else if (!n || *n < -1000000000 || *n > 1000000000)
                problem(Message(CRAMP_TEXT("Import", "%1: %2 is out of range"), field, excerpt(v->text)));
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
            else problem(Message(CRAMP_TEXT("Import", "%1: '%2' is not a date (YYYY-MM-DD)"), field, excerpt(v->text)));
        }
    }

    // A date, or null for none.
    void date_or_null(std::string_view field, std::optional<Night>& out) {
        const Value* v = obj_.find(field);
        if (v && v->is(Type::null)) out.reset();
        else if (v && v->is(Type::string)) date(field, out.emplace());
        else get(field, Type::string, expected_date_or_null());
    }

    // The JSON keys of enum fields are the names parse_field uses (EnumNames<E>::field), so its
    // message is said as it is.
    template <typename E>
    void one_of(std::string_view field, E& out) {
        if (auto* v = get(field, Type::string, expected(Type::string))) {
            auto r = parse_field<E>(v->text);
            if (r) out = *r;
            else problem(not_a_name<E>(v->text));
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
                if (!r) problem(not_a_name<E>(item.text));
                else if (out.contains(*r)) problem(Message(kListedTwice, field, excerpt(item.text)));
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
                    problem(Message(CRAMP_TEXT("Import", "%1: '%2' is not a time like %3"), fd.name, excerpt(o->text), csv::kOnsetExample));
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
    ProblemList& problems_;
    std::size_t before_;
};

constexpr std::array<std::string_view, 7> kTopFields{"format",   "version",           "settings",     "profile",
                                                    "episodes", "cramp_free_nights", "night_factors"};
constexpr std::array<std::string_view, 3> kSettingsFields{"threshold", "day_boundary", "week_start"};
constexpr std::array<std::string_view, 4> kProfileFields{"name", "birth_year", "risk_factors", "medicines"};
constexpr std::array<std::string_view, 1> kCrampFreeFields{"night"};
constexpr std::array<std::string_view, 4> kMedicineFields{"name", "dose", "start", "stop"};
constexpr std::array<std::string_view, 2> kNightFactorsFields{"night", "factors"};
// Version 1 (before care records and dated medicines) still imports: no night_factors, and the
// medicines one line of text.
constexpr int kFirstJsonVersion = 1;

// The member that marks a Cramp Diary export, as the file would spell it.
constexpr std::string_view kFormatMember = R"("format": "crampdiary")";

std::optional<RuleSettings> read_settings(const Value& v, ProblemList& problems) {
    Fields f(v, Place{"settings", v.line, {}}, problems);
    f.only(kSettingsFields, CRAMP_TEXT("Import", "%1: not a field of the settings"));
    RuleSettings s;
    f.integer("threshold", s.threshold);
    f.integer("day_boundary", s.day_boundary);
    if (auto* w = f.get("week_start", Type::string, expected(Type::string))) {
        if (auto ws = parse_field<WeekStart>(w->text)) s.week_start = *ws;
        else f.problem(not_a_name<WeekStart>(w->text));
    }
    if (f.ok())
        for (const auto& m : validate(s)) f.problem(m);
    if (!f.ok()) return std::nullopt;
    return s;
}

// "episodes[3] (line 7): a number, expected an object"
Problem not_an_object(const Value& v, const std::string& record) {
    return {v.line, Message(CRAMP_TEXT("Import", "%1 (line %2): %3, expected %4"), record, v.line, json::describe(v.type),
                            expected(Type::object))};
}

// The fields of item `index` of the array `array`, the unknown ones named with `not_a_field`; none
// when the item is no object (said, or once the first problems are kept only counted: an array of
// junk costs a count an item).
template <std::size_t N>
std::optional<Fields> record_fields(const Value& v, std::string_view array, std::size_t index, ProblemList& problems,
                                    const std::array<std::string_view, N>& known, Text not_a_field) {
    if (!v.is(Type::object) && !problems.keeps(v.line)) {
        problems.count();
        return std::nullopt;
    }
    const std::string record = std::string(array) + "[" + std::to_string(index) + "]";
    if (!v.is(Type::object)) {
        problems.add(not_an_object(v, record));
        return std::nullopt;
    }
    std::optional<Fields> f(std::in_place, v, Place{record, v.line, {}, static_cast<int>(index)}, problems);
    f->only(known, not_a_field);
    return f;
}

// profile.medicines of version 2: an array of medicine objects.
std::vector<Medicine> read_medicines(const Value& list, ProblemList& problems) {
    std::vector<Medicine> out;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        auto f = record_fields(list.items[i], "profile.medicines", i, problems, kMedicineFields,
                               CRAMP_TEXT("Import", "%1: not a field of a medicine"));
        if (!f) continue;
        Medicine m;
        f->text("name", m.name);
        f->text("dose", m.dose);
        f->date_or_null("start", m.start);
        f->date_or_null("stop", m.stop);
        if (f->ok())
            for (const auto& e : validate(m)) f->problem(e);
        if (f->ok()) out.push_back(std::move(m));
    }
    return out;
}

std::optional<FileProfile> read_profile(const Value& v, int version, ProblemList& problems) {
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
            else if (!seen.insert(item.text).second) f.problem(Message(kListedTwice, "risk_factors", excerpt(item.text)));
            else p.risk_factors.push_back(item.text);
        }
    }
    std::string medicines;
    std::vector<Medicine> records;
    // Version 1: one free-text line, each line or ';'-part an undated record, as a diary's upgrade
    // makes them. Later versions: an array of medicines.
    if (version == kFirstJsonVersion) f.text("medicines", medicines);
    else if (auto* list = f.get("medicines", Type::array, Message(CRAMP_TEXT("JSON", "an array of medicines"))))
        records = read_medicines(*list, problems);
    // validate names an unknown risk factor: it is given excerpts, which name the same problems.
    Profile shown = p;
    for (auto& r : shown.risk_factors) r = excerpt(r);
    if (version == kFirstJsonVersion) records = medicines_from_text(medicines);
    if (f.ok())
        for (const auto& m : validate(shown)) f.problem(m);
    if (f.ok() && version == kFirstJsonVersion)
        for (const auto& r : records)
            for (const auto& m : validate(r)) f.problem(m);
    if (!f.ok()) return std::nullopt;
    return FileProfile{p, std::move(records)};
}

void read_episode(const Value& v, std::size_t index, RecordSink& sink) {
    auto f = record_fields(v, "episodes", index, sink.problems, kEpisodeFieldNames,
                           CRAMP_TEXT("Import", "%1: not a field of an episode"));
    if (!f) return;
    Episode e;
    Night night{};  // as the file says; the episode's own is derived when it is stored
    for_each_field([&](const auto& fd) { f->read(fd, e, night); });
    if (f->ok()) sink.episode({f->place(), std::move(e), night});
}

void read_cramp_free_night(const Value& v, std::size_t index, RecordSink& sink) {
    auto f = record_fields(v, "cramp_free_nights", index, sink.problems, kCrampFreeFields,
                           CRAMP_TEXT("Import", "%1: not a field of a cramp-free night"));
    if (!f) return;
    Night night{};
    f->date("night", night);
    if (f->ok()) sink.cramp_free_night({f->place(), night});
}

void read_night_factors(const Value& v, std::size_t index, RecordSink& sink) {
    auto f = record_fields(v, "night_factors", index, sink.problems, kNightFactorsFields,
                           CRAMP_TEXT("Import", "%1: not a field of a care record"));
    if (!f) return;
    NightFactors rec;
    f->date("night", rec.night);
    f->set_of("factors", rec.items);
    if (f->ok()) sink.night_factors({f->place(), rec});
}

// A BOM is not JSON; the importer accepts one. The source without it.
class WithoutBom : public ByteSource {
public:
    explicit WithoutBom(ByteSource& in) : in_(in) {}
    std::size_t read(char* buf, std::size_t n) override {
        if (!started_) {
            started_ = true;
            char c[3];
            for (std::size_t got = 1; head_.size() < 3 && got > 0;) head_.append(c, got = in_.read(c, 3 - head_.size()));
            if (head_ == "\xEF\xBB\xBF") head_.clear();
        }
        if (head_.empty()) return in_.read(buf, n);
        n = std::min(n, head_.size());
        std::copy_n(head_.begin(), n, buf);
        head_.erase(0, n);
        return n;
    }
    std::optional<std::string> error() const override { return in_.error(); }

private:
    ByteSource& in_;
    bool started_ = false;
    std::string head_;
};

// No record of an export comes near these; a hostile file stops at them instead of filling memory.
constexpr json::Limits kLimits{64 * 1024, 4096};

// The top level of an export, member by member; the records one by one as they are read.
class ExportReader : public json::MemberHandler {
public:
    explicit ExportReader(RecordSink& sink) : sink_(sink) {}

    void top(const Value& shell) override {
        top_ = shell;
        here_.line = shell.line;
    }

    void member(const std::string& key, Value&& v) override {
        const bool known = std::find(kTopFields.begin(), kTopFields.end(), key) != kTopFields.end();
        if (!known) {
            // The top level has no record name: "line 3, version: …", at the line of the member.
            const std::string name = excerpt(key);
            Place at{{}, top_.line, {{name, v.line}}};
            sink_.problems.add(at.problem(Message(CRAMP_TEXT("Import", "%1: not a field of a Cramp Diary export"), name)));
            return;
        }
        here_.field_lines.emplace_back(key, v.line);
        if (key == "format") {
            format_ok_ = v.is(Type::string) && v.text == "crampdiary";
        } else if (key == "version") {
            if (auto n = v.integer(); n && *n >= kFirstJsonVersion && *n <= kJsonVersion) version_number_ = static_cast<int>(*n);
            version_ = v.is(Type::number) ? Message::verbatim(excerpt(v.text)) : json::describe(v.type);
        } else if (key == "settings" || key == "profile") {
            if (!section(key, v, Type::object)) return;
            if (key == "settings") sink_.settings(read_settings(v, sink_.problems));
            else profile_ = std::move(v);  // read in finish(), once the version says how
        } else if (key == "episodes") {
            episodes_ = section(key, v, Type::array);
        } else if (key == "cramp_free_nights") {
            cramp_free_nights_ = section(key, v, Type::array);
        } else if (key == "night_factors") {
            night_factors_ = section(key, v, Type::array);
        }
    }

    void element(const std::string& key, std::size_t index, Value&& item) override {
        // Items of an array that is no section are read and dropped (the member was reported).
        if (key == "episodes" && episodes_) read_episode(item, index, sink_);
        else if (key == "cramp_free_nights" && cramp_free_nights_) read_cramp_free_night(item, index, sink_);
        else if (key == "night_factors" && night_factors_) read_night_factors(item, index, sink_);
    }

    // After the reading: not an export at all is the one error; else the missing sections.
    Result<void> finish() {
        if (!top_.is(Type::object))
            return fail(CRAMP_TEXT("Import", "line %1: this is not a Cramp Diary export (expected an object with %2)"), top_.line,
                        kFormatMember);
        if (!has("format"))
            return fail(here_.problem(Message(CRAMP_TEXT("Import", "%1: missing; this is not a Cramp Diary export (expected an object with %2)"),
                                              "format", kFormatMember))
                            .message);
        if (!format_ok_)
            return fail(here_.problem(Message(CRAMP_TEXT("Import", "%1: not %2; this is not a Cramp Diary export (expected an object with %3)"),
                                              "format", "\"crampdiary\"", kFormatMember))
                            .message);
        if (!has("version")) return fail(here_.problem(Message(kMissing, "version")).message);
        if (!version_number_)
            return fail(here_.problem(Message(CRAMP_TEXT("Import", "%1: %2 is not a version this program reads (it reads versions %3 "
                                                                   "and %4; a newer Cramp Diary wrote this file?)"),
                                              "version", version_, kFirstJsonVersion, kJsonVersion))
                            .message);
        if (profile_)
            if (auto p = read_profile(*profile_, version_number_, sink_.problems)) sink_.profile(*p);
        for (auto key : {"settings", "profile", "episodes", "cramp_free_nights"})
            if (!has(key)) sink_.problems.add(here_.problem(Message(kMissing, key)));
        // Care records came with version 2.
        if (version_number_ == kFirstJsonVersion && has("night_factors")) {
            sink_.problems.add(
                here_.problem(Message(CRAMP_TEXT("Import", "%1: not a field of a version %2 export"), "night_factors", kFirstJsonVersion)));
        } else if (version_number_ > kFirstJsonVersion && !has("night_factors")) {
            sink_.problems.add(here_.problem(Message(kMissing, "night_factors")));
        }
        return {};
    }

private:
    bool has(std::string_view key) const {
        return std::any_of(here_.field_lines.begin(), here_.field_lines.end(), [&](const auto& f) { return f.first == key; });
    }

    // Whether a section has its type; else its problem.
    bool section(const std::string& key, const Value& v, Type type) {
        if (v.is(type)) return true;
        sink_.problems.add(here_.problem(Message(kWrongType, key, json::describe(v.type), expected(type))));
        return false;
    }

    RecordSink& sink_;
    Value top_;
    Place here_;
    bool format_ok_ = false, episodes_ = false, cramp_free_nights_ = false, night_factors_ = false;
    int version_number_ = 0;  // a version this program reads, once found
    Message version_;
    std::optional<Value> profile_;
};

}  // namespace

Result<void> read_json(ByteSource& source, RecordSink& sink) {
    WithoutBom json(source);
    ExportReader reader(sink);
    auto r = json::read_object(json, reader, kLimits);
    if (!r) return r;
    return reader.finish();
}

}  // namespace io

}  // namespace cramp
