// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as every Unix tool: output failures reported, read-only commands that write
// nothing and create nothing, - for stdin and stdout, -- ending options, unknown options refused
// (the window's too), the zone from TZ, notes escaped for the terminal, a DST gap warned about.
#include "cli_fixtures.hpp"
#include "diary.hpp"
#include "tempdir.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>


using cramp::test::ProcessResult;
using cramp::test::run_process;

namespace {
const auto& kEnv = cramp::test::kCliEnv;
using cramp::test::crampdiary;

// A shell script run with $1… set to `args` (and crampdiary's environment), for redirections.
ProcessResult shell(const std::string& script, std::vector<std::string> args) {
    args.insert(args.begin(), {"-c", script, "sh"});
    return run_process("/bin/sh", args, kEnv);
}

// The same in a mount namespace of its own, where a test may mount a small or read-only tmpfs
// without being root. Empty when this machine allows no user namespaces (the test then says so).
std::optional<ProcessResult> in_own_mounts(const std::string& script, std::vector<std::string> args) {
    if (run_process("/usr/bin/unshare", {"-rm", "true"}).exit_code != 0) return std::nullopt;
    args.insert(args.begin(), {"-rm", "/bin/sh", "-c", script, "sh"});
    return run_process("/usr/bin/unshare", args, kEnv);
}

void make_demo(const std::filesystem::path& db) {
    REQUIRE(crampdiary(db, {"demo", "--nights", "60", "--episodes", "150", "--seed", "7"}).exit_code == 0);
}
}  // namespace

TEST_CASE("output to a full disk fails with the system's reason", "[cli][output]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_demo(db);
    auto args = GENERATE(std::vector<std::string>{"list"}, std::vector<std::string>{"export"},
                         std::vector<std::string>{"export", "--format", "json", "-o", "-"},
                         std::vector<std::string>{"stats", "--json"});
    CAPTURE(args);
    args.insert(args.begin(), {CRAMPDIARY_EXE, "--db", db.string()});
    auto r = shell("exec \"$@\" > /dev/full", args);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("crampdiary: cannot write the output: No space left on device") != std::string::npos);
}

TEST_CASE("export -o - writes to stdout, and import - reads stdin", "[cli][dash]") {
    cramp::test::TempDir dir;
    auto a = dir / "a.sqlite", b = dir / "b.sqlite";
    make_demo(a);
    auto plain = crampdiary(a, {"export"});
    auto dash = crampdiary(a, {"export", "-o", "-"});
    REQUIRE(dash.exit_code == 0);
    CHECK(dash.out == plain.out);
    CHECK_FALSE(std::filesystem::exists("-"));
    auto imported = crampdiary(b, {"import", "-"}, dash.out);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out.starts_with("added 150 episodes"));
    CHECK(crampdiary(b, {"export"}).out == plain.out);

    auto pdf = crampdiary(a, {"report", "-o", "-"});
    REQUIRE(pdf.exit_code == 0);
    CHECK(pdf.out.starts_with("%PDF-"));
}

TEST_CASE("the options end at --, so an operand may start with a dash", "[cli][dash]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_demo(db);
    auto r = shell("cd \"$1\" && shift && exec \"$@\"",
                   {dir.path().string(), CRAMPDIARY_EXE, "--db", db.string(), "backup", "--", "-copy.sqlite"});
    REQUIRE(r.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "-copy.sqlite"));
    auto without = shell("cd \"$1\" && shift && exec \"$@\"",
                         {dir.path().string(), CRAMPDIARY_EXE, "--db", db.string(), "backup", "-other.sqlite"});
    CHECK(without.exit_code == 2);
    CHECK(without.err.find("unknown option -other.sqlite") != std::string::npos);
}

TEST_CASE("unknown options are refused before anything is opened, the window's too", "[cli][options]") {
    auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"--bogus"}, "crampdiary: unknown option --bogus"},
        {{"-x"}, "crampdiary: unknown option -x"},
        {{"--exit-after-first-frame", "--bogus=1"}, "unknown option --bogus=1"},
        {{"--dbx", "other.sqlite"}, "crampdiary: unknown option --dbx"},
        {{"list", "--bogus"}, "crampdiary list: unknown option --bogus"},
        {{"list", "-x"}, "crampdiary list: unknown option -x"},
        {{"--bogus", "list"}, "crampdiary: unknown option --bogus"},
    }));
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto env = kEnv;
    env.push_back("QT_QPA_PLATFORM=offscreen");
    args.insert(args.begin(), {"--db", (dir / "diary.sqlite").string()});
    auto r = run_process(CRAMPDIARY_EXE, args, env);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "diary.sqlite"));  // no window opened the diary
}

TEST_CASE("Qt's own options still reach the window", "[cli][options]") {
    cramp::test::TempDir dir;
    auto env = kEnv;
    env.push_back("QT_QPA_PLATFORM=offscreen");
    auto r = run_process(CRAMPDIARY_EXE,
                         {"--db", (dir / "diary.sqlite").string(), "-platform", "offscreen", "--style=Basic",
                          "-qmljsdebugger=port:3768,block", "--exit-after-first-frame"},
                         env);
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("first-frame "));
}

TEST_CASE("read-only commands on a missing diary say so and create nothing", "[cli][read-only]") {
    auto args = GENERATE(std::vector<std::string>{"list"}, std::vector<std::string>{"stats"},
                         std::vector<std::string>{"export"}, std::vector<std::string>{"check"},
                         std::vector<std::string>{"backup"}, std::vector<std::string>{"profile"},
                         std::vector<std::string>{"report", "-o", "r.pdf"});
    CAPTURE(args);
    cramp::test::TempDir dir;
    auto db = dir / "mistyped" / "diary.sqlite";
    auto r = crampdiary(db, args);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "crampdiary: no diary at '" + db.string() + "'\n");
    CHECK(r.out.empty());
    CHECK_FALSE(std::filesystem::exists(dir / "mistyped"));
}

TEST_CASE("read-only commands work on a diary readable by no one but its owner", "[cli][read-only]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_demo(db);
    ::chmod(db.c_str(), 0400);
    for (auto args : {std::vector<std::string>{"list"}, {"stats", "--json"}, {"export"}, {"check"}}) {
        CAPTURE(args);
        auto r = crampdiary(db, args);
        CHECK(r.exit_code == 0);
        CHECK_FALSE(r.out.empty());
    }
}

TEST_CASE("read-only commands work in a read-only folder and write nothing there", "[cli][read-only]") {
    cramp::test::TempDir dir;
    make_demo(dir / "diary.sqlite");
    const std::string expected = crampdiary(dir / "diary.sqlite", {"export"}).out;
    // A read-only tmpfs holding a copy of the diary, with no -wal or -shm beside it.
    auto r = in_own_mounts(R"(
        mkdir "$1/ro" && mount -t tmpfs tmpfs "$1/ro" && cp "$1/diary.sqlite" "$1/ro/" && mount -o remount,ro "$1/ro" || exit 99
        for cmd in list check "stats --json"; do "$2" --db "$1/ro/diary.sqlite" $cmd > /dev/null || echo "failed: $cmd"; done
        "$2" --db "$1/ro/diary.sqlite" backup "$1/copy.sqlite" > /dev/null || echo "failed: backup"
        "$2" --db "$1/ro/diary.sqlite" log --ago 5 && echo "log wrote to a read-only folder"
        "$2" --db "$1/ro/diary.sqlite" export; ls -A "$1/ro" >&2)",
                           {dir.path().string(), CRAMPDIARY_EXE});
    if (!r) {
        WARN("no user namespaces here: the read-only folder is not tested");
        return;
    }
    CHECK(r->exit_code == 0);
    CHECK(r->out == expected);
    CHECK(r->err.find("failed:") == std::string::npos);
    CHECK(r->err.find("damaged") == std::string::npos);
    CHECK(r->err.find("read-only") != std::string::npos);  // the refused log says why
    CHECK(r->err.ends_with("diary.sqlite\n"));              // nothing beside the diary
    CHECK(std::filesystem::exists(dir / "copy.sqlite"));
}

TEST_CASE("a failed -o on a full disk keeps the earlier file and leaves no other", "[cli][output]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    make_demo(db);
    auto args = GENERATE(std::vector<std::string>{"export"}, std::vector<std::string>{"export", "--format", "fhir"},
                         std::vector<std::string>{"report"});
    CAPTURE(args);
    // A 16 KiB tmpfs holding the earlier file: the new one does not fit.
    std::string command;
    for (const auto& a : args) command += " " + a;
    auto r = in_own_mounts(R"(
        mkdir "$1/small" && mount -t tmpfs -o size=16k tmpfs "$1/small" || exit 99
        printf 'the earlier file' > "$1/small/out"
        "$2" --db "$3" $4 -o "$1/small/out"; echo "exit $?"
        cat "$1/small/out"; echo; ls -A "$1/small")",
                           {dir.path().string(), CRAMPDIARY_EXE, db.string(), command});
    if (!r) {
        WARN("no user namespaces here: the full disk is not tested");
        return;
    }
    CHECK(r->out == "exit 1\nthe earlier file\nout\n");
    CHECK(r->err.find("No space left on device") != std::string::npos);
    CHECK(r->err.find("wrote") == std::string::npos);
}

TEST_CASE("a read-only command on a full disk says no space, not damaged", "[cli][read-only]") {
    cramp::test::TempDir dir;
    make_demo(dir / "diary.sqlite");
    // The reader's -shm beside the diary cannot grow on a full tmpfs.
    auto r = in_own_mounts(R"(
        mkdir "$1/full" && mount -t tmpfs -o size=512k tmpfs "$1/full" && cp "$1/diary.sqlite" "$1/full/" || exit 99
        cat /dev/zero > "$1/full/filler" 2> /dev/null
        "$2" --db "$1/full/diary.sqlite" list > /dev/null; echo "exit $?")",
                           {dir.path().string(), CRAMPDIARY_EXE});
    if (!r) {
        WARN("no user namespaces here: the full disk is not tested");
        return;
    }
    CHECK(r->out == "exit 1\n");
    CHECK(r->err.find("no space left on the disk of '" + (dir / "full" / "diary.sqlite").string() + "'") != std::string::npos);
    CHECK(r->err.find("damaged") == std::string::npos);
}

TEST_CASE("the zone comes from CRAMPDIARY_ZONE, then TZ, then the system", "[cli][zone]") {
    auto [vars, zone] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"TZ=Europe/Berlin"}, "Europe/Berlin"},
        {{"TZ=:America/New_York"}, "America/New_York"},
        {{"TZ=/usr/share/zoneinfo/Asia/Tokyo"}, "Asia/Tokyo"},
        {{"TZ=Europe/Berlin", "CRAMPDIARY_ZONE=Asia/Shanghai"}, "Asia/Shanghai"},
    }));
    CAPTURE(vars);
    cramp::test::TempDir dir;
    std::vector<std::string> args{"-u", "TZ", "-u", "CRAMPDIARY_ZONE"};
    args.insert(args.end(), vars.begin(), vars.end());
    args.insert(args.end(), {CRAMPDIARY_EXE, "--db", (dir / "diary.sqlite").string(), "log"});
    auto r = run_process("/usr/bin/env", args, {"CRAMPDIARY_NOW=2026-03-03T03:10:00+08:00"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find(" " + zone + "  ") != std::string::npos);
}

TEST_CASE("list shows control and bidi characters in notes escaped", "[cli][list]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    const std::string note = "a\x1b[31mred\x7f\xc2\x9b \xe2\x80\xaegnp.exe\xe2\x81\xa6 tab\there\\ 抽筋";
    REQUIRE(crampdiary(db, {"log", "--note", note}).exit_code == 0);
    auto r = crampdiary(db, {"list"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find(R"("a\x1b[31mred\x7f\u009b \u202egnp.exe\u2066 tab\x09here\\ 抽筋")") != std::string::npos);
}

TEST_CASE("an onset in a DST gap is logged with a warning saying which time was stored", "[cli][log]") {
    cramp::test::TempDir dir;
    auto db = dir / "diary.sqlite";
    auto r = crampdiary(db, {"log", "--zone", "Europe/Berlin", "--onset", "2025-03-30T02:30"});
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "crampdiary log: warning: onset: 2025-03-30T02:30 does not exist in Europe/Berlin (the clocks went forward); "
          "stored 2025-03-30T03:00:00+02:00\n");
    CHECK(r.out.find("2025-03-30T03:00:00+02:00 Europe/Berlin") != std::string::npos);
    auto fine = crampdiary(db, {"log", "--zone", "Europe/Berlin", "--onset", "2025-10-26T02:30"});  // an overlap
    CHECK(fine.exit_code == 0);
    CHECK(fine.err.empty());
}

TEST_CASE("the import summary counts cramp-free nights that an imported cramp replaced", "[cli][import]") {
    cramp::test::TempDir dir;
    auto a = dir / "a.sqlite", b = dir / "b.sqlite";
    REQUIRE(crampdiary(a, {"log", "--onset", "2026-03-01T02:00"}).exit_code == 0);  // night of 28 February
    REQUIRE(crampdiary(b, {"checkin", "--night", "2026-02-28"}).exit_code == 0);
    REQUIRE(crampdiary(b, {"checkin", "--night", "2026-02-27"}).exit_code == 0);
    auto r = crampdiary(b, {"import", "-"}, crampdiary(a, {"export"}).out);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("; the cramps added replace 1 cramp-free night mark\n") != std::string::npos);
}
