// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader (strict RFC 8259, with line and column in every error) and the diary's JSON
// export and import: a demo diary round-trips byte for byte through CSV and through JSON; a bad
// file names every problem by record and line and changes nothing; identical records are skipped
// and counted; a new diary takes the file's settings and profile, one with records keeps its own.
#include "demo.hpp"
#include "io_fixtures.hpp"
#include "isotime.hpp"
#include "json_reader.hpp"
#include "messages.hpp"
#include "night.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace cramp;
using test::fill_demo;
using test::kNow;
using test::open_at;
using test::open_with_one_cramp;

namespace {

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
}

// A small file with one record a line: episodes[0] on line 7, episodes[1] on line 8,
// cramp_free_nights[0] on line 11, cramp_free_nights[1] on line 12.
const std::string kEpisode0 =
    R"({"night": "2026-03-02", "onset": "2026-03-03T02:30:00+08:00", "zone": "Asia/Shanghai", "duration_s": 60, )"
    R"("site": "calf", "side": "left", "intensity": 5, "posture": "lying", "numbness": "none", "weakness": [], )"
    R"("radiating": false, "tingling_symmetric": false, "woke": true, "relief": [], "note": ""})";
const std::string kEpisode1 =
    R"({"night": "2026-03-09", "onset": "2026-03-10T01:00:00+08:00", "zone": "Asia/Shanghai", "duration_s": 90, )"
    R"("site": "foot", "side": "both", "intensity": 7, "posture": "bending", "numbness": "during", "weakness": ["stairs"], )"
    R"("radiating": true, "tingling_symmetric": false, "woke": true, "relief": ["massage", "walk"], "note": "ok"})";
const std::string kFile = "{\n"
                          "  \"format\": \"crampdiary\",\n"
                          "  \"version\": 1,\n"
                          "  \"settings\": {\"threshold\": 3, \"day_boundary\": 12, \"week_start\": \"monday\"},\n"
                          "  \"profile\": {\"name\": \"\", \"birth_year\": null, \"risk_factors\": [], \"medicines\": \"\"},\n"
                          "  \"episodes\": [\n"
                          "    " + kEpisode0 + ",\n"
                          "    " + kEpisode1 + "\n"
                          "  ],\n"
                          "  \"cramp_free_nights\": [\n"
                          "    {\"night\": \"2026-03-05\"},\n"
                          "    {\"night\": \"2026-03-06\"}\n"
                          "  ]\n"
                          "}\n";

}  // namespace

// ---------------------------------------------------------------------------------------------
// The reader

TEST_CASE("the JSON reader accepts what RFC 8259 allows", "[io][json][reader]") {
    auto [text, kind, expected] = GENERATE(table<std::string, json::Type, std::string>({
        {"{}", json::Type::object, ""},
        {" \t\r\n[] \n", json::Type::array, ""},
        {"\"x\"", json::Type::string, "x"},
        {"0", json::Type::number, "0"},
        {"-0", json::Type::number, "-0"},
        {"1.5e10", json::Type::number, "1.5e10"},
        {"-12.25E-2", json::Type::number, "-12.25E-2"},
        {"true", json::Type::boolean, ""},
        {"null", json::Type::null, ""},
        {R"("\u00e9\u4e2d")", json::Type::string, "é中"},
        {R"("\ud83d\ude16")", json::Type::string, "😖"},
        {R"("\uD83D\uDE16")", json::Type::string, "😖"},
        {R"("\"\\\/\b\f\n\r\t")", json::Type::string, "\"\\/\b\f\n\r\t"},
        {"\"小腿 😖\"", json::Type::string, "小腿 😖"},
        {R"("\u0000")", json::Type::string, std::string(1, '\0')},
        {std::string(256, '[') + std::string(256, ']'), json::Type::array, ""},
    }));
    CAPTURE(text);
    auto v = json::parse(text);
    INFO((v.ok() ? std::string() : v.error()));
    REQUIRE(v.ok());
    CHECK(v->type == kind);
    if (kind == json::Type::string || kind == json::Type::number) CHECK(v->text == expected);
}

TEST_CASE("the JSON reader refuses what is not JSON, naming line and column", "[io][json][reader][errors]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"", "line 1, column 1: the text is empty"},
        {"  \n ", "line 2, column 2: the text is empty"},
        {"{} x", "line 1, column 4: unexpected 'x' after the end of the JSON value"},
        {"{}{}", "line 1, column 3: unexpected '{' after the end of the JSON value"},
        {"[1,]", "line 1, column 4: a comma before ']'"},
        {"{\"a\":1,}", "line 1, column 8: a comma before '}'"},
        {"{'a':1}", "line 1, column 2: unexpected '''; expected a key in double quotes"},
        {"{a:1}", "line 1, column 2: unexpected 'a'; expected a key in double quotes"},
        {"01", "line 1, column 1: a number may not start with 0"},
        {"-01", "line 1, column 1: a number may not start with 0"},
        {"1.", "line 1, column 3: unexpected end of the text; expected a digit after the decimal point"},
        {"[1.e5]", "line 1, column 4: unexpected 'e'; expected a digit after the decimal point"},
        {".5", "line 1, column 1: unexpected '.'; expected a value"},
        {"-", "line 1, column 2: unexpected end of the text; expected a digit"},
        {"1e", "line 1, column 3: unexpected end of the text; expected a digit in the exponent"},
        {"+1", "line 1, column 1: unexpected '+'; expected a value"},
        {"NaN", "line 1, column 1: unexpected 'N'; expected a value"},
        {"[Infinity]", "line 1, column 2: unexpected 'I'; expected a value"},
        {"tru", "line 1, column 1: unexpected 't'; expected a value"},
        {"nul", "line 1, column 1: unexpected 'n'; expected a value"},
        {"\"abc", "line 1, column 1: a string is not closed"},
        {"\"a\nb\"", "line 1, column 3: a control character (U+000A) inside a string"},
        {"\"a\tb\"", "line 1, column 3: a control character (U+0009) inside a string"},
        {R"("\x")", "line 1, column 2: \\x is not a JSON escape"},
        {R"("\u12")", "line 1, column 4: a \\u escape needs four hex digits"},
        {R"("\u12G4")", "line 1, column 4: a \\u escape needs four hex digits"},
        {R"("\ud83d")", "line 1, column 2: \\uD83D is a high surrogate without a low surrogate after it"},
        {R"("\ud83d\u0041")", "line 1, column 2: \\uD83D is a high surrogate without a low surrogate after it"},
        {R"("\ud83dx")", "line 1, column 2: \\uD83D is a high surrogate without a low surrogate after it"},
        {R"("\ude16")", "line 1, column 2: \\uDE16 is a low surrogate without a high surrogate before it"},
        {"\"\xC3\x28\"", "line 1, column 2: the text is not UTF-8"},
        {"\"\xED\xA0\x80\"", "line 1, column 2: the text is not UTF-8"},      // an encoded surrogate
        {"\"\xC0\xAF\"", "line 1, column 2: the text is not UTF-8"},          // overlong '/'
        {"\"\xE0\x80\xAF\"", "line 1, column 2: the text is not UTF-8"},      // overlong, three bytes
        {"\"\xF4\x90\x80\x80\"", "line 1, column 2: the text is not UTF-8"},  // past U+10FFFF
        {"\"\xE4\xB8\"", "line 1, column 2: the text is not UTF-8"},          // cut short
        {"\"\x80\"", "line 1, column 2: the text is not UTF-8"},              // a lone continuation byte
        {"\xEF\xBB\xBF{}", "line 1, column 1: unexpected character U+FEFF"},
        {"\xFF", "line 1, column 1: the byte 0xFF is not UTF-8"},
        {"{\"a\":1,\"a\":2}", "line 1, column 8: the key \"a\" appears twice in one object"},
        {"{\"a\" 1}", "line 1, column 6: unexpected '1'; expected ':' after the key \"a\""},
        {"[1 2]", "line 1, column 4: unexpected '2'; expected ',' or ']' after an element of an array"},
        {"{\"a\":1 \"b\":2}", "line 1, column 8: unexpected '\"'; expected ',' or '}' after a member of an object"},
        {"[1", "line 1, column 3: unexpected end of the text; expected ',' or ']'"},
        {"{\"a\":", "line 1, column 6: unexpected end of the text; expected a value"},
        {"/* c */{}", "line 1, column 1: a comment, which JSON does not allow; expected a value"},
        {"[1]\x01", "line 1, column 4: unexpected control character U+0001 after the end of the JSON value"},
        {std::string(257, '[') + std::string(257, ']'), "line 1, column 257: arrays and objects are nested more than 256 deep"},
        // Lines: LF, CRLF and a lone CR each end one; columns count characters, not bytes.
        {"{\n  \"a\": [1,\n  2,,3]\n}", "line 3, column 5: unexpected ','; expected a value"},
        {"{\r\n\r\n x}", "line 3, column 2: unexpected 'x'; expected a key in double quotes"},
        {"{\r\r x}", "line 3, column 2: unexpected 'x'; expected a key in double quotes"},
        {"{\"小腿\": x}", "line 1, column 8: unexpected 'x'; expected a value"},
    }));
    CAPTURE(text);
    auto v = json::parse(text);
    REQUIRE_FALSE(v.ok());
    CAPTURE(v.error());
    CHECK(v.error().find(expected) == 0);
}

TEST_CASE("the JSON reader keeps keys in order and where each value starts", "[io][json][reader]") {
    auto v = json::parse("{\n  \"b\": 1,\n  \"a\": [true, \"x\"],\n  \"c\": {\"d\": null}\n}");
    REQUIRE(v.ok());
    REQUIRE(v->keys == std::vector<std::string>{"b", "a", "c"});
    CHECK(v->line == 1);
    CHECK(v->column == 1);
    const auto* a = v->find("a");
    REQUIRE(a);
    CHECK(a->line == 3);
    CHECK(a->column == 8);
    REQUIRE(a->items.size() == 2);
    CHECK(a->items[1].column == 15);
    CHECK(v->find("c")->find("d")->is(json::Type::null));
    CHECK(v->find("nope") == nullptr);
    CHECK(a->find("x") == nullptr);  // not an object
}

TEST_CASE("JSON numbers: whole numbers are told apart from the rest", "[io][json][reader]") {
    auto number = [](const std::string& s) {
        auto v = json::parse(s);
        REQUIRE(v.ok());
        return *v;
    };
    CHECK(number("12").integer() == 12);
    CHECK(number("-0").integer() == 0);
    CHECK(number("-9223372036854775808").integer() == INT64_MIN);
    CHECK_FALSE(number("9223372036854775808").integer());
    CHECK_FALSE(number("1.0").integer());
    CHECK_FALSE(number("1e2").integer());
    CHECK(number("1e2").number() == Approx(100));
    CHECK(number("-12.25E-2").number() == Approx(-0.1225));
    CHECK_FALSE(number("\"12\"").integer());
}

// ---------------------------------------------------------------------------------------------
// Export and import

TEST_CASE("a demo diary exported and imported into an empty diary exports byte-identical, CSV and JSON",
          "[io][json][csv][roundtrip]") {
    const auto format = GENERATE(ExportFormat::csv, ExportFormat::json);
    CAPTURE(format_name(format));
    test::TempDir dir;
    auto a = open_at(dir / "a.sqlite");
    fill_demo(a, 730, 23);
    REQUIRE(a.set_rule_settings({5, 12, WeekStart::sunday}).ok());
    REQUIRE(a.set_profile({"王小明 \"Ming\"", 1956, {"age_40_plus", "diabetes"}}).ok());
    // Medicines carried over without dates, dated ones, a stopped one, and two the same.
    auto medicines = medicines_from_text("diuretic (furosemide);\nstatin");
    medicines.push_back({0, "镁 magnesium", "200 mg, at night", last_night(kNow, "Asia/Shanghai") - date::days{40}, {}});
    medicines.push_back({0, "quinine", "", *parse_date("2025-06-01"), *parse_date("2025-07-15")});
    medicines.push_back(medicines.back());
    REQUIRE(a.replace_medicines(medicines).ok());
    // Care records, "none of these" among them, on nights with a cramp, cramp-free and unrecorded.
    int care = 0;
    for (Night n = last_night(kNow, "Asia/Shanghai") - date::days{60}; n <= last_night(kNow, "Asia/Shanghai"); n += date::days{3}, ++care)
        REQUIRE(a.set_night_factors(n, EnumSet<CareItem>::from_bits(static_cast<unsigned>(care * 37) % 512)).ok());
    // Notes that need escaping, a control character, and the same cramp logged twice (a double tap).
    Episode e;
    e.zone = "Europe/Berlin";
    e.onset = kNow - std::chrono::hours{30};
    e.note = "左小腿, \"很疼\"\nsecond line 😖\ttab \\ back\x01";
    REQUIRE(a.add_episode(e).ok());
    e.onset -= std::chrono::hours{1};
    e.note = "=SUM(A1:A9)";
    REQUIRE(a.add_episode(e).ok());
    REQUIRE(a.add_episode(e).ok());
    const auto first = export_text(a, format);

    auto b = open_at(dir / "b.sqlite");
    auto plan = plan_import(b, first);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    auto summary = commit_import(b, *plan);
    REQUIRE(summary.ok());
    CHECK(summary->added_episodes == a.episode_count());
    CHECK(summary->added_cramp_free_nights == static_cast<int>(a.cramp_free_nights().size()));
    CHECK(summary->added_night_factors == care);
    CHECK(b.night_factors() == a.night_factors());
    CHECK(export_text(b, format) == first);
    if (format == ExportFormat::json) {
        CHECK(b.rule_settings() == a.rule_settings());
        CHECK(b.profile() == a.profile());
        CHECK(b.medicines().size() == medicines.size());
        for (std::size_t i = 0; i < medicines.size() && i < b.medicines().size(); ++i) {
            Medicine m = b.medicines()[i];
            m.id = 0;
            Medicine want = a.medicines()[i];
            want.id = 0;
            CHECK(m == want);
        }
        CHECK(summary->applied_settings);
        CHECK(summary->applied_profile);
        CHECK(describe(*summary).find("took the file's settings and patient profile") != std::string::npos);
        CHECK(export_fhir(b) == export_fhir(a));  // the same UUIDs on the new device
    }

    // Again: everything is already there, the double-tapped pair included.
    auto again = plan_import(b, first);
    REQUIRE(again.ok());
    CHECK(again->episodes == 0);
    CHECK(again->cramp_free_nights == 0);
    CHECK(again->skipped_episodes == summary->added_episodes);
    CHECK(again->skipped_cramp_free_nights == summary->added_cramp_free_nights);
    CHECK(again->night_factors == 0);
    CHECK(again->skipped_night_factors == care);
    CHECK_FALSE(again->settings);  // b has records now: it keeps its own
}

TEST_CASE("the JSON export: format marker, settings, profile and every field, in a stable layout", "[io][json]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, kFile);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    REQUIRE(commit_import(d, *plan).ok());
    const std::string expected = R"({
  "format": "crampdiary",
  "version": 2,
  "settings": {
    "threshold": 3,
    "day_boundary": 12,
    "week_start": "monday"
  },
  "profile": {
    "name": "",
    "birth_year": null,
    "risk_factors": [],
    "medicines": []
  },
  "episodes": [
    {
      "night": "2026-03-02",
      "onset": "2026-03-03T02:30:00+08:00",
      "zone": "Asia/Shanghai",
      "duration_s": 60,
      "site": "calf",
      "side": "left",
      "intensity": 5,
      "posture": "lying",
      "numbness": "none",
      "weakness": [],
      "radiating": false,
      "tingling_symmetric": false,
      "woke": true,
      "relief": [],
      "note": ""
    },
    {
      "night": "2026-03-09",
      "onset": "2026-03-10T01:00:00+08:00",
      "zone": "Asia/Shanghai",
      "duration_s": 90,
      "site": "foot",
      "side": "both",
      "intensity": 7,
      "posture": "bending",
      "numbness": "during",
      "weakness": [
        "stairs"
      ],
      "radiating": true,
      "tingling_symmetric": false,
      "woke": true,
      "relief": [
        "massage",
        "walk"
      ],
      "note": "ok"
    }
  ],
  "cramp_free_nights": [
    {
      "night": "2026-03-05"
    },
    {
      "night": "2026-03-06"
    }
  ],
  "night_factors": []
}
)";
    CHECK(export_json(d) == expected);

    // --from/--to limit the records; settings and profile stay.
    ExportOptions o;
    o.range = NightRange{*parse_date("2026-03-05"), *parse_date("2026-03-09")};
    auto limited = json::parse(export_json(d, o));
    REQUIRE(limited.ok());
    CHECK(limited->find("episodes")->items.size() == 1);
    CHECK(limited->find("episodes")->items[0].find("night")->text == "2026-03-09");
    CHECK(limited->find("cramp_free_nights")->items.size() == 2);
    CHECK(limited->find("settings")->find("threshold")->integer() == 3);
    CHECK(limited->find("profile"));
    CHECK(export_text(d, ExportFormat::json, o) == export_json(d, o));
}

TEST_CASE("a bad JSON file lists every problem with record and line, and the diary is unchanged", "[io][json][errors]") {
    auto [from, to, expected] = GENERATE(table<std::string, std::string, std::string>({
        // syntax
        {"\"version\": 1,", "\"version\": 1", "line 4, column 3: unexpected '\"'; expected ',' or '}' after a member of an object"},
        {"\"note\": \"ok\"}", "\"note\": \"ok\"},", "line 9, column 3: a comma before ']'"},
        {"\"note\": \"ok\"", "\"note\": \"o\xC3\x28k\"", "line 8, column "},
        // not ours, or not this version
        {"\"format\": \"crampdiary\"", "\"format\": \"other\"", "line 2, format: not \"crampdiary\"; this is not a Cramp Diary export"},
        {"\"format\": \"crampdiary\",", "", "line 1, format: missing; this is not a Cramp Diary export"},
        {"\"version\": 1", "\"version\": 3", "line 3, version: 3 is not a version this program reads (it reads versions 1 and 2"},
        {"\"version\": 1", "\"version\": \"1\"", "line 3, version: a string is not a version this program reads"},
        // fields
        {"\"site\": \"calf\"", "\"site\": \"knee\"",
         "episodes[0] (line 7), site: 'knee' is not one of calf, foot, thigh_back, thigh_front, thigh_side, other"},
        {"\"relief\": [\"massage\"", "\"relief\": [\"ice\"", "episodes[1] (line 8), relief: 'ice' is not one of stretch, massage, heat, walk"},
        {"\"weakness\": [\"stairs\"]", "\"weakness\": [\"stairs\", \"stairs\"]", "episodes[1] (line 8), weakness: 'stairs' is listed twice"},
        {"\"weakness\": [\"stairs\"]", "\"weakness\": \"stairs\"", "episodes[1] (line 8), weakness: a string, expected an array of strings"},
        {"\"intensity\": 5", "\"intensity\": 11", "episodes[0] (line 7), intensity: 11 is outside 0–10"},
        {"\"intensity\": 5", "\"intensity\": -1", "episodes[0] (line 7), intensity: -1 is outside 0–10"},
        {"\"intensity\": 5", "\"intensity\": 5.5", "episodes[0] (line 7), intensity: 5.5 is not a whole number"},
        {"\"intensity\": 5", "\"intensity\": \"5\"", "episodes[0] (line 7), intensity: a string, expected a whole number"},
        {"\"intensity\": 5", "\"intensity\": 99999999999", "episodes[0] (line 7), intensity: 99999999999 is out of range"},
        {"\"duration_s\": 60", "\"duration_s\": 0", "episodes[0] (line 7), duration_s: 0 is outside 1–3600 seconds"},
        {"\"woke\": true, ", "", "episodes[0] (line 7), woke: missing"},
        {"\"woke\": true", "\"woke\": \"yes\"", "episodes[0] (line 7), woke: a string, expected true or false"},
        {"\"woke\": true, ", "\"colour\": \"red\", \"woke\": true, ", "episodes[0] (line 7), colour: not a field of an episode"},
        {"\"woke\": true, ", "\"woke\": true, \"woke\": false, ", "line 7, column "},
        {"\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Asia/Atlantis\"", "episodes[0] (line 7), zone: 'Asia/Atlantis' is not a known IANA time zone"},
        {"\"onset\": \"2026-03-03T02:30:00+08:00\"", "\"onset\": \"2026-03-03T02:30\"",
         "episodes[0] (line 7), onset: '2026-03-03T02:30' is not a time like 2026-03-03T02:30:00+08:00"},
        {"\"night\": \"2026-03-02\", \"onset\": \"2026-03-03T02:30:00+08:00\"", "\"night\": \"2026-11-25\", \"onset\": \"2026-11-25T12:00:00+08:00\"",
         "episodes[0] (line 7), onset: more than one hour in the future"},
        {"\"night\": \"2026-03-02\"", "\"night\": \"2026-03-03\"",
         "episodes[0] (line 7), night: 2026-03-03 differs from 2026-03-02, the night of its onset in Asia/Shanghai"},
        {"\"night\": \"2026-03-02\"", "\"night\": \"2026-02-30\"", "episodes[0] (line 7), night: '2026-02-30' is not a date (YYYY-MM-DD)"},
        {"\"note\": \"ok\"", "\"note\": \"" + std::string(2001, 'x') + "\"", "episodes[1] (line 8), note: 2001 characters, at most 2000"},
        {"    " + kEpisode0, "    17", "episodes[0] (line 7): a number, expected an object"},
        // duplicates and conflicts within the file
        {"{\"night\": \"2026-03-06\"}", "{\"night\": \"2026-03-05\"}",
         "cramp_free_nights[1] (line 12), night: 2026-03-05 is a cramp-free night already in cramp_free_nights[0] (line 11)"},
        {"{\"night\": \"2026-03-06\"}", "{\"night\": \"2026-03-09\"}",
         "cramp_free_nights[1] (line 12), night: 2026-03-09 is marked cramp-free, but episodes[1] (line 8) logs a cramp that night"},
        {"{\"night\": \"2026-03-06\"}", "{\"day\": \"2026-03-06\"}", "cramp_free_nights[1] (line 12), day: not a field of a cramp-free night"},
        // sections
        {"\"threshold\": 3", "\"threshold\": 20", "settings (line 4), threshold: 20 is outside 1–14"},
        {"\"day_boundary\": 12", "\"day_boundary\": 24", "settings (line 4), day_boundary: 24 is outside 0–23"},
        {"\"week_start\": \"monday\"", "\"week_start\": \"friday\"", "settings (line 4), week_start: 'friday' is not one of monday, sunday"},
        {"\"birth_year\": null", "\"birth_year\": 1850", "profile (line 5), birth_year: 1850 is outside 1900–2100"},
        {"\"birth_year\": null", "\"birth_year\": \"1950\"", "profile (line 5), birth_year: a string, expected a year or null"},
        {"\"risk_factors\": []", "\"risk_factors\": [\"gout\"]", "profile (line 5), risk_factors: 'gout' is not a known risk factor"},
        {"\"cramp_free_nights\": [", "\"cramp_free_nights\": 5, \"y\": [", "line 10, cramp_free_nights: a number, expected an array"},
        {"\"version\": 1,", "\"version\": 1,\n  \"extra\": true,", "line 4, extra: not a field of a Cramp Diary export"},
    }));
    CAPTURE(to);
    test::TempDir dir;
    auto d = open_with_one_cramp(dir / "d.sqlite");
    const auto before = export_json(d);

    auto plan = plan_import(d, replace_once(kFile, from, to));
    REQUIRE_FALSE(plan.ok());
    CAPTURE(plan.error());
    CHECK(plan.error().find(expected) != std::string::npos);
    CHECK(export_json(d) == before);
    CHECK(d.episode_count() == 1);
    CHECK(d.cramp_free_nights().empty());
}

TEST_CASE("a JSON file with several problems lists them all, in file order", "[io][json][errors]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    std::string text = replace_once(kFile, "\"intensity\": 7", "\"intensity\": 12");
    text = replace_once(text, "\"site\": \"calf\"", "\"site\": \"knee\"");
    text = replace_once(text, "\"threshold\": 3", "\"threshold\": 0");
    auto plan = plan_import(d, text);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error() ==
          "settings (line 4), threshold: 0 is outside 1–14\n"
          "episodes[0] (line 7), site: 'knee' is not one of calf, foot, thigh_back, thigh_front, thigh_side, other\n"
          "episodes[1] (line 8), intensity: 12 is outside 0–10");
    CHECK(d.episode_count() == 0);
}

TEST_CASE("JSON import skips records already in the diary and counts them", "[io][json]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    // The diary already has episodes[0] and one of the cramp-free nights.
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = instant_of(*parse_iso_time("2026-03-03T02:30:00+08:00"), "UTC");
    REQUIRE(d.add_episode(e).ok());
    REQUIRE(d.add_cramp_free_night(*parse_date("2026-03-06")).ok());
    // A different cramp at the same instant is not the same record.
    e.intensity = 6;
    REQUIRE(d.add_episode(e).ok());

    // With a BOM and CRLF line ends, too.
    std::string text = "\xEF\xBB\xBF";
    for (char c : kFile) text += c == '\n' ? std::string("\r\n") : std::string(1, c);
    auto plan = plan_import(d, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    CHECK(plan->episodes == 1);
    CHECK(plan->skipped_episodes == 1);
    CHECK(plan->cramp_free_nights == 1);
    CHECK(plan->skipped_cramp_free_nights == 1);
    auto done = commit_import(d, *plan);
    REQUIRE(done.ok());
    CHECK(describe(*done) ==
          "added 1 episodes and 1 cramp-free nights; skipped 1 episodes and 1 cramp-free nights already in the diary");
    CHECK(d.episode_count() == 3);
    CHECK(d.cramp_free_nights().size() == 2);
}

TEST_CASE("a new diary takes the file's settings and profile, a diary with records keeps its own", "[io][json][settings]") {
    test::TempDir dir;
    std::string text = replace_once(kFile, "\"threshold\": 3", "\"threshold\": 5");
    text = replace_once(text, "\"name\": \"\"", "\"name\": \"李华\"");

    SECTION("a new diary") {
        auto d = open_at(dir / "new.sqlite");
        REQUIRE(d.set_profile({"someone", std::nullopt, {}}).ok());  // a profile alone is no record
        auto plan = plan_import(d, text);
        REQUIRE(plan.ok());
        REQUIRE(plan->settings);
        REQUIRE(plan->profile);
        auto done = commit_import(d, *plan);
        REQUIRE(done.ok());
        CHECK(d.rule_settings().threshold == 5);
        CHECK(d.profile().name == "李华");
        CHECK(describe(*done).find("; took the file's settings and patient profile") != std::string::npos);
    }
    SECTION("a diary with records") {
        auto d = open_at(dir / "old.sqlite");
        REQUIRE(d.add_cramp_free_night(*parse_date("2026-01-01")).ok());
        REQUIRE(d.set_profile({"王", 1960, {}}).ok());
        auto plan = plan_import(d, text);
        REQUIRE(plan.ok());
        CHECK_FALSE(plan->settings);
        CHECK_FALSE(plan->profile);
        CHECK(plan->kept_own_settings);
        auto done = commit_import(d, *plan);
        REQUIRE(done.ok());
        CHECK(d.rule_settings().threshold == 3);
        CHECK(d.profile().name == "王");
        CHECK(describe(*done).find("kept this diary's own settings and patient profile") != std::string::npos);
    }
    SECTION("a diary with records and the same settings and profile says nothing about them") {
        auto d = open_at(dir / "same.sqlite");
        REQUIRE(d.add_cramp_free_night(*parse_date("2026-01-01")).ok());
        auto plan = plan_import(d, kFile);
        REQUIRE(plan.ok());
        CHECK_FALSE(plan->kept_own_settings);
        CHECK(describe(*commit_import(d, *plan)).find("settings") == std::string::npos);
    }
}

TEST_CASE("nights in a JSON file are checked with the file's day boundary and stored with the diary's",
          "[io][json][settings]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    REQUIRE(d.add_cramp_free_night(*parse_date("2026-01-01")).ok());  // has records: keeps boundary 12
    // 15:00 on the 3rd: with an 18:00 boundary still the night of the 2nd; with 12:00, the 3rd's.
    std::string text = replace_once(kFile, "\"day_boundary\": 12", "\"day_boundary\": 18");
    text = replace_once(text, "2026-03-03T02:30:00+08:00", "2026-03-03T15:00:00+08:00");
    auto plan = plan_import(d, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    REQUIRE(commit_import(d, *plan).ok());
    auto eps = d.episodes(NightRange{*parse_date("2026-03-03"), *parse_date("2026-03-03")});
    REQUIRE(eps.size() == 1);
    CHECK(format_iso_local(eps[0].onset, eps[0].zone) == "2026-03-03T15:00:00+08:00");

    // The same file against its own boundary is wrong when it says the 3rd.
    auto d2 = open_at(dir / "d2.sqlite");
    auto bad = plan_import(d2, replace_once(text, "\"night\": \"2026-03-02\"", "\"night\": \"2026-03-03\""));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error() == "episodes[0] (line 7), night: 2026-03-03 differs from 2026-03-02, the night of its onset in Asia/Shanghai");
}

TEST_CASE("JSON export and import from the command line", "[io][json][cli]") {
    test::TempDir dir;
    const std::vector<std::string> env{"CRAMPDIARY_NOW=2026-11-25T08:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
    auto run = [&](std::vector<std::string> args) { return test::run_process(CRAMPDIARY_EXE, args, env); };
    const auto a = (dir / "a.sqlite").string(), b = (dir / "b.sqlite").string();
    REQUIRE(run({"--db", a, "demo", "--nights", "90", "--seed", "5"}).exit_code == 0);
    auto exported = run({"--db", a, "export", "--format", "json", "-o", (dir / "a.json").string()});
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.out.empty());
    auto imported = run({"--db", b, "import", (dir / "a.json").string()});
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("added ") == 0);
    CHECK(imported.out.find("took the file's settings and patient profile") != std::string::npos);
    std::ifstream in(dir / "a.json", std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), {});
    CHECK(file.starts_with("{\n  \"format\": \"crampdiary\",\n  \"version\": 2,"));
    CHECK(run({"--db", b, "export", "--format", "json"}).out == file);
    // The same records as CSV from both diaries.
    CHECK(run({"--db", b, "export"}).out == run({"--db", a, "export", "--format", "csv"}).out);

    // Importing it again adds nothing.
    auto again = run({"--db", b, "import", (dir / "a.json").string()});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("added 0 episodes and 0 cramp-free nights") == 0);

    // A bad file: exit 2, every problem named, nothing changed.
    std::ofstream(dir / "bad.json") << replace_once(replace_once(kFile, "\"intensity\": 5", "\"intensity\": 11"), "\"site\": \"foot\"",
                                                    "\"site\": \"knee\"");
    auto bad = run({"--db", b, "import", (dir / "bad.json").string()});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("nothing changed") != std::string::npos);
    CHECK(bad.err.find("episodes[0] (line 7), intensity: 11 is outside 0–10") != std::string::npos);
    CHECK(bad.err.find("episodes[1] (line 8), site: 'knee' is not one of") != std::string::npos);
    CHECK(run({"--db", b, "export", "--format", "json"}).out == file);

    // Formats and options the export does not know.
    auto xml = run({"--db", a, "export", "--format", "xml"});
    CHECK(xml.exit_code == 2);
    CHECK(xml.err.find("format: 'xml' is not one of csv, json, fhir") != std::string::npos);
    auto bom = run({"--db", a, "export", "--format", "json", "--bom"});
    CHECK(bom.exit_code == 2);
    CHECK(bom.err.find("--bom is for CSV only") != std::string::npos);
    // --from/--to limit the records.
    auto limited = run({"--db", a, "export", "--format", "json", "--from", "2026-11-20", "--to", "2026-11-21"});
    REQUIRE(limited.exit_code == 0);
    auto doc = json::parse(limited.out);
    REQUIRE(doc.ok());
    for (const auto& ep : doc->find("episodes")->items) {
        CHECK(ep.find("night")->text >= "2026-11-20");
        CHECK(ep.find("night")->text <= "2026-11-21");
    }
    auto help = run({"export", "--help"});
    CHECK(help.out.find("--format csv|json|fhir") != std::string::npos);
}

TEST_CASE("a JSON syntax error is a translatable template around a translatable finding", "[io][json][reader][errors][message]") {
    // "line %1, column %2: %3", where %3 is a whole sentence or a frame around what was found.
    auto [text, expected, verbatim] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
        {"[1 2]", "<<line 1, column 4: <<<<unexpected '2'>>; expected ',' or ']' after an element of an array>>>>", {"1", "4", "2"}},
        {"[1", "<<line 1, column 3: <<<<unexpected end of the text>>; expected ',' or ']' after an element of an array>>>>", {"1", "3"}},
        {"", "<<line 1, column 1: <<the text is empty; expected a JSON value>>>>", {"1", "1"}},
        {"{\"a\":1,\"a\":2}", "<<line 1, column 8: <<the key \"a\" appears twice in one object>>>>", {"1", "8", "a"}},
        {"\xFF", "<<line 1, column 1: <<<<the byte 0xFF is not UTF-8>>; expected a value>>>>", {"1", "1", "0xFF"}},
        {R"("\ud83d")", "<<line 1, column 2: <<\\uD83D is a high surrogate without a low surrogate after it>>>>", {"1", "2", "\\uD83D"}},
        {"\"a\nb\"", "<<line 1, column 3: <<a control character (U+000A) inside a string; write it as an escape such as \\n>>>>",
         {"1", "3", "U+000A"}},
        {std::string(257, '[') + std::string(257, ']'), "<<line 1, column 257: <<arrays and objects are nested more than 256 deep>>>>",
         {"1", "257", "256"}},
    }));
    CAPTURE(text);
    auto v = json::parse(text);
    REQUIRE_FALSE(v.ok());
    CHECK(test::marked(v.problem()) == expected);
    CHECK(test::unmarked(test::marked(v.problem())) == v.error());
    CHECK(test::verbatim_pieces(v.problem()) == verbatim);
}

TEST_CASE("every JSON import problem stays translatable through each layer, with the file's words verbatim",
          "[io][json][errors][message]") {
    auto [from, to, expected] = GENERATE(table<std::string, std::string, std::string>({
        // A syntax error: the reader's message, passed on as it is.
        {"\"version\": 1,", "\"version\": 1",
         "<<line 4, column 3: <<<<unexpected '\"'>>; expected ',' or '}' after a member of an object>>>>"},
        // Not ours, or not this version.
        {"\"format\": \"crampdiary\"", "\"format\": \"other\"",
         "<<line 2, <<format: not \"crampdiary\"; this is not a Cramp Diary export (expected an object with \"format\": \"crampdiary\")>>>>"},
        {"\"version\": 1", "\"version\": 3",
         "<<line 3, <<version: 3 is not a version this program reads (it reads versions 1 and 2; a newer Cramp Diary wrote this file?)>>>>"},
        {"\"version\": 1", "\"version\": \"1\"",
         "<<line 3, <<version: <<a string>> is not a version this program reads (it reads versions 1 and 2; a newer Cramp Diary wrote "
         "this file?)>>>>"},
        // Fields: the record and its line, then the field's own message.
        {"\"intensity\": 5", "\"intensity\": 11", "<<episodes[0] (line 7), <<intensity: 11 is outside 0–10>>>>"},
        {"\"intensity\": 5", "\"intensity\": \"5\"", "<<episodes[0] (line 7), <<intensity: <<a string>>, expected <<a whole number>>>>>>"},
        {"\"intensity\": 5", "\"intensity\": 5.5", "<<episodes[0] (line 7), <<intensity: 5.5 is not a whole number>>>>"},
        {"\"woke\": true, ", "", "<<episodes[0] (line 7), <<woke: missing>>>>"},
        {"\"woke\": true, ", "\"colour\": \"red\", \"woke\": true, ", "<<episodes[0] (line 7), <<colour: not a field of an episode>>>>"},
        {"{\"night\": \"2026-03-06\"}", "{\"day\": \"2026-03-06\"}",
         "<<cramp_free_nights[1] (line 12), <<day: not a field of a cramp-free night>>>>"},
        {"\"threshold\": 3", "\"threshold\": 3, \"colour\": 1", "<<settings (line 4), <<colour: not a field of the settings>>>>"},
        {"\"medicines\": \"\"", "\"medicines\": \"\", \"colour\": 1", "<<profile (line 5), <<colour: not a field of the profile>>>>"},
        {"\"site\": \"calf\"", "\"site\": \"knee\"",
         "<<episodes[0] (line 7), <<site: 'knee' is not one of calf, foot, thigh_back, thigh_front, thigh_side, other>>>>"},
        {"\"weakness\": [\"stairs\"]", "\"weakness\": [\"stairs\", 3]",
         "<<episodes[1] (line 8), <<weakness: <<a number>> in the array, expected strings>>>>"},
        {"\"weakness\": [\"stairs\"]", "\"weakness\": [\"stairs\", \"stairs\"]", "<<episodes[1] (line 8), <<weakness: 'stairs' is listed twice>>>>"},
        {"\"week_start\": \"monday\"", "\"week_start\": \"friday\"",
         "<<settings (line 4), <<week_start: 'friday' is not one of monday, sunday>>>>"},
        {"\"threshold\": 3", "\"threshold\": 20", "<<settings (line 4), <<threshold: 20 is outside 1–14>>>>"},
        {"\"risk_factors\": []", "\"risk_factors\": [\"gout\"]", "<<profile (line 5), <<risk_factors: 'gout' is not a known risk factor>>>>"},
        {"    " + kEpisode0, "    17", "<<episodes[0] (line 7): <<a number>>, expected <<an object>>>>"},
        {"\"cramp_free_nights\": [", "\"cramp_free_nights\": 5, \"y\": [", "<<line 10, <<cramp_free_nights: <<a number>>, expected <<an array>>>>>>"},
        {"\"version\": 1,", "\"version\": 1,\n  \"extra\": true,", "<<line 4, <<extra: not a field of a Cramp Diary export>>>>"},
        // Conflicts: a place named inside the message is a template too.
        {"{\"night\": \"2026-03-06\"}", "{\"night\": \"2026-03-09\"}",
         "<<cramp_free_nights[1] (line 12), <<night: 2026-03-09 is marked cramp-free, but <<episodes[1] (line 8)>> logs a cramp that night>>>>"},
        {"{\"night\": \"2026-03-06\"}", "{\"night\": \"2026-03-05\"}",
         "<<cramp_free_nights[1] (line 12), <<night: 2026-03-05 is a cramp-free night already in <<cramp_free_nights[0] (line 11)>>>>>>"},
        // The diary's own cramp (open_with_one_cramp) is on the night of 22 November.
        {"{\"night\": \"2026-03-06\"}", "{\"night\": \"2026-11-22\"}",
         "<<cramp_free_nights[1] (line 12), <<night: 2026-11-22 is marked cramp-free, but the diary has a cramp that night>>>>"},
        {"\"night\": \"2026-03-02\"", "\"night\": \"2026-03-03\"",
         "<<episodes[0] (line 7), <<night: 2026-03-03 differs from 2026-03-02, the night of its onset in Asia/Shanghai>>>>"},
    }));
    CAPTURE(to);
    test::TempDir dir;
    auto d = open_with_one_cramp(dir / "d.sqlite");

    auto plan = plan_import(d, replace_once(kFile, from, to));
    REQUIRE_FALSE(plan.ok());
    const Message& m = plan.problem();
    CAPTURE(test::marked(m));
    if (m.is_lines()) {
        // One message a problem (some of these changes cause two): the expected one is among them.
        std::vector<std::string> lines;
        for (const auto& line : m.args()) lines.push_back(test::marked(line));
        CHECK(std::find(lines.begin(), lines.end(), expected) != lines.end());
    } else {
        CHECK(test::marked(m) == expected);
    }
    CHECK(test::unmarked(test::marked(m)) == plan.error());
    CHECK(test::prose_pieces(m).empty());
}
