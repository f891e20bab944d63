// Messages are templates plus arguments: English is the template filled in, a translation is the
// translated template filled in with the same arguments, nested messages translate too.
#include <catch2/catch.hpp>

#include <map>

#include "message.hpp"
#include "result.hpp"

using cramp::Message;
using cramp::Text;

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
