// SPDX-License-Identifier: GPL-3.0-or-later
// Messages are templates plus arguments: English is the template filled in, a translation is the
// translated template filled in with the same arguments, nested messages translate too.
#include <catch2/catch.hpp>

#include <functional>
#include <map>

#include "episode.hpp"
#include "medicine.hpp"
#include "message.hpp"
#include "messages.hpp"
#include "result.hpp"
#include "medicine.hpp"
#include "settings.hpp"

using cramp::Message;
using cramp::Text;
using cramp::test::marked;
using cramp::test::prose_pieces;
using cramp::test::verbatim_pieces;

namespace {

// A pretend catalogue: English template -> another language.
std::string pretend_translate(const Text& t) {
    static const std::map<std::string, std::string> zh = {
        {"line %1, %2", "第 %1 行，%2"},
        {"%1: %2 is outside %3–%4", "%1：%2 不在 %3–%4 之间"},
        {"%2 before %1", "%1 之后是 %2"},
    };
    auto it = zh.find(t.english);
    return it == zh.end() ? std::string(t.english) : it->second;
}

}  // namespace

TEST_CASE("a message fills its placeholders, in English and translated", "[message]") {
    struct Row {
        Message m;
        std::string english, translated;
    };
    const Message outside(CRAMP_TEXT("Test", "%1: %2 is outside %3–%4"), "intensity", 11, 0, 10);
    const std::vector<Row> rows = {
        {outside, "intensity: 11 is outside 0–10", "intensity：11 不在 0–10 之间"},
        {Message(CRAMP_TEXT("Test", "line %1, %2"), std::size_t{12}, outside), "line 12, intensity: 11 is outside 0–10",
         "第 12 行，intensity：11 不在 0–10 之间"},
        // A translation may put the arguments in another order.
        {Message(CRAMP_TEXT("Test", "%2 before %1"), "a", "b"), "b before a", "a 之后是 b"},
        // A verbatim argument that looks like a placeholder is not filled in again.
        {Message(CRAMP_TEXT("Test", "line %1, %2"), 3, "%1%2"), "line 3, %1%2", "第 3 行，%1%2"},
        // Too few arguments: the placeholder stays, visibly.
        {Message(CRAMP_TEXT("Test", "line %1, %2"), 7), "line 7, %2", "第 7 行，%2"},
        {Message(CRAMP_TEXT("Test", "no placeholders, 100%")), "no placeholders, 100%", "no placeholders, 100%"},
        {Message::verbatim("disk I/O error"), "disk I/O error", "disk I/O error"},
        {Message::lines({Message(CRAMP_TEXT("Test", "line %1, %2"), 2, "a"), Message::verbatim("b")}), "line 2, a\nb", "第 2 行，a\nb"},
        {Message::lines({}), "", ""},
        {Message(CRAMP_TEXT("Test", "%1: %2 is outside %3–%4"), "x", -5, std::int64_t{-9000000000}, 0u),
         "x: -5 is outside -9000000000–0", "x：-5 不在 -9000000000–0 之间"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.english);
        CHECK(r.m.english() == r.english);
        CHECK(r.m.render(pretend_translate) == r.translated);
    }
}

TEST_CASE("an error keeps its English text and its translatable message", "[message]") {
    cramp::Result<int> r = cramp::fail(CRAMP_TEXT("Test", "line %1, %2"), 4, "night: missing");
    REQUIRE_FALSE(r);
    CHECK(r.error() == "line 4, night: missing");
    CHECK(r.problem().render(pretend_translate) == "第 4 行，night: missing");

    // Passed on, it stays the same message.
    auto pass_on = [&]() -> cramp::Result<void> { return r.failure(); };
    CHECK(pass_on().problem().render(pretend_translate) == "第 4 行，night: missing");

    cramp::Result<void> plain = cramp::fail(std::string("sqlite: database is locked"));
    CHECK(plain.problem().is_verbatim());
    CHECK(plain.problem().render(pretend_translate) == "sqlite: database is locked");
}

// ---------------------------------------------------------------------------------------------
// The core's own messages: every validation problem is one template that names its field first
// (field_of), and the field's name and the values are verbatim.

TEST_CASE("validation messages are whole templates naming their field, with values verbatim", "[message][validate]") {
    using namespace cramp;
    const Instant now = date::sys_days{date::year{2026} / 3 / 3};
    struct Row {
        std::string name;
        std::function<std::vector<Message>()> check;
        std::string field, marked;
        std::vector<std::string> verbatim;
    };
    auto episode = [&](std::function<void(Episode&)> change) {
        return [=] {
            Episode e;
            e.onset = now - std::chrono::hours{1};
            change(e);
            return validate(e, now);
        };
    };
    auto settings = [](RuleSettings s) { return [=] { return validate(s); }; };
    auto profile = [](Profile p) { return [=] { return validate(p); }; };
    auto medicine = [](Medicine m) { return [=] { return validate(m); }; };
    const std::vector<Row> rows = {
        {"duration", episode([](Episode& e) { e.duration_s = 0; }), "duration_s", "<<duration_s: 0 is outside 1–3600 seconds>>",
         {"duration_s", "0", "1", "3600"}},
        {"intensity", episode([](Episode& e) { e.intensity = 11; }), "intensity", "<<intensity: 11 is outside 0–10>>",
         {"intensity", "11", "0", "10"}},
        {"site", episode([](Episode& e) { e.site = static_cast<Site>(17); }), "site", "<<site: unknown value>>", {"site"}},
        {"future", episode([&](Episode& e) { e.onset = now + std::chrono::minutes{61}; }), "onset",
         "<<onset: more than one hour in the future>>", {"onset"}},
        {"zone", episode([](Episode& e) { e.zone = "Asia/Atlantis"; }), "zone",
         "<<zone: 'Asia/Atlantis' is not a known IANA time zone>>", {"zone", "Asia/Atlantis"}},
        {"utf8", episode([](Episode& e) { e.note = "bad \xC3\x28"; }), "note", "<<note: not valid UTF-8 text>>", {"note"}},
        {"note", episode([](Episode& e) { e.note = std::string(2001, 'x'); }), "note", "<<note: 2001 characters, at most 2000>>",
         {"note", "2001", "2000"}},
        {"threshold", settings({20, 12, WeekStart::monday}), "threshold", "<<threshold: 20 is outside 1–14>>",
         {"threshold", "20", "1", "14"}},
        {"boundary", settings({3, 24, WeekStart::monday}), "day_boundary", "<<day_boundary: 24 is outside 0–23>>",
         {"day_boundary", "24", "0", "23"}},
        {"week start", settings({3, 12, static_cast<WeekStart>(5)}), "week_start", "<<week_start: unknown value>>", {"week_start"}},
        {"birth year", profile({"", 1850, {}}), "birth_year", "<<birth_year: 1850 is outside 1900–2100>>",
         {"birth_year", "1850", "1900", "2100"}},
        {"risk factor", profile({"", std::nullopt, {"gout"}}), "risk_factors", "<<risk_factors: 'gout' is not a known risk factor>>",
         {"risk_factors", "gout"}},
        {"name", profile({std::string(201, 'x'), std::nullopt, {}}), "name", "<<name: longer than 200 characters>>", {"name", "200"}},
        {"medicine name", medicine({0, "", "", {}, {}}), "name", "<<name: missing>>", {"name"}},
        {"medicine dose", medicine({0, "statin", std::string(2001, 'x'), {}, {}}), "dose", "<<dose: longer than 2000 characters>>",
         {"dose", "2000"}},
        {"medicine stop", medicine({0, "statin", "", parse_date("2026-03-02"), parse_date("2026-03-01")}), "stop",
         "<<stop: 2026-03-01 is before the start 2026-03-02>>", {"stop", "2026-03-01", "2026-03-02"}},
        {"side", [] { return std::vector<Message>{parse_field<Side>("up").problem()}; }, "side",
         "<<side: 'up' is not one of left, right, both>>", {"side", "up", "left, right, both"}},
        {"relief", [] { return std::vector<Message>{parse_set<Relief>("heat;ice").problem()}; }, "relief",
         "<<relief: 'ice' is not one of stretch, massage, heat, walk>>", {"relief", "ice", "stretch, massage, heat, walk"}},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        const auto errs = r.check();
        REQUIRE(errs.size() == 1);
        const Message& m = errs.front();
        CHECK(field_of(m) == r.field);
        CHECK(marked(m) == r.marked);
        CHECK(verbatim_pieces(m) == r.verbatim);
        CHECK(prose_pieces(m).empty());
        // English is the template filled in.
        CHECK("<<" + m.english() + ">>" == r.marked);
    }
}

TEST_CASE("field_of reads only a message that names its field first", "[message][validate]") {
    CHECK(cramp::field_of(Message(CRAMP_TEXT("Test", "%1: missing"), "woke")) == "woke");
    CHECK(cramp::field_of(Message(CRAMP_TEXT("Test", "line %1, %2"), 3, "x")).empty());
    CHECK(cramp::field_of(Message(CRAMP_TEXT("Test", "%1: %2"), Message(CRAMP_TEXT("Test", "nested")), "x")).empty());
    CHECK(cramp::field_of(Message::verbatim("woke: missing")).empty());
    CHECK(cramp::field_of(Message::lines({Message(CRAMP_TEXT("Test", "%1: missing"), "woke")})).empty());
}
