// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export and import: a demo diary round-trips byte for byte; a bad file names every problem by
// line and column and changes nothing; BOM, CRLF, quoted commas and line breaks, Chinese are read.
#include "csv.hpp"
#include "demo.hpp"
#include "io_fixtures.hpp"
#include "isotime.hpp"
#include "messages.hpp"
#include "night.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include <fstream>

using namespace cramp;
using test::fill_demo;
using test::kNow;
using test::open_at;
using test::open_with_one_cramp;

namespace {

const std::string kHeader =
    "kind,night,onset,zone,duration_s,site,side,intensity,posture,numbness,weakness,radiating,tingling_symmetric,woke,relief,note\r\n";

}  // namespace

TEST_CASE("a demo diary exported to CSV and imported into an empty diary exports byte-identical", "[io][csv]") {
    test::TempDir dir;
    auto a = open_at(dir / "a.sqlite");
    fill_demo(a, 730, 11);
    // Notes that need quoting, and one that a spreadsheet would take for a formula.
    Episode e;
    e.zone = "Europe/Berlin";
    e.onset = kNow - std::chrono::hours{30};
    e.note = "左小腿, \"很疼\"\nsecond line 😖";
    REQUIRE(a.add_episode(e).ok());
    e.onset -= std::chrono::hours{1};
    e.note = "=SUM(A1:A9)";
    REQUIRE(a.add_episode(e).ok());
    const auto first = export_csv(a);

    auto b = open_at(dir / "b.sqlite");
    auto plan = plan_import(b, first);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    auto summary = commit_import(b, *plan);
    REQUIRE(summary.ok());
    CHECK(summary->added_episodes == a.episode_count());
    CHECK(export_csv(b) == first);
    CHECK(export_csv(b).find("\"左小腿, \"\"很疼\"\"\nsecond line 😖\"") != std::string::npos);

    // Again: everything is already there.
    auto again = plan_import(b, first);
    REQUIRE(again.ok());
    CHECK(again->episodes == 0);
    CHECK(again->skipped_episodes == summary->added_episodes);
    CHECK(again->skipped_cramp_free_nights == summary->added_cramp_free_nights);
}

TEST_CASE("a bad file lists every problem with line and column, and the diary is unchanged", "[io][csv][errors]") {
    auto [body, expected] = GENERATE(table<std::string, std::string>({
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,11,lying,none,,no,no,yes,,\r\n",
         "line 2, intensity: 11 is outside 0–10"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,0,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, duration_s: 0 is outside 1–3600 seconds"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,knee,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, site: 'knee' is not one of"},
        {"episode,2026-03-03,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, night: 2026-03-03 differs from 2026-03-02, the night of its onset in Asia/Shanghai"},
        {"episode,2026-02-30,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, night: '2026-02-30' is not a date"},
        {"episode,2026-03-02,2026-03-03 2:30,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, onset: '2026-03-03 2:30' is not a time"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Atlantis,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, zone: 'Asia/Atlantis' is not a known IANA time zone"},
        {"episode,2026-11-25,2026-11-25T12:00:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, onset: more than one hour in the future"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,maybe,no,yes,,\r\n",
         "line 2, radiating: 'maybe' is not yes or no"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying\r\n", "line 2, columns: 9, expected 16"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\"open\r\n",
         "line 2: a quoted field is not closed"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,bad \xC3\x28\r\n",
         "line 2: the text is not UTF-8"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,," +
             std::string(2001, 'x') + "\r\n",
         "line 2, note: 2001 characters, at most 2000"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\"two\nlines\"\r\n"
         "episode,2026-03-02,2026-03-03T02:40:00+08:00,Asia/Shanghai,60,calf,left,12,lying,none,,no,no,yes,,\r\n",
         "line 4, intensity: 12 is outside 0–10"},
        {"cramp_free_night,2026-03-02,,,,,,,,,,,,,,\r\n"
         "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "line 2, night: 2026-03-02 is marked cramp-free, but line 3 logs a cramp that night"},
        {"mystery,2026-03-02,,,,,,,,,,,,,,\r\n", "line 2, kind: 'mystery' is not episode or cramp_free_night"},
    }));
    test::TempDir dir;
    auto d = open_with_one_cramp(dir / "d.sqlite");
    const auto before = export_csv(d);

    // A good row first: it must not be imported either.
    const std::string good = "episode,2026-03-09,2026-03-10T01:00:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,ok\r\n";
    auto plan = plan_import(d, kHeader + body + good);
    REQUIRE_FALSE(plan.ok());
    CAPTURE(plan.error());
    CHECK(plan.error().find(expected) != std::string::npos);
    CHECK(export_csv(d) == before);
}

TEST_CASE("the wrong header is refused", "[io][csv][errors]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, "night,onset\r\n2026-03-02,2026-03-03T02:30:00+08:00\r\n");
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().find("line 1: the header is 'night,onset'") != std::string::npos);
    CHECK_FALSE(plan_import(d, "").ok());
}

TEST_CASE("a BOM, LF or CRLF line ends, quoted commas and line breaks and Chinese are accepted", "[io][csv]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    std::string header = kHeader;
    header.erase(header.size() - 2, 1);  // LF header, CRLF rows
    const std::string text = "\xEF\xBB\xBF" + header +
                             "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,"
                             "\"小腿抽筋, 很疼\r\n第二行\"\r\n"
                             "episode,2026-03-02,2026-03-02T19:30:00+01:00,Asia/Shanghai,60,foot,both,5,bending,during,stairs,yes,no,yes,massage;walk,\r\n"
                             "cramp_free_night,2026-03-05,,,,,,,,,,,,,,";
    auto plan = plan_import(d, text);
    INFO((plan.ok() ? std::string() : plan.error()));
    REQUIRE(plan.ok());
    REQUIRE(commit_import(d, *plan).ok());
    auto eps = d.episodes();
    REQUIRE(eps.size() == 2);
    CHECK(eps.back().note == "小腿抽筋, 很疼\r\n第二行");
    // An offset other than the zone's: the instant wins, export writes the zone's own offset.
    CHECK(format_iso_local(eps.front().onset, eps.front().zone) == "2026-03-03T02:30:00+08:00");
    CHECK(d.cramp_free_nights().size() == 1);
}

TEST_CASE("export and import from the command line", "[io][csv][cli]") {
    test::TempDir dir;
    const std::vector<std::string> env{"CRAMPDIARY_NOW=2026-11-25T08:00:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};
    auto run = [&](std::vector<std::string> args) { return test::run_process(CRAMPDIARY_EXE, args, env); };
    REQUIRE(run({"--db", (dir / "a.sqlite").string(), "demo", "--nights", "90"}).exit_code == 0);
    REQUIRE(run({"--db", (dir / "a.sqlite").string(), "export", "-o", (dir / "a.csv").string()}).exit_code == 0);
    // Health data: the exported file is its owner's only.
    CHECK(std::filesystem::status(dir / "a.csv").permissions() == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    auto imported = run({"--db", (dir / "b.sqlite").string(), "import", (dir / "a.csv").string()});
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("added ") == 0);
    auto out = run({"--db", (dir / "b.sqlite").string(), "export"});
    std::ifstream in(dir / "a.csv", std::ios::binary);
    std::string file((std::istreambuf_iterator<char>(in)), {});
    CHECK(out.out == file);
    auto bom = run({"--db", (dir / "b.sqlite").string(), "export", "--bom"});
    CHECK(bom.out == "\xEF\xBB\xBF" + file);

    std::ofstream(dir / "bad.csv") << kHeader << "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,11,lying,none,,no,no,yes,,\r\n";
    auto bad = run({"--db", (dir / "b.sqlite").string(), "import", (dir / "bad.csv").string()});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("nothing changed") != std::string::npos);
    CHECK(bad.err.find("line 2, intensity: 11 is outside 0–10") != std::string::npos);
    CHECK(run({"--db", (dir / "b.sqlite").string(), "export"}).out == file);
}

TEST_CASE("every CSV problem stays translatable through each layer, with the file's values verbatim", "[io][csv][errors][message]") {
    // Each template of the chain is marked << >> by the pretend translator: the place ("line %1, %2"),
    // the field's message, and a place named inside it.
    auto [body, expected] = GENERATE(table<std::string, std::string>({
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,11,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<intensity: 11 is outside 0–10>>>>"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,x,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<intensity: 'x' is not a whole number>>>>"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,knee,left,5,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<site: 'knee' is not one of calf, foot, thigh_back, thigh_front, thigh_side, other>>>>"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,maybe,no,yes,,\r\n",
         "<<line 2, <<radiating: 'maybe' is not yes or no>>>>"},
        {"episode,2026-03-02,2026-03-03 2:30,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<onset: '2026-03-03 2:30' is not a time like 2026-03-03T02:30:00+08:00>>>>"},
        {"episode,2026-03-03,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<night: 2026-03-03 differs from 2026-03-02, the night of its onset in Asia/Shanghai>>>>"},
        {"episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying\r\n", "<<line 2, <<columns: 9, expected 16>>>>"},
        {"cramp_free_night,2026-03-02,,,,,,,,,,,,,x,\r\n", "<<line 2, <<relief: must be empty for a cramp-free night>>>>"},
        {"mystery,2026-03-02,,,,,,,,,,,,,,\r\n", "<<line 2, <<kind: 'mystery' is not episode or cramp_free_night>>>>"},
        {"cramp_free_night,2026-03-02,,,,,,,,,,,,,,\r\n"
         "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,\r\n",
         "<<line 2, <<night: 2026-03-02 is marked cramp-free, but <<line 3>> logs a cramp that night>>>>"},
        {"cramp_free_night,2026-03-02,,,,,,,,,,,,,,\r\ncramp_free_night,2026-03-02,,,,,,,,,,,,,,\r\n",
         "<<line 3, <<night: 2026-03-02 is a cramp-free night already in <<line 2>>>>>>"},
        // The diary's own cramp (open_with_one_cramp) is on the night of 22 November.
        {"cramp_free_night,2026-11-22,,,,,,,,,,,,,,\r\n",
         "<<line 2, <<night: 2026-11-22 is marked cramp-free, but the diary has a cramp that night>>>>"},
        // The file cannot be read as CSV at all: one template, no list.
        {"episode,\"open\r\n", "<<line 2: a quoted field is not closed>>"},
    }));
    CAPTURE(body);
    test::TempDir dir;
    auto d = open_with_one_cramp(dir / "d.sqlite");

    auto plan = plan_import(d, kHeader + body);
    REQUIRE_FALSE(plan.ok());
    const Message& m = plan.problem();
    const std::string shown = test::marked(m);
    CAPTURE(shown);
    if (m.is_lines()) {
        // One message a problem, each a line of its own.
        REQUIRE(m.args().size() == 1);
        CHECK(test::marked(m.args()[0]) == expected);
    } else {
        CHECK(shown == expected);
    }
    // The same text in English, without the marks.
    CHECK(test::unmarked(shown) == plan.error());
    CHECK(test::prose_pieces(m).empty());
}

TEST_CASE("several CSV problems are one translatable line each, and English is the same lines", "[io][csv][errors][message]") {
    test::TempDir dir;
    auto d = open_at(dir / "d.sqlite");
    auto plan = plan_import(d, kHeader +
                                   "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,0,calf,left,11,lying,none,,no,no,yes,,\r\n"
                                   "episode,2026-03-02,2026-03-03T02:40:00+08:00,Asia/Shanghai,60,calf,up,5,lying,none,,no,no,yes,,\r\n");
    REQUIRE_FALSE(plan.ok());
    REQUIRE(plan.problem().is_lines());
    CHECK(test::marked(plan.problem()) ==
          "<<line 2, <<duration_s: 0 is outside 1–3600 seconds>>>>\n"
          "<<line 2, <<intensity: 11 is outside 0–10>>>>\n"
          "<<line 3, <<side: 'up' is not one of left, right, both>>>>");
    CHECK(plan.error() ==
          "line 2, duration_s: 0 is outside 1–3600 seconds\n"
          "line 2, intensity: 11 is outside 0–10\n"
          "line 3, side: 'up' is not one of left, right, both");
    CHECK(test::verbatim_pieces(plan.problem().args()[2]) == std::vector<std::string>{"3", "side", "up", "left, right, both"});
}
