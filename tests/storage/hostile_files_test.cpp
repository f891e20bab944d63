// SPDX-License-Identifier: GPL-3.0-or-later
// A diary is what the app made or nothing: a file whose schema differs from the app's own (a
// trigger, a view, a table without its checks, an extra object) is refused on open, on check and
// on restore, and left as it was. And a second program holding the diary makes the app wait, not
// call the file damaged.
#include "backup.hpp"
#include "diary.hpp"
#include "sqlite.hpp"
#include "storage_fixtures.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace fs = std::filesystem;
using namespace cramp;

namespace {
using test::kNow;
using test::episode;
using test::bytes;

// A sound diary of three cramps, closed (no -wal left), then changed by `sql` as another program
// could change it.
void make_diary(const fs::path& path, const std::string& sql) {
    {
        auto d = Diary::open(path, [] { return kNow; });
        REQUIRE(d.ok());
        for (int i = 1; i <= 3; ++i) REQUIRE(d->add_episode(episode(i)).ok());
    }
    if (sql.empty()) return;
    auto db = sql::Db::open(path.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db.ok());
    auto r = db->exec(sql);
    INFO(sql);
    REQUIRE(r.ok());
    REQUIRE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
}
}  // namespace

TEST_CASE("a diary whose schema is not the app's own is refused everywhere and left as it was", "[storage][open][schema]") {
    struct Row {
        const char* name;
        std::string sql;
        std::string says;  // the English message ends so
    };
    const std::vector<Row> rows = {
        {"a trigger that deletes the other records on the next insert",
         "CREATE TRIGGER wipe AFTER INSERT ON episode BEGIN DELETE FROM episode WHERE id <> new.id; END",
         "it has a trigger 'wipe', which the app never makes"},
        {"a trigger that silently drops edits", "CREATE TRIGGER tamper BEFORE UPDATE ON episode BEGIN SELECT RAISE(IGNORE); END",
         "it has a trigger 'tamper', which the app never makes"},
        {"a slow recursive trigger",
         "CREATE TRIGGER slow AFTER INSERT ON setting BEGIN INSERT OR REPLACE INTO setting VALUES (new.key || 'x', new.value); END",
         "it has a trigger 'slow', which the app never makes"},
        {"a view in place of the episode table", "DROP TABLE episode; CREATE VIEW episode AS SELECT 1 AS id",
         "'episode' differs from the app's own"},
        {"the episode table without its CHECK constraints",
         "DROP TABLE episode; CREATE TABLE episode (id INTEGER PRIMARY KEY, onset INTEGER NOT NULL, zone TEXT NOT NULL, "
         "night INTEGER NOT NULL, duration_s INTEGER NOT NULL, site TEXT NOT NULL, side TEXT NOT NULL, intensity INTEGER NOT NULL, "
         "posture TEXT NOT NULL, numbness TEXT NOT NULL, weakness TEXT NOT NULL DEFAULT '', radiating INTEGER NOT NULL, "
         "tingling_symmetric INTEGER NOT NULL, woke INTEGER NOT NULL, relief TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT ''); "
         "CREATE INDEX episode_by_night ON episode (night, onset); CREATE INDEX episode_by_onset ON episode (onset)",
         "'episode' differs from the app's own"},
        {"an index the app relies on dropped", "DROP INDEX episode_by_night", "'episode_by_night' is missing"},
        {"a table of another program", "CREATE TABLE extra (x)", "it has 'extra', which the app never makes"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        test::TempDir dir;
        const auto path = dir / "hostile.sqlite";
        make_diary(path, row.sql);
        const std::string before = bytes(path);

        auto opened = Diary::open(path, [] { return kNow; });
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error() == "'" + path.string() + "' is not a diary as Cramp Diary writes it: " + row.says);

        // Opened as the window opens it, with the checks deferred: nothing is written, and the
        // background check names the same difference.
        {
            auto deferred = Diary::open(path, [] { return kNow; }, Diary::DeferredCheck{});
            if (deferred.ok()) {
                CHECK_FALSE(deferred->add_episode(episode(50)).ok());
                auto integrity = deferred->integrity();
                REQUIRE_FALSE(integrity.ok());
                CHECK(integrity.error().ends_with(row.says));
            }
        }
        CHECK(bytes(path) == before);

        auto checked = Diary::check_file(path);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().ends_with(row.says));

        // Restoring it as a backup changes nothing either.
        const auto live = dir / "diary.sqlite";
        make_diary(live, "");
        const std::string live_before = bytes(live);
        auto restored = restore_backup(path, live, kNow);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().ends_with(row.says));
        CHECK(bytes(live) == live_before);
        CHECK(bytes(path) == before);
        for (const auto& entry : fs::directory_iterator(dir.path()))
            CHECK(entry.path().filename().string().find(".replaced") == std::string::npos);
    }
}

TEST_CASE("a diary whose schema text was only re-indented is still the app's own", "[storage][open][schema]") {
    test::TempDir dir;
    const auto good = dir / "good.sqlite";
    make_diary(good, "");
    // The same objects written with other white space and a comment, as an older release might have.
    std::vector<std::string> statements;
    {
        auto db = sql::Db::open(good.string(), SQLITE_OPEN_READONLY);
        REQUIRE(db.ok());
        sql::Stmt st(*db, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid");
        while (st.step()) {
            std::string s = st.text(0), out;
            for (char c : s) out += (c == '\n' ? std::string(" /* folded */\n\t ") : std::string(1, c));
            statements.push_back(out);
        }
    }
    REQUIRE(statements.size() >= 5);
    const auto path = dir / "reindented.sqlite";
    {
        auto db = sql::Db::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        REQUIRE(db.ok());
        for (const auto& s : statements) REQUIRE(db->exec(s).ok());
        REQUIRE(db->exec("PRAGMA application_id=" + std::to_string(kApplicationId)).ok());
        REQUIRE(db->exec("PRAGMA user_version=" + std::to_string(Diary::latest_schema_version())).ok());
    }
    auto d = Diary::open(path, [] { return kNow; });
    INFO((d.ok() ? std::string() : d.error()));
    REQUIRE(d.ok());
    CHECK(d->add_episode(episode(1)).ok());
}

TEST_CASE("a diary held by a second program makes the app wait, and a lock that outlasts the wait says so",
          "[storage][open][lock]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_diary(path, "");
    auto holder = sql::Db::open(path.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(holder.ok());
    // An exclusive lock that no reader can pass, held longer than the wait.
    REQUIRE(holder->exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO setting VALUES ('held', '1')").ok());
    auto opened = Diary::open(path, [] { return kNow; });
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error() == "'" + path.string() + "' is in use by another program (still locked after " +
                                std::to_string(sql::kBusyTimeoutMs / 1000) + " seconds); try again when it has finished");
    REQUIRE(holder->exec("ROLLBACK").ok());
}

TEST_CASE("two programs logging 500 cramps each at once all succeed", "[storage][lock][concurrent]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    make_diary(path, "");
    constexpr int kEach = 500;
    std::vector<pid_t> children;
    for (int c = 0; c < 2; ++c) {
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            // As the command line does: open (checked), one save, close; every time.
            int failed = 0;
            for (int i = 0; i < kEach; ++i) {
                auto d = Diary::open(path, [] { return kNow; });
                if (!d || !d->add_episode(episode(100 + c * kEach + i)).ok()) ++failed;
            }
            ::_exit(failed == 0 ? 0 : 1);
        }
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    auto d = Diary::open(path, [] { return kNow; });
    REQUIRE(d.ok());
    CHECK(d->episode_count() == 3 + 2 * kEach);
}
