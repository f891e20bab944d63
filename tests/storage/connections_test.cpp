// SPDX-License-Identifier: GPL-3.0-or-later
// What every connection to the diary file is: WAL with synchronous=FULL, read back from each
// connection the app opens (the diary's own and the deferred check's read-only one) as it closes.
// The crash test cannot tell FULL from OFF (a killed process leaves the OS cache to write the
// file); this can. And the episode table's columns are the table of fields (episode_fields.hpp).
#include "diary.hpp"
#include "episode_fields.hpp"
#include "sqlite.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <mutex>
#include <set>
#include <string>
#include <vector>

using namespace cramp;

namespace {

struct Connection {
    std::string file;
    bool read_only = false;
    std::string journal_mode;
    std::string synchronous;  // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
};

std::mutex g_mutex;
std::vector<Connection> g_closed;  // under g_mutex

std::string pragma(sqlite3* db, const char* sql) {
    sqlite3_stmt* st = nullptr;
    std::string out = "(none)";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

// As a connection closes, with everything the app set on it still set.
int on_close(unsigned type, void*, void* p, void*) {
    if (type != SQLITE_TRACE_CLOSE) return 0;
    auto* db = static_cast<sqlite3*>(p);
    const char* file = sqlite3_db_filename(db, "main");
    Connection c{file ? file : "", sqlite3_db_readonly(db, "main") == 1, pragma(db, "PRAGMA journal_mode"),
                 pragma(db, "PRAGMA synchronous")};
    std::lock_guard lock(g_mutex);
    g_closed.push_back(std::move(c));
    return 0;
}

int watch(sqlite3* db, char**, const sqlite3_api_routines*) {
    sqlite3_trace_v2(db, SQLITE_TRACE_CLOSE, on_close, nullptr);
    return SQLITE_OK;
}

// Every connection opened in this process while it lives is read back as it closes.
class WatchConnections {
public:
    WatchConnections() {
        std::lock_guard lock(g_mutex);
        g_closed.clear();
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(watch));
    }
    ~WatchConnections() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(watch)); }
    std::vector<Connection> closed_on(const std::filesystem::path& file) const {
        std::lock_guard lock(g_mutex);
        std::vector<Connection> out;
        for (const auto& c : g_closed)
            if (std::filesystem::path(c.file).filename() == file.filename()) out.push_back(c);
        return out;
    }
};

}  // namespace

TEST_CASE("every connection to the diary is in WAL mode with synchronous=FULL", "[storage][durability]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    WatchConnections watch;
    {
        auto d = Diary::open(path);  // created
        REQUIRE(d.ok());
        Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = d->now() - std::chrono::hours{1};
        REQUIRE(d->add_episode(e).ok());
    }
    {
        auto d = Diary::open(path);  // checked before open returns
        REQUIRE(d.ok());
    }
    {
        auto d = Diary::open(path, {}, Diary::DeferredCheck{});  // checked on a read-only connection of its own
        REQUIRE(d.ok());
        REQUIRE(d->integrity().ok());
    }
    const auto connections = watch.closed_on(path);
    int read_only = 0, read_write = 0;
    for (const auto& c : connections) {
        INFO((c.read_only ? "read-only" : "read-write") << " connection to " << c.file);
        CHECK(c.journal_mode == "wal");
        CHECK(c.synchronous == "2");  // FULL: a commit that returned is on the disk
        ++(c.read_only ? read_only : read_write);
    }
    CHECK(read_write == 3);
    CHECK(read_only == 1);
}

TEST_CASE("the episode table has the id and a column for each field of the table, and no other", "[storage][fields]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    REQUIRE(Diary::open(path).ok());
    auto db = sql::Db::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    std::set<std::string> columns;
    sql::Stmt st(*db, "PRAGMA table_info(episode)");
    while (st.step()) columns.insert(st.text(1));
    std::set<std::string> expected{"id"};
    for (auto name : kEpisodeFieldNames) expected.emplace(name);
    CHECK(columns == expected);
}
