// SPDX-License-Identifier: GPL-3.0-or-later
// A file that is not a sound diary of a version we know gets a clear error naming the file and the
// problem, and is left byte for byte as it was.
#include "diary.hpp"
#include "messages.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <future>
#include <sstream>

namespace fs = std::filesystem;
using namespace cramp;

namespace {

std::string bytes_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_bytes(const fs::path& p, const std::string& b) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << b;
}

// A real diary with enough episodes to span many pages, closed (checkpointed) so it is one file.
void make_diary(const fs::path& p, int episodes) {
    const Instant now = date::sys_days{date::year{2026} / 3 / 3};
    auto d = Diary::open(p, [now] { return now; });
    REQUIRE(d.ok());
    REQUIRE(d->transaction([&]() -> Result<void> {
        for (int i = 0; i < episodes; ++i) {
            Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = now - std::chrono::hours{7 * i + 1};
            e.note = "长备注 " + std::string(200, 'n') + std::to_string(i);
            if (auto r = d->add_episode(e); !r) return r.failure();
        }
        return {};
    }).ok());
}

void raw_sql(const fs::path& p, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

// Puts at `path` a file (or folder) that cannot be opened as a diary, of the given kind:
// zero-length, text, foreign (another program's SQLite database), newer (a later schema), damaged
// (whole pages overwritten), folder.
void make_unopenable(const std::string& kind, const fs::path& path) {
    if (kind == "zero-length") write_bytes(path, "");
    if (kind == "text") write_bytes(path, "night,episodes\n2026-03-02,1\n");
    if (kind == "foreign") raw_sql(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    if (kind == "newer") {
        make_diary(path, 3);
        raw_sql(path, "PRAGMA user_version = 99;");
    }
    if (kind == "damaged") {
        make_diary(path, 400);
        auto b = bytes_of(path);
        REQUIRE(b.size() > 16 * 4096);
        // Overwrite whole pages in the middle of the file, where the episodes' b-tree lives.
        for (std::size_t i = b.size() / 2 - 2 * 4096; i < b.size() / 2 + 2 * 4096; ++i) b[i] = static_cast<char>(0xA5);
        write_bytes(path, b);
    }
    if (kind == "folder") fs::create_directory(path);
}

}  // namespace

TEST_CASE("a file that is not a sound diary is refused and left unchanged", "[storage][open][errors]") {
    auto [kind, expected] = GENERATE(table<std::string, std::string>({
        {"zero-length", "is empty (0 bytes): it is not a Cramp Diary file"},
        {"text", "is not a Cramp Diary file (not an SQLite database)"},
        {"foreign", "is not a Cramp Diary file (an SQLite database of another program)"},
        {"newer", "was written by a newer Cramp Diary (schema 99; this version reads up to"},
        {"damaged", "is damaged"},
        {"folder", "is a folder, not a diary file"},
    }));
    CAPTURE(kind);
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_unopenable(kind, path);
    const bool is_file = fs::is_regular_file(path);
    const std::string before = is_file ? bytes_of(path) : "";

    auto d = Diary::open(path);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().find(path.string()) != std::string::npos);
    CHECK(d.error().find(expected) != std::string::npos);
    if (is_file) CHECK(bytes_of(path) == before);
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
    CHECK_FALSE(Diary::check_file(path).ok());
}

TEST_CASE("a diary the user may read but not write is refused and left unchanged", "[storage][open][errors]") {
    test::TempDir dir;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    const auto path = dir / "diary.sqlite";
    make_diary(path, 3);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
    const auto before = bytes_of(path);
    // Tests run as root, whom file modes do not stop: open it as an ordinary user ("nobody"), to whom
    // the file is read-only, in a child process.
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(pipe_fds[0]);
        if (getuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(3);
        auto d = Diary::open(path);
        std::string msg = d.ok() ? "OPENED" : d.error();
        auto w = write(pipe_fds[1], msg.data(), msg.size());
        (void)w;
        _exit(0);
    }
    close(pipe_fds[1]);
    std::string msg;
    char buf[512];
    for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) > 0;) msg.append(buf, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(msg.find(path.string() + "' cannot be written (read-only)") != std::string::npos);
    CHECK(bytes_of(path) == before);
}

TEST_CASE("a diary made by the first schema opens in this version and loses nothing", "[storage][migration]") {
    // tests/storage/fixtures/diary-v1.sqlite was written by schema 1 (see README): three episodes in
    // two zones, one cramp-free night, settings and a profile.
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    fs::copy_file(fs::path(FIXTURES) / "diary-v1.sqlite", path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    auto d = Diary::open(path, [] { return Instant{date::sys_days{date::year{2026} / 3 / 10}}; });
    REQUIRE(d.ok());
    CHECK(d->schema_version() == Diary::latest_schema_version());
    auto eps = d->episodes();
    REQUIRE(eps.size() == 3);
    CHECK(format_date(eps[0].night) == "2026-03-07");
    CHECK(eps[0].zone == "America/New_York");
    CHECK(eps[0].duration_s == 3600);
    CHECK(eps[0].posture == Posture::long_sitting);
    CHECK(eps[1].note == "\"quoted\", commas; and '); DROP TABLE episode; --");
    CHECK(eps[1].weakness == EnumSet<Weakness>{Weakness::foot_drop, Weakness::stairs});
    CHECK(eps[1].relief == EnumSet<Relief>{Relief::stretch, Relief::heat});
    CHECK(eps[1].numbness == Numbness::persisted);
    CHECK(eps[1].radiating);
    CHECK(eps[1].tingling_symmetric);
    CHECK_FALSE(eps[1].woke);
    CHECK(eps[2].note == "左小腿抽筋，拉伸后缓解 😖");
    CHECK(eps[2].intensity == 7);
    REQUIRE(d->cramp_free_nights().size() == 1);
    CHECK(format_date(d->cramp_free_nights()[0].night) == "2026-03-06");
    CHECK(d->rule_settings() == RuleSettings{4, 12, WeekStart::sunday});
    CHECK(d->profile() == Profile{"王女士", 1961, {"age_40_plus", "diabetes"}});
    // Schema 3 made the free-text medicines records: one undated record per part, nothing dropped.
    const std::vector<Medicine> carried{{1, "二甲双胍", "", {}, {}}, {2, "furosemide", "", {}, {}}};
    CHECK(d->medicines() == carried);
    CHECK(d->integrity_check() == "ok");
    // Schema 2 added care records: none yet, and they can be written.
    CHECK(d->night_factors().empty());
    REQUIRE(d->set_night_factors(*parse_date("2026-03-06"), {CareItem::foot_soak}).ok());
    CHECK(d->night_factors().size() == 1);
}

TEST_CASE("a diary of the first schema read without upgrading has no care records, and stays as it was",
          "[storage][migration]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    fs::copy_file(fs::path(FIXTURES) / "diary-v1.sqlite", path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    const auto before = bytes_of(path);
    {
        auto d = Diary::open_read_only(path);
        REQUIRE(d.ok());
        CHECK(d->schema_version() == 1);
        CHECK(d->night_factors().empty());
        CHECK(d->episodes().size() == 3);
    }
    CHECK(bytes_of(path) == before);
}

TEST_CASE("why a diary cannot be opened is a translatable template, with the path and numbers verbatim",
          "[storage][open][errors][message]") {
    // %1 is the path in quotes. SQLite's own words, where it has any, are verbatim too.
    auto [kind, expected, verbatim] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
        {"zero-length", "<<%1 is empty (0 bytes): it is not a Cramp Diary file>>", {}},
        {"text", "<<%1 is not a Cramp Diary file (not an SQLite database)>>", {}},
        {"foreign", "<<%1 is not a Cramp Diary file (an SQLite database of another program)>>", {}},
        {"newer", "<<%1 was written by a newer Cramp Diary (schema 99; this version reads up to 3)>>", {"99", "3"}},
        {"folder", "<<%1 is a folder, not a diary file>>", {}},
    }));
    CAPTURE(kind);
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_unopenable(kind, path);
    const std::string quoted = "'" + path.string() + "'";
    std::string want = expected;
    want.replace(want.find("%1"), 2, quoted);
    verbatim.insert(verbatim.begin(), quoted);

    auto d = Diary::open(path);
    REQUIRE_FALSE(d.ok());
    CHECK(test::marked(d.problem()) == want);
    CHECK(test::verbatim_pieces(d.problem()) == verbatim);
    CHECK(test::unmarked(want) == d.error());
    // Checking a backup says the same.
    auto checked = Diary::check_file(path);
    REQUIRE_FALSE(checked.ok());
    CHECK(test::marked(checked.problem()) == want);
}

TEST_CASE("a damaged diary's message is a template around SQLite's own words", "[storage][open][errors][message]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_diary(path, 400);
    auto b = bytes_of(path);
    for (std::size_t i = b.size() / 2 - 2 * 4096; i < b.size() / 2 + 2 * 4096; ++i) b[i] = static_cast<char>(0xA5);
    write_bytes(path, b);
    auto d = Diary::open(path);
    REQUIRE_FALSE(d.ok());
    const std::string shown = test::marked(d.problem());
    CAPTURE(shown);
    const std::string quoted = "'" + path.string() + "'";
    // "%1 is damaged: %2" or "%1 is damaged or not a Cramp Diary file: %2", %2 being SQLite's report.
    CHECK(shown.starts_with("<<" + quoted + " is damaged"));
    auto pieces = test::verbatim_pieces(d.problem());
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0] == quoted);
    CHECK_FALSE(pieces[1].empty());
}

// tests/storage/fixtures/diary-damaged-freelist.sqlite (made by make-damaged-freelist.py beside it):
// a diary whose free-page list also lists a page of the episode table. Every read works; quick_check
// finds the page referenced twice; a write could be given that page and overwrite episodes.
TEST_CASE("a damaged diary opened with the check deferred reads, refuses every write and is left unchanged",
          "[storage][open][errors][deferred]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    fs::copy_file(fs::path(FIXTURES) / "diary-damaged-freelist.sqlite", path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    const auto before = bytes_of(path);
    const Instant now = date::sys_days{date::year{2026} / 11 / 29};
    const Night last{date::days{20785}};  // 2026-11-28, the fixture's newest night

    // The checked open refuses it outright.
    auto checked = Diary::open(path, [now] { return now; });
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().find(path.string() + "' is damaged: ") != std::string::npos);

    std::promise<void> called;
    {
        auto d = Diary::open(path, [now] { return now; }, Diary::DeferredCheck{[&] { called.set_value(); }});
        REQUIRE(d.ok());
        // Reads do not wait for the check, and this damage does not stop them.
        CHECK(d->episode_count() == 155);
        CHECK(d->episodes(NightRange{last - date::days{27}, last}).size() > 0);
        CHECK(d->rule_settings() == RuleSettings{});
        // Writes wait for it, and are refused with its message.
        Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = now - std::chrono::hours{2};
        auto added = d->add_episode(e);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error() == checked.error());
        CHECK_FALSE(d->add_cramp_free_night(last).ok());
        CHECK_FALSE(d->set_preference("theme", "dark").ok());
        CHECK_FALSE(d->delete_episode(d->latest_episode()->id).ok());
        CHECK_FALSE(d->transaction([] { return Result<void>{}; }).ok());
        CHECK(d->integrity().error() == checked.error());
        called.get_future().wait();  // the caller is told, on the check's thread
        CHECK(d->episode_count() == 155);
    }
    CHECK(bytes_of(path) == before);
}

TEST_CASE("a sound diary opened with the check deferred: the check reads beside the diary, then writes go through",
          "[storage][open][deferred]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_diary(path, 400);
    std::promise<void> called;
    auto d = Diary::open(path, {}, Diary::DeferredCheck{[&] { called.set_value(); }});
    REQUIRE(d.ok());
    CHECK(d->episode_count() == 400);  // the diary's connection reads while the check's does
    CHECK(d->integrity().ok());
    called.get_future().wait();
    Episode e;
    e.zone = "Asia/Shanghai";
    e.onset = d->now() - std::chrono::hours{1};
    CHECK(d->add_episode(e).ok());
    CHECK(d->episode_count() == 401);
    CHECK(d->integrity_check() == "ok");
}

TEST_CASE("with the check deferred, a file that open would write to is still checked first", "[storage][open][deferred]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    fs::copy_file(fs::path(FIXTURES) / "diary-damaged-freelist.sqlite", path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    // In rollback-journal mode (as a backup is): opening it switches it to WAL, a write.
    auto b = bytes_of(path);
    b[18] = b[19] = 1;
    write_bytes(path, b);
    bool called = false;
    auto d = Diary::open(path, {}, Diary::DeferredCheck{[&] { called = true; }});
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().find(path.string() + "' is damaged: ") != std::string::npos);
    CHECK_FALSE(called);
    CHECK(bytes_of(path) == b);
}

TEST_CASE("with the check deferred, a diary created just now has nothing to check", "[storage][open][deferred]") {
    test::TempDir dir;
    bool called = false;
    auto d = Diary::open(dir / "new" / "diary.sqlite", {}, Diary::DeferredCheck{[&] { called = true; }});
    REQUIRE(d.ok());
    CHECK(called);  // before open returned
    CHECK(d->integrity().ok());
}

TEST_CASE("a diary closed while its deferred check runs stops the check", "[storage][open][deferred]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_diary(path, 2000);
    for (int i = 0; i < 20; ++i) {
        auto d = Diary::open(path, {}, Diary::DeferredCheck{});
        REQUIRE(d.ok());
    }  // each closes at once: its check is interrupted (or already done) and joined
    auto d = Diary::open(path, {}, Diary::DeferredCheck{});
    REQUIRE(d.ok());
    CHECK(d->integrity().ok());
}
