// SPDX-License-Identifier: GPL-3.0-or-later
// Imports of hostile and odd files: the problem list stops at 100 by line and says how many more,
// echoed values are cut to short excerpts, a JSON file with a comment or in UTF-16/32 gets its own
// message, the spreadsheet export neutralises formulas and its import restores them, a file that
// changes between the check and the writing is refused, and a JSON file's settings count wherever
// they stand in it.
#include "csv.hpp"
#include "io_fixtures.hpp"
#include "isotime.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cramp;
using test::kNow;
using test::open_at;

namespace {

const std::string kHeader = csv::header_row();

std::string row(const std::string& note, const std::string& zone = "Asia/Shanghai", const std::string& site = "calf") {
    return "episode,2026-03-02,2026-03-03T02:30:00+08:00," + zone + ",60," + site + ",left,5,lying,none,,no,no,yes,," +
           csv::field(note) + ",\r\n";
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("the problem list shows the first 100 problems by line, then how many more", "[io][import][limits]") {
    auto [junk, last] = GENERATE(table<int, std::string>({
        {1, "line 2, columns: 1, expected 17"},
        {100, "line 101, columns: 1, expected 17"},
        {101, "… and 1 more"},
        {350, "… and 250 more"},
        {1334, "… and 1,234 more"},
    }));
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, kHeader + repeat("a\r\n", junk));
    REQUIRE_FALSE(plan.ok());
    const auto lines = lines_of(plan.error());
    CHECK(lines.size() == static_cast<std::size_t>(std::min(junk, 100) + (junk > 100)));
    CHECK(lines.front() == "line 2, columns: 1, expected 17");
    CHECK(lines.back() == last);
    if (junk >= 100) CHECK(lines[99] == "line 101, columns: 1, expected 17");
}

TEST_CASE("a problem found after the first 100 still comes first when its line does", "[io][import][limits]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    // Line 2 is marked cramp-free; the cramp that contradicts it is on line 153, after 150 bad lines.
    const std::string text = kHeader + "cramp_free_night,2026-03-02,,,,,,,,,,,,,,,\r\n" + repeat("a\r\n", 150) + row("");
    auto plan = plan_import(d, text);
    REQUIRE_FALSE(plan.ok());
    const auto lines = lines_of(plan.error());
    REQUIRE(lines.size() == 101);
    CHECK(lines[0] == "line 2, night: 2026-03-02 is marked cramp-free, but line 153 logs a cramp that night");
    CHECK(lines[1] == "line 3, columns: 1, expected 17");
    CHECK(lines[99] == "line 101, columns: 1, expected 17");
    CHECK(lines[100] == "… and 51 more");
}

TEST_CASE("a value echoed from a file is cut to a short excerpt", "[io][import][limits]") {
    const std::string x60(60, 'x');
    auto [text, shown] = GENERATE_COPY(table<std::string, std::string>({
        // A header of junk, and a file of brackets (JSON, and no export).
        {std::string(100000, 'x') + "\r\n", "line 1: the header is '" + x60 + "…', expected"},
        {std::string(200000, '['), "line 1: this is not a Cramp Diary export"},
        {kHeader + row("", std::string(5000, 'x')), "line 2, zone: '" + x60 + "…' is not a known IANA time zone"},
        {kHeader + row("", "Asia/Shanghai", std::string(5000, 'x')), "line 2, site: '" + x60 + "…' is not one of calf"},
        // Control characters are written as escapes, not sent to a terminal.
        {kHeader + row("", "Asia/Shanghai", "\x1b[31mred"), "line 2, site: '\\x1B[31mred' is not one of"},
        {"{\"format\": \"crampdiary\", \"version\": 1, \"" + std::string(70000, 'k') + "\": 1}",
         "line 1, column 40: a string longer than 65536 bytes"},
        {"{\"format\": \"crampdiary\", \"version\": 1, \"" + std::string(3000, 'k') + "\": 1}",
         "line 1, " + std::string(60, 'k') + "…: not a field of a Cramp Diary export"},
        {"{\"format\": \"crampdiary\", \"version\": " + std::string(3000, '7') + "}",
         "line 1, version: " + std::string(60, '7') + "… is not a version this program reads"},
    }));
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, text);
    REQUIRE_FALSE(plan.ok());
    CAPTURE(plan.error().substr(0, 400));
    CHECK(plan.error().find(shown) != std::string::npos);
    CHECK(plan.error().size() < 600);
}

TEST_CASE("a JSON file with a comment, and a file in UTF-16 or UTF-32, are named as such", "[io][import][detect]") {
    using namespace std::string_literals;
    auto [text, shown] = GENERATE(table<std::string, std::string>({
        {"// my diary\n{\"format\": \"crampdiary\"}", "line 1, column 1: a comment, which JSON does not allow; expected a value"},
        {"\xEF\xBB\xBF  /* my diary */ {}", "a comment, which JSON does not allow"},
        {"{\n  \"format\": \"crampdiary\", // mine\n}", "line 2, column 27: a comment, which JSON does not allow"},
        {"\xFF\xFE{\0\"\0}\0"s, "the file is in UTF-16, not UTF-8: save it as UTF-8 and import it again"},
        {"\0k\0i\0n\0d\0,"s, "the file is in UTF-16, not UTF-8"},
        {"k\0i\0n\0d\0,\0"s, "the file is in UTF-16, not UTF-8"},
        {"\xFF\xFE\0\0{\0\0\0"s, "the file is in UTF-32, not UTF-8"},
        {"\0\0\0{"s, "the file is in UTF-32, not UTF-8"},
        {"[0, 0, 0]", "line 1: this is not a Cramp Diary export"},
    }));
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, text);
    REQUIRE_FALSE(plan.ok());
    CAPTURE(plan.error());
    CHECK(plan.error().find(shown) != std::string::npos);
}

TEST_CASE("the spreadsheet mode guards cells a spreadsheet would run, and reading undoes it", "[io][csv][spreadsheet]") {
    auto [cell, guarded] = GENERATE(table<std::string, std::string>({
        {"=SUM(A1:A9)", "'=SUM(A1:A9)"},
        {"+1", "'+1"},
        {"-1", "'-1"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"\rx", "'\rx"},
        {"'quoted", "''quoted"},
        {"''", "'''"},
        {"'", "''"},
        {"plain", "plain"},
        {"a=b", "a=b"},
        {"", ""},
        {"小腿", "小腿"},
    }));
    CHECK(csv::guard_cell(cell) == guarded);
    std::string back = guarded;
    csv::unguard_cell(back);
    CHECK(back == cell);
}

TEST_CASE("notes that begin like formulas survive both exports and their imports", "[io][csv][spreadsheet]") {
    test::TempDir dir;
    auto a = open_at(dir / "a.sqlite");
    const std::vector<std::string> notes{"=SUM(A1:A9)", "+1", "-1", "@cmd", "\tx", "\r\nx", "'quoted", "''", "'=1", "plain"};
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = kNow - std::chrono::hours{100};
    for (const auto& n : notes) {
        e.note = n;
        e.onset += std::chrono::minutes{1};
        REQUIRE(a.add_episode(e).ok());
    }
    ExportOptions sheet;
    sheet.bom = true;
    const std::string plain = export_csv(a), spreadsheet = export_csv(a, sheet);
    CHECK(spreadsheet.starts_with("\xEF\xBB\xBF"));
    CHECK(plain.find(",=SUM(A1:A9),\r\n") != std::string::npos);
    CHECK(spreadsheet.find(",'=SUM(A1:A9),\r\n") != std::string::npos);
    CHECK(spreadsheet.find(",'@cmd,\r\n") != std::string::npos);
    CHECK(spreadsheet.find(",\"'\r\nx\",\r\n") != std::string::npos);
    CHECK(spreadsheet.find(",''=1,\r\n") != std::string::npos);
    CHECK(plain.find(",'=1,\r\n") != std::string::npos);

    for (const auto& [name, text] : {std::pair{"plain", plain}, std::pair{"spreadsheet", spreadsheet}}) {
        INFO(name);
        auto b = open_at(dir / (std::string(name) + ".sqlite"));
        auto plan = plan_import(b, text);
        INFO((plan.ok() ? std::string() : plan.error()));
        REQUIRE(plan.ok());
        REQUIRE(commit_import(b, *plan).ok());
        // The same notes, and the same bytes from either export again.
        std::vector<std::string> back;
        for (const auto& x : b.episodes()) back.push_back(x.note);
        std::reverse(back.begin(), back.end());
        CHECK(back == notes);
        CHECK(export_csv(b) == plain);
        CHECK(export_csv(b, sheet) == spreadsheet);
    }
}

TEST_CASE("a file that changes between the check and the writing is not imported", "[io][import]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    const auto path = dir / "in.csv";
    std::ofstream(path, std::ios::binary) << kHeader << row("first");
    auto plan = plan_import(d, ImportFile::path(path.string()));
    REQUIRE(plan.ok());
    CHECK(plan->episodes == 1);
    std::ofstream(path, std::ios::binary | std::ios::app) << row("second");
    auto done = commit_import(d, *plan);
    REQUIRE_FALSE(done.ok());
    CHECK(done.error() == "nothing was imported: the file changed after it was checked");
    CHECK(d.episode_count() == 0);
}

TEST_CASE("a JSON file's settings count for its records wherever they stand in it", "[io][json][settings]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    // 08:00 on the 3rd is the night of the 3rd with a 06:00 boundary (the file's), of the 2nd with 12:00.
    const std::string text = R"({"format": "crampdiary", "version": 1,
"episodes": [{"night": "2026-03-03", "onset": "2026-03-03T08:00:00+08:00", "zone": "Asia/Shanghai", "duration_s": 60,
 "site": "calf", "side": "left", "intensity": 5, "posture": "lying", "numbness": "none", "weakness": [],
 "radiating": false, "tingling_symmetric": false, "woke": true, "relief": [], "note": ""}],
"cramp_free_nights": [{"night": "2026-03-02"}],
"settings": {"threshold": 3, "day_boundary": 6, "week_start": "monday"},
"profile": {"name": "", "birth_year": null, "risk_factors": [], "medicines": ""}})";
    auto plan = plan_import(d, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    REQUIRE(plan->settings);
    REQUIRE(commit_import(d, *plan).ok());
    CHECK(d.rule_settings().day_boundary == 6);
    CHECK(d.episodes(NightRange{*parse_date("2026-03-03"), *parse_date("2026-03-03")}).size() == 1);
    CHECK(d.cramp_free_nights().size() == 1);
}

TEST_CASE("the summary counts the cramp-free marks that imported cramps replace", "[io][import]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    REQUIRE(d.add_cramp_free_night(*parse_date("2026-03-02")).ok());
    REQUIRE(d.add_cramp_free_night(*parse_date("2026-03-04")).ok());
    // Two cramps on the night of the 2nd: one mark replaced.
    std::string second = row("again");
    second.replace(second.find("02:30"), 5, "03:30");
    auto plan = plan_import(d, kHeader + row("") + second);
    REQUIRE(plan.ok());
    CHECK(plan->replaced_cramp_free_nights == 1);
    auto done = commit_import(d, *plan);
    REQUIRE(done.ok());
    CHECK(done->replaced_cramp_free_nights == 1);
    CHECK(describe(*done).ends_with("; the cramps added replace 1 cramp-free night mark"));
    CHECK(d.cramp_free_nights().size() == 1);
}

TEST_CASE("a stream read once (standard input) is copied aside and read twice from the copy", "[io][import]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    std::istringstream in(kHeader + row("from a pipe"));
    auto file = ImportFile::spooled(in);
    REQUIRE(file.ok());
    auto plan = plan_import(d, *file);
    REQUIRE(plan.ok());
    CHECK(plan->episodes == 1);
    REQUIRE(commit_import(d, *plan).ok());
    REQUIRE(d.episode_count() == 1);
    CHECK(d.episodes().front().note == "from a pipe");
}
