// SPDX-License-Identifier: GPL-3.0-or-later
#include "diary.hpp"
#include "files.hpp"

#include "episode_fields.hpp"
#include "night.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <map>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <thread>
#include <type_traits>

namespace cramp {

namespace fs = std::filesystem;

namespace {

// One function per schema version, run in order from the stored user_version. Each runs inside the
// transaction that also bumps user_version, so a step is all or nothing.
Result<void> migrate_to_1(sql::Db& db) {
    return db.exec(R"sql(
        CREATE TABLE episode (
            id                 INTEGER PRIMARY KEY,
            onset              INTEGER NOT NULL,           -- Unix seconds, UTC
            zone               TEXT    NOT NULL,           -- IANA zone where it happened
            night              INTEGER NOT NULL,           -- days since 1970-01-01 of the night's evening
            duration_s         INTEGER NOT NULL CHECK (duration_s BETWEEN 1 AND 3600),
            site               TEXT    NOT NULL,
            side               TEXT    NOT NULL,
            intensity          INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
            posture            TEXT    NOT NULL,
            numbness           TEXT    NOT NULL,
            weakness           TEXT    NOT NULL DEFAULT '', -- ';'-separated
            radiating          INTEGER NOT NULL CHECK (radiating IN (0, 1)),
            tingling_symmetric INTEGER NOT NULL CHECK (tingling_symmetric IN (0, 1)),
            woke               INTEGER NOT NULL CHECK (woke IN (0, 1)),
            relief             TEXT    NOT NULL DEFAULT '', -- ';'-separated
            note               TEXT    NOT NULL DEFAULT ''
        );
        CREATE INDEX episode_by_night ON episode (night, onset);
        CREATE INDEX episode_by_onset ON episode (onset);
        CREATE TABLE cramp_free_night (
            id    INTEGER PRIMARY KEY,
            night INTEGER NOT NULL UNIQUE
        );
        CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE profile (
            id           INTEGER PRIMARY KEY CHECK (id = 1),
            name         TEXT NOT NULL DEFAULT '',
            birth_year   INTEGER,
            risk_factors TEXT NOT NULL DEFAULT '',      -- ';'-separated
            medicines    TEXT NOT NULL DEFAULT ''
        );
    )sql");
}

// Version 2: the bedtime care record of a night (docs/rules.md, "Care records"), at most one per
// night; an empty `factors` is a record of "none of these".
Result<void> migrate_to_2(sql::Db& db) {
    return db.exec(R"sql(
        CREATE TABLE night_factors (
            night   INTEGER PRIMARY KEY,           -- days since 1970-01-01 of the night's evening
            factors TEXT    NOT NULL DEFAULT ''    -- ';'-separated care items
        );
    )sql");
}

// Version 3: medicines as records of their own (docs/rules.md, "Medicines"). The profile's free-text
// medicines become one undated record per line or ';'-separated part (medicines_from_text), in the
// order written, and the column goes: nothing of the text is lost.
Result<void> migrate_to_3(sql::Db& db) {
    if (auto r = db.exec(R"sql(
        CREATE TABLE medicine (
            id    INTEGER PRIMARY KEY,
            name  TEXT    NOT NULL,
            dose  TEXT    NOT NULL DEFAULT '',
            start INTEGER,                         -- night it started (days since 1970-01-01); NULL: undated
            stop  INTEGER,                         -- night it stopped; NULL while it is taken
            CHECK (stop IS NULL OR start IS NULL OR stop >= start)
        );
    )sql"); !r)
        return r;
    std::string text;
    {
        sql::Stmt st(db, "SELECT medicines FROM profile WHERE id = 1");
        if (st.step()) text = st.text(0);
    }
    sql::Stmt insert(db, "INSERT INTO medicine (name) VALUES (?1)");
    for (const auto& m : medicines_from_text(text)) {
        insert.reset();
        insert.bind(1, m.name);
        if (auto r = insert.run(); !r) return r;
    }
    return db.exec("ALTER TABLE profile DROP COLUMN medicines");
}

using Migration = Result<void> (*)(sql::Db&);
constexpr std::array<Migration, 3> kMigrations{migrate_to_1, migrate_to_2, migrate_to_3};

int pragma_int(const sql::Db& db, const char* pragma) {
    sql::Stmt st(db, std::string("PRAGMA ") + pragma);
    return st.step() ? st.integer(0) : 0;
}


bool looks_like_sqlite(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

Result<void> create_private_file(const fs::path& p) {
    std::error_code ec;
    auto dir = p.parent_path();
    if (!dir.empty() && !fs::exists(dir)) {
        fs::create_directories(dir, ec);
        if (ec) return fail(CRAMP_TEXT("Diary file", "cannot create the folder %1: %2"), quote(dir), ec.message());
        ::chmod(dir.c_str(), 0700);
    }
    int fd = ::open(p.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) return fail(CRAMP_TEXT("Diary file", "cannot create the diary %1: %2"), quote(p), std::strerror(errno));
    ::close(fd);
    return {};
}

std::int64_t day_number(Night n) { return n.time_since_epoch().count(); }

// The episode table has the id and a column for each field of episode_fields.hpp, of its name; the
// statements bind each field to the parameter of its name (":onset").
std::string as_column(std::string_view name) { return std::string(name); }
std::string as_param(std::string_view name) { return ":" + std::string(name); }
std::string as_assignment(std::string_view name) { return as_column(name) + " = " + as_param(name); }

// Each field as `spell` spells its name, ", "-separated.
std::string field_list(std::string (*spell)(std::string_view)) {
    std::string out;
    for (auto name : kEpisodeFieldNames) out += (out.empty() ? "" : ", ") + spell(name);
    return out;
}

const std::string& episode_columns() {
    static const std::string s = "id, " + field_list(as_column);
    return s;
}

const std::string& insert_episode_sql(bool with_id) {
    static const std::string without = "INSERT INTO episode (" + field_list(as_column) + ") VALUES (" + field_list(as_param) + ")";
    static const std::string with = "INSERT INTO episode (id, " + field_list(as_column) + ") VALUES (:id, " + field_list(as_param) + ")";
    return with_id ? with : without;
}

const std::string& update_episode_sql() {
    static const std::string s = "UPDATE episode SET " + field_list(as_assignment) + " WHERE id = :id";
    return s;
}

template <typename T>
void bind_value(sql::Stmt& st, int i, const T& v) {
    if constexpr (std::is_same_v<T, Night>) st.bind(i, day_number(v));  // days since 1970-01-01
    else if constexpr (std::is_same_v<T, Instant>) st.bind(i, static_cast<std::int64_t>(v.time_since_epoch().count()));
    else if constexpr (std::is_same_v<T, bool>) st.bind(i, v ? 1 : 0);
    else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, std::string>) st.bind(i, v);
    else if constexpr (std::is_enum_v<T>) st.bind(i, to_string(v));
    else st.bind(i, join(v));
}

template <typename T>
void read_value(const sql::Stmt& st, int col, T& out) {
    if constexpr (std::is_same_v<T, Night>) out = Night{date::days{st.integer(col)}};
    else if constexpr (std::is_same_v<T, Instant>) out = Instant{std::chrono::seconds{st.int64(col)}};
    else if constexpr (std::is_same_v<T, bool>) out = st.int64(col) != 0;
    else if constexpr (std::is_same_v<T, int>) out = st.integer(col);
    else if constexpr (std::is_same_v<T, std::string>) out = st.text(col);
    // Values were validated on the way in; an unknown name here means a damaged row: keep defaults.
    else if constexpr (std::is_enum_v<T>) {
        if (auto v = parse_enum<T>(st.text(col))) out = *v;
    } else if (auto v = parse_set<typename detail::IsEnumSet<T>::Enum>(st.text(col))) {
        out = *v;
    }
}

// A row of episode_columns().
Episode read_episode(const sql::Stmt& st) {
    Episode e;
    e.id = st.int64(0);
    int col = 1;
    for_each_field([&](const auto& f) { read_value(st, col++, e.*f.member); });
    return e;
}

void bind_episode(sql::Stmt& st, const Episode& e) {
    for_each_field([&](const auto& f) { bind_value(st, st.param(f.name), e.*f.member); });
}

// One object of a diary's schema (a table, an index, a trigger, a view) as sqlite_master lists it,
// its SQL with comments dropped and white space folded, so the text of a migration may be re-indented
// without every earlier diary looking foreign.
struct SchemaObject {
    std::string type, name, sql;
};

std::string normalised_sql(std::string_view sql) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        if (sql.substr(i, 2) == "--") {
            i = sql.find('\n', i);
            if (i == std::string_view::npos) break;
            space = true;
            continue;
        }
        if (sql.substr(i, 2) == "/*") {
            i = sql.find("*/", i + 2);
            if (i == std::string_view::npos) break;
            ++i;
            space = true;
            continue;
        }
        const char c = sql[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        const bool tight = c == '(' || c == ')' || c == ',' || (!out.empty() && (out.back() == '(' || out.back() == ','));
        if (space && !out.empty() && !tight) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<SchemaObject> read_schema(const sql::Db& db) {
    // sqlite_stat tables are SQLite's own statistics (ANALYZE), not part of the schema.
    sql::Stmt st(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name");
    std::vector<SchemaObject> out;
    while (st.step()) out.push_back({st.text(0), st.text(1), normalised_sql(st.text(2))});
    return out;
}

// The schema a diary of `version` has when the app's own migrations made it: made once per version
// in a database in memory and read back the same way as a file's.
const std::vector<SchemaObject>& app_schema(int version) {
    static std::mutex mutex;
    static std::map<int, std::vector<SchemaObject>> made;
    std::lock_guard lock(mutex);
    if (auto it = made.find(version); it != made.end()) return it->second;
    auto db = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY);
    if (!db) throw sql::SqlError(db.problem());
    for (int v = 0; v < version; ++v)
        if (auto r = kMigrations[static_cast<std::size_t>(v)](*db); !r) throw sql::SqlError(r.problem());
    return made[version] = read_schema(*db);
}

// A diary is what the app made or nothing: the same tables, columns, constraints and indexes as
// the app's own schema of that version, and no trigger or view (code a file would run in the app).
Result<void> check_schema(const sql::Db& db, const fs::path& path, int version) {
    const auto have = read_schema(db);
    const auto& want = app_schema(version);
    auto find = [](const std::vector<SchemaObject>& in, const std::string& name) {
        return std::find_if(in.begin(), in.end(), [&](const SchemaObject& o) { return o.name == name; });
    };
    for (const auto& o : have) {
        if (find(want, o.name) != want.end()) continue;
        if (o.type == "trigger")
            return fail(CRAMP_TEXT("Diary file", "%1 is not a diary as Cramp Diary writes it: it has a trigger '%2', which the app never makes"),
                        quote(path), o.name);
        if (o.type == "view")
            return fail(CRAMP_TEXT("Diary file", "%1 is not a diary as Cramp Diary writes it: it has a view '%2', which the app never makes"),
                        quote(path), o.name);
        return fail(CRAMP_TEXT("Diary file", "%1 is not a diary as Cramp Diary writes it: it has '%2', which the app never makes"),
                    quote(path), o.name);
    }
    for (const auto& w : want) {
        auto it = find(have, w.name);
        if (it == have.end())
            return fail(CRAMP_TEXT("Diary file", "%1 is not a diary as Cramp Diary writes it: '%2' is missing"), quote(path), w.name);
        if (it->type != w.type || it->sql != w.sql)
            return fail(CRAMP_TEXT("Diary file", "%1 is not a diary as Cramp Diary writes it: '%2' differs from the app's own"),
                        quote(path), w.name);
    }
    return {};
}

// Why SQLite failed on a file, in the words that fit: another program's lock and a full disk are
// not damage.
Message sql_failure(const fs::path& path, const sql::SqlError& e) {
    switch (e.code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Message(CRAMP_TEXT("Diary file", "%1 is in use by another program (still locked after %2 seconds); try again when it has finished"),
                       quote(path), sql::kBusyTimeoutMs / 1000);
    case SQLITE_FULL:
        return Message(CRAMP_TEXT("Diary file", "no space left on the disk of %1: %2"), quote(path), e.message);
    case SQLITE_READONLY:
        return Message(CRAMP_TEXT("Diary file", "%1 cannot be written (read-only): %2"), quote(path), e.message);
    case SQLITE_CANTOPEN:
        return Message(CRAMP_TEXT("Diary file", "cannot open %1: %2"), quote(path), e.message);
    default:
        return Message(CRAMP_TEXT("Diary file", "%1 is damaged or not a Cramp Diary file: %2"), quote(path), e.message);
    }
}

// Read-only checks before anything is written to a file we did not just create.
Result<void> check_recognised(const sql::Db& db, const fs::path& path, const char* check) {
    try {
        if (pragma_int(db, "application_id") != kApplicationId)
            return fail(CRAMP_TEXT("Diary file", "%1 is not a Cramp Diary file (an SQLite database of another program)"), quote(path));
        int version = pragma_int(db, "user_version");
        if (version > static_cast<int>(kMigrations.size()))
            return fail(CRAMP_TEXT("Diary file", "%1 was written by a newer Cramp Diary (schema %2; this version reads up to %3)"),
                        quote(path), version, kMigrations.size());
        // The schema and quick_check deferred: both run later on a connection of their own, and
        // every write waits for them (a trigger runs only on a write). Comparing the schema builds
        // the app's own in memory once, which the window's first frame need not wait for.
        if (!check) return {};
        if (auto r = check_schema(db, path, version); !r) return r;
        sql::Stmt qc(db, std::string("PRAGMA ") + check);
        std::string problems;
        while (qc.step()) {
            auto line = qc.text(0);
            if (line == "ok") continue;
            if (!problems.empty()) problems += "; ";
            problems += line;
        }
        // SQLite's own report of the damage, verbatim.
        if (!problems.empty()) return fail(CRAMP_TEXT("Diary file", "%1 is damaged: %2"), quote(path), problems);
    } catch (const sql::SqlError& e) {
        return fail(sql_failure(path, e));
    }
    return {};
}

Result<void> check_plain_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return fail(CRAMP_TEXT("Diary file", "%1 does not exist"), quote(path));
    if (fs::is_directory(path, ec)) return fail(CRAMP_TEXT("Diary file", "%1 is a folder, not a diary file"), quote(path));
    if (fs::file_size(path, ec) == 0)
        return fail(CRAMP_TEXT("Diary file", "%1 is empty (0 bytes): it is not a Cramp Diary file"), quote(path));
    if (!looks_like_sqlite(path))
        return fail(CRAMP_TEXT("Diary file", "%1 is not a Cramp Diary file (not an SQLite database)"), quote(path));
    return {};
}


// `path` as an SQLite URI ("file:…" with ?, # and % escaped), for opening it with URI parameters.
std::string file_uri(const fs::path& path) {
    std::string uri = "file:";
    for (char c : path.string()) {
        if (c == '?' || c == '#' || c == '%') {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
            uri += buf;
        } else {
            uri += c;
        }
    }
    return uri;
}

// A commit that returned is on the disk: synchronous is a setting of each connection, not of the
// file, so every connection to the diary sets it (tests/storage/connections_test.cpp reads it back).
constexpr const char* kDurable = "PRAGMA synchronous=FULL";

// Whether open writes nothing to the file: it is in WAL mode already (so setting WAL writes no
// header, and a second connection can read it while the diary's reads and writes go on) and needs
// no schema upgrade.
bool opens_in_place(const sql::Db& db) {
    try {
        sql::Stmt mode(db, "PRAGMA journal_mode");
        return mode.step() && mode.text(0) == "wal" && pragma_int(db, "user_version") == static_cast<int>(kMigrations.size());
    } catch (const sql::SqlError&) {
        return false;
    }
}

}  // namespace

// open's quick_check run after open returned: on a read-only connection of its own, in a thread of
// its own. Stopped (sqlite3_interrupt) and joined when the diary goes.
struct Diary::BackgroundCheck {
    std::mutex mutex;
    std::condition_variable finished;
    std::optional<Result<void>> outcome;  // set once, under mutex
    sqlite3* running = nullptr;           // the check's connection while it runs, under mutex
    bool stopping = false;                // under mutex
    std::thread thread;

    void run(const fs::path& path, const std::function<void()>& on_checked) {
        Result<void> r;
        {
            auto db = sql::Db::open(path.string(), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW);
            Result<void> set_up = db ? db->exec(kDurable) : Result<void>{};
            if (!db) {
                r = fail(CRAMP_TEXT("Diary file", "cannot open %1: %2"), quote(path), db.problem());
            } else if (!set_up) {
                r = fail(CRAMP_TEXT("Diary file", "cannot set up %1: %2"), quote(path), set_up.problem());
            } else {
                {
                    std::lock_guard lock(mutex);
                    running = stopping ? nullptr : db->handle();
                }
                // (Stopped before it started: the diary is going, and nobody reads the outcome.)
                if (running) r = check_recognised(*db, path, "quick_check");
                std::lock_guard lock(mutex);
                running = nullptr;
            }
        }
        bool stopped = false;
        {
            std::lock_guard lock(mutex);
            outcome = std::move(r);
            stopped = stopping;
        }
        finished.notify_all();
        if (on_checked && !stopped) on_checked();
    }

    ~BackgroundCheck() {
        {
            std::lock_guard lock(mutex);
            stopping = true;
            if (running) sqlite3_interrupt(running);
        }
        if (thread.joinable()) thread.join();
    }
};

Result<void> Diary::integrity() const {
    if (!check_) return {};  // checked before open returned
    std::unique_lock lock(check_->mutex);
    check_->finished.wait(lock, [this] { return check_->outcome.has_value(); });
    return *check_->outcome;
}

namespace {

// A diary file opened read-only after the checks every opening of a file it did not make runs (a
// plain file, then the SQLite header, application_id, schema and `check`). `immutable`: read as it
// is (immutable=1), no -wal/-shm created beside it; otherwise as a reader sharing the -wal of a
// program that may be writing it.
Result<sql::Db> open_recognised(const fs::path& path, bool immutable, const char* check) {
    if (auto r = check_plain_file(path); !r) return r.failure();
    auto db = immutable ? sql::Db::open(file_uri(path) + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)
                        : sql::Db::open(path.string(), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW);
    if (!db) return fail(CRAMP_TEXT("Diary file", "cannot open %1: %2"), quote(path), db.problem());
    if (auto r = check_recognised(*db, path, check); !r) return r.failure();
    return db;
}

// Throws SqlError, as every read does.
DiarySummary summarize(const sql::Db& db) {
    sql::Stmt st(db, "SELECT (SELECT count(*) FROM episode), (SELECT count(*) FROM cramp_free_night), "
                     "(SELECT min(night) FROM episode), (SELECT min(night) FROM cramp_free_night), "
                     "(SELECT max(night) FROM episode), (SELECT max(night) FROM cramp_free_night)");
    DiarySummary s;
    if (!st.step()) return s;
    s.episodes = st.int64(0);
    s.cramp_free_nights = st.int64(1);
    // The earlier of two columns' nights for the first, the later for the last; NULL in an empty table.
    auto pick = [&st](int a, int b, bool earlier) -> std::optional<Night> {
        std::optional<Night> out;
        for (int col : {a, b}) {
            if (st.is_null(col)) continue;
            const Night n{date::days{st.integer(col)}};
            if (!out || (earlier ? n < *out : n > *out)) out = n;
        }
        return out;
    };
    s.first_night = pick(2, 3, true);
    s.last_night = pick(4, 5, false);
    return s;
}

}  // namespace

Result<void> Diary::check_file(const fs::path& path) {
    if (auto db = open_recognised(path, true, "integrity_check"); !db) return db.failure();
    return {};
}

Result<Diary> Diary::open_read_only(const fs::path& path, Clock clock) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return fail(CRAMP_TEXT("Diary file", "no diary at %1"), quote(path));
    // A reader of a WAL diary shares the -wal and -shm beside it. In a folder nobody can write to
    // and with no -wal there, no program can be writing the diary (a writer makes its -wal first), so
    // the file is read as it is, with nothing created beside it.
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const bool shared = ::access(folder.c_str(), W_OK) == 0 || fs::exists(path.string() + "-wal", ec);
    auto db = open_recognised(path, !shared, "quick_check");
    if (!db) return db.failure();
    return Diary(path, std::move(db).value(), std::move(clock));
}

Result<DiarySummary> Diary::summarize_file(const fs::path& path) {
    auto db = open_recognised(path, true, "quick_check");
    if (!db) return db.failure();
    try {
        return summarize(*db);
    } catch (const sql::SqlError& e) {
        return fail(sql_failure(path, e));
    }
}

DiarySummary Diary::summary() const { return summarize(db_); }

Diary::Diary(fs::path path, sql::Db db, Clock clock)
    : path_(std::move(path)), db_(std::move(db)), clock_(std::move(clock)) {
    if (!clock_) clock_ = [] { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); };
}

int Diary::latest_schema_version() { return static_cast<int>(kMigrations.size()); }
int Diary::schema_version() const { return pragma_int(db_, "user_version"); }

Result<Diary> Diary::open(const fs::path& path, Clock clock, std::optional<DeferredCheck> deferred) {
    std::error_code ec;
    bool fresh = !fs::exists(path, ec);
    if (fresh) {
        if (auto r = create_private_file(path); !r) return r.failure();
    } else {
        if (auto r = check_plain_file(path); !r) return r.failure();
        if (::access(path.c_str(), W_OK) != 0)
            return fail(CRAMP_TEXT("Diary file", "%1 cannot be written (read-only): %2"), quote(path), std::strerror(errno));
    }

    auto opened = sql::Db::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW);
    if (!opened) return fail(CRAMP_TEXT("Diary file", "cannot open %1: %2"), quote(path), opened.problem());
    sql::Db db = std::move(opened).value();
    if (sqlite3_db_readonly(db.handle(), "main") == 1) return fail(CRAMP_TEXT("Diary file", "%1 cannot be written (read-only)"), quote(path));

    bool defer = deferred && !fresh;
    if (!fresh)
        if (auto r = check_recognised(db, path, defer ? nullptr : "quick_check"); !r) return r.failure();
    // A file open would write to is checked before it is written, deferred or not.
    if (defer && !opens_in_place(db)) {
        defer = false;
        if (auto r = check_recognised(db, path, "quick_check"); !r) return r.failure();
    }

    for (const char* pragma : {"PRAGMA journal_mode=WAL", kDurable, "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"})
        if (auto r = db.exec(pragma); !r) return fail(CRAMP_TEXT("Diary file", "cannot set up %1: %2"), quote(path), r.problem());

    try {
        for (int v = pragma_int(db, "user_version"); v < latest_schema_version(); ++v) {
            sql::Transaction tx(db);
            const Text cannot_upgrade = CRAMP_TEXT("Diary file", "cannot upgrade %1 to schema %2: %3");
            if (auto r = kMigrations[static_cast<std::size_t>(v)](db); !r) return fail(cannot_upgrade, quote(path), v + 1, r.problem());
            if (auto r = db.exec("PRAGMA user_version=" + std::to_string(v + 1)); !r)
                return fail(cannot_upgrade, quote(path), v + 1, r.problem());
            if (fresh && v == 0)
                if (auto r = db.exec("PRAGMA application_id=" + std::to_string(kApplicationId)); !r)
                    return fail(cannot_upgrade, quote(path), v + 1, r.problem());
            if (auto r = tx.commit(); !r) return fail(cannot_upgrade, quote(path), v + 1, r.problem());
        }
    } catch (const sql::SqlError& e) {
        return fail(CRAMP_TEXT("Diary file", "cannot upgrade %1: %2"), quote(path), e.message);
    }
    Diary diary(path, std::move(db), std::move(clock));
    if (defer) {
        diary.check_ = std::make_shared<BackgroundCheck>();
        diary.check_->thread = std::thread([c = diary.check_.get(), path, cb = std::move(deferred->on_checked)] { c->run(path, cb); });
    } else if (deferred && deferred->on_checked) {
        deferred->on_checked();  // nothing left to check (created just now, or checked above)
    }
    return diary;
}

Result<void> Diary::write(const std::function<Result<void>()>& body) {
    // With the check deferred: not a byte written before it passed.
    if (auto r = integrity(); !r) return r;
    if (in_transaction_) return body();
    const Text cannot_write = CRAMP_TEXT("Diary file", "cannot write the diary: %1");
    try {
        sql::Transaction tx(db_);
        in_transaction_ = true;
        auto r = body();
        in_transaction_ = false;
        if (!r) return r;
        if (auto c = tx.commit(); !c) return fail(cannot_write, c.problem());
        return {};
    } catch (const sql::SqlError& e) {
        in_transaction_ = false;
        if (e.code == SQLITE_BUSY || e.code == SQLITE_LOCKED || e.code == SQLITE_FULL) return fail(sql_failure(path_, e));
        return fail(cannot_write, e.message);
    }
}

Result<void> Diary::transaction(const std::function<Result<void>()>& body) { return write(body); }

Result<void> Diary::remove_cramp_free(Night night) {
    sql::Stmt st(db_, "DELETE FROM cramp_free_night WHERE night = ?1");
    st.bind(1, day_number(night));
    return st.run();
}

Result<std::int64_t> Diary::insert_episode(const Episode& e) {
    sql::Stmt st(db_, insert_episode_sql(e.id != 0));
    bind_episode(st, e);
    if (e.id) st.bind(st.param("id"), e.id);
    if (auto r = st.run(); !r) return r.failure();
    return db_.last_insert_id();
}

Result<std::int64_t> Diary::add_episode(Episode e) {
    if (auto errs = validate(e, now()); !errs.empty()) return fail(Message::lines(std::move(errs)));
    e.night = night_of(e.onset, e.zone, rule_settings().day_boundary);
    std::int64_t id = 0;
    auto r = write([&]() -> Result<void> {
        auto ins = insert_episode(e);
        if (!ins) return ins.failure();
        id = *ins;
        return remove_cramp_free(e.night);
    });
    if (!r) return r.failure();
    return id;
}

Result<void> Diary::update_episode(Episode e) {
    if (auto errs = validate(e, now()); !errs.empty()) return fail(Message::lines(std::move(errs)));
    e.night = night_of(e.onset, e.zone, rule_settings().day_boundary);
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, update_episode_sql());
        bind_episode(st, e);
        st.bind(st.param("id"), e.id);
        if (auto r = st.run(); !r) return r;
        if (db_.changes() == 0) return fail(CRAMP_TEXT("Entry", "episode %1 does not exist"), e.id);
        return remove_cramp_free(e.night);
    });
}

Result<void> Diary::delete_episode(std::int64_t id) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "DELETE FROM episode WHERE id = ?1");
        st.bind(1, id);
        if (auto r = st.run(); !r) return r;
        if (db_.changes() == 0) return fail(CRAMP_TEXT("Entry", "episode %1 does not exist"), id);
        return {};
    });
}

std::optional<Episode> Diary::episode(std::int64_t id) const {
    sql::Stmt st(db_, "SELECT " + episode_columns() + " FROM episode WHERE id = ?1");
    st.bind(1, id);
    if (st.step()) return read_episode(st);
    return std::nullopt;
}

std::vector<Episode> Diary::episodes(std::optional<NightRange> range) const {
    std::vector<Episode> out;
    std::string q = "SELECT " + episode_columns() + " FROM episode";
    if (range) q += " WHERE night BETWEEN ?1 AND ?2";
    q += " ORDER BY onset DESC, id DESC";
    sql::Stmt st(db_, q);
    if (range) st.bind(1, day_number(range->from)).bind(2, day_number(range->to));
    while (st.step()) out.push_back(read_episode(st));
    return out;
}

std::int64_t Diary::episode_count() const {
    sql::Stmt st(db_, "SELECT count(*) FROM episode");
    return st.step() ? st.int64(0) : 0;
}

std::optional<Episode> Diary::latest_episode() const {
    sql::Stmt st(db_, "SELECT " + episode_columns() + " FROM episode ORDER BY onset DESC, id DESC LIMIT 1");
    if (st.step()) return read_episode(st);
    return std::nullopt;
}

Result<std::int64_t> Diary::add_cramp_free_night(Night night) {
    std::int64_t id = 0;
    auto r = write([&]() -> Result<void> {
        sql::Stmt has(db_, "SELECT 1 FROM episode WHERE night = ?1 LIMIT 1");
        has.bind(1, day_number(night));
        if (has.step()) return fail(CRAMP_TEXT("Entry", "night %1 already has a cramp recorded"), format_date(night));
        sql::Stmt st(db_, "INSERT INTO cramp_free_night (night) VALUES (?1) ON CONFLICT (night) DO NOTHING");
        st.bind(1, day_number(night));
        if (auto r = st.run(); !r) return r;
        sql::Stmt idq(db_, "SELECT id FROM cramp_free_night WHERE night = ?1");
        idq.bind(1, day_number(night));
        id = idq.step() ? idq.int64(0) : 0;
        return {};
    });
    if (!r) return r.failure();
    return id;
}

Result<void> Diary::delete_cramp_free_night(std::int64_t id) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "DELETE FROM cramp_free_night WHERE id = ?1");
        st.bind(1, id);
        if (auto r = st.run(); !r) return r;
        if (db_.changes() == 0) return fail(CRAMP_TEXT("Entry", "cramp-free night %1 does not exist"), id);
        return {};
    });
}

std::vector<CrampFreeNight> Diary::cramp_free_nights(std::optional<NightRange> range) const {
    std::vector<CrampFreeNight> out;
    std::string q = "SELECT id, night FROM cramp_free_night";
    if (range) q += " WHERE night BETWEEN ?1 AND ?2";
    q += " ORDER BY night DESC";
    sql::Stmt st(db_, q);
    if (range) st.bind(1, day_number(range->from)).bind(2, day_number(range->to));
    while (st.step()) out.push_back({st.int64(0), Night{date::days{st.integer(1)}}});
    return out;
}

Result<void> Diary::set_night_factors(Night night, EnumSet<CareItem> items) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "INSERT INTO night_factors (night, factors) VALUES (?1, ?2) "
                          "ON CONFLICT (night) DO UPDATE SET factors = excluded.factors");
        st.bind(1, day_number(night)).bind(2, join(items));
        return st.run();
    });
}

Result<void> Diary::delete_night_factors(Night night) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "DELETE FROM night_factors WHERE night = ?1");
        st.bind(1, day_number(night));
        return st.run();
    });
}

std::vector<NightFactors> Diary::night_factors(std::optional<NightRange> range) const {
    std::vector<NightFactors> out;
    // A diary of schema 1 opened read-only (not upgraded) has no care records.
    if (schema_version() < 2) return out;
    std::string q = "SELECT night, factors FROM night_factors";
    if (range) q += " WHERE night BETWEEN ?1 AND ?2";
    q += " ORDER BY night";
    sql::Stmt st(db_, q);
    if (range) st.bind(1, day_number(range->from)).bind(2, day_number(range->to));
    while (st.step()) {
        NightFactors f{Night{date::days{st.integer(0)}}, {}};
        // Written only through set_night_factors; a name this version does not know is left out.
        const std::string text = st.text(1);
        std::string_view rest = text;
        while (!rest.empty()) {
            const auto pos = rest.find(';');
            if (auto item = parse_enum<CareItem>(rest.substr(0, pos))) f.items.insert(*item);
            if (pos == std::string_view::npos) break;
            rest.remove_prefix(pos + 1);
        }
        out.push_back(f);
    }
    return out;
}

std::optional<Night> Diary::first_record_night() const {
    // Each MIN uses its table's night index.
    sql::Stmt st(db_, "SELECT min(n) FROM (SELECT min(night) AS n FROM episode UNION ALL "
                      "SELECT min(night) FROM cramp_free_night)");
    if (st.step() && !st.is_null(0)) return Night{date::days{st.integer(0)}};
    return std::nullopt;
}

std::optional<Night> Diary::first_episode_night() const {
    sql::Stmt st(db_, "SELECT min(night) FROM episode");  // the night index
    if (st.step() && !st.is_null(0)) return Night{date::days{st.integer(0)}};
    return std::nullopt;
}

std::optional<std::string> Diary::preference(const std::string& key) const {
    sql::Stmt st(db_, "SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    if (st.step()) return st.text(0);
    return std::nullopt;
}

Result<void> Diary::set_preference(const std::string& key, const std::string& value) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bind(1, key).bind(2, value);
        return st.run();
    });
}

RuleSettings Diary::rule_settings() const {
    RuleSettings s;
    auto int_pref = [&](const char* key, int fallback) {
        auto v = preference(key);
        if (!v) return fallback;
        try {
            return std::stoi(*v);
        } catch (const std::exception&) {
            return fallback;
        }
    };
    s.threshold = int_pref("threshold", s.threshold);
    s.day_boundary = int_pref("day_boundary", s.day_boundary);
    s.week_start = parse_enum<WeekStart>(preference("week_start").value_or("")).value_or(WeekStart::monday);
    return s;
}

Result<void> Diary::set_rule_settings(const RuleSettings& s) {
    if (auto errs = validate(s); !errs.empty()) return fail(Message::lines(std::move(errs)));
    int old_boundary = rule_settings().day_boundary;
    return write([&]() -> Result<void> {
        if (auto r = set_preference("threshold", std::to_string(s.threshold)); !r) return r;
        if (auto r = set_preference("day_boundary", std::to_string(s.day_boundary)); !r) return r;
        if (auto r = set_preference("week_start", std::string(to_string(s.week_start))); !r) return r;
        if (s.day_boundary == old_boundary) return {};
        // Nights are derived: re-derive them all for the new boundary.
        std::vector<std::pair<std::int64_t, Night>> moved;
        {
            sql::Stmt st(db_, "SELECT id, onset, zone, night FROM episode");
            while (st.step()) {
                Night n = night_of(Instant{std::chrono::seconds{st.int64(1)}}, st.text(2), s.day_boundary);
                if (day_number(n) != st.int64(3)) moved.emplace_back(st.int64(0), n);
            }
        }
        sql::Stmt up(db_, "UPDATE episode SET night = ?1 WHERE id = ?2");
        for (auto [id, n] : moved) {
            up.reset();
            up.bind(1, day_number(n)).bind(2, id);
            if (auto r = up.run(); !r) return r;
            if (auto r = remove_cramp_free(n); !r) return r;
        }
        return {};
    });
}

Profile Diary::profile() const {
    Profile p;
    sql::Stmt st(db_, "SELECT name, birth_year, risk_factors FROM profile WHERE id = 1");
    if (!st.step()) return p;
    p.name = st.text(0);
    if (!st.is_null(1)) p.birth_year = st.integer(1);
    std::string risks = st.text(2);
    std::size_t start = 0;
    while (start < risks.size()) {
        auto end = risks.find(';', start);
        if (end == std::string::npos) end = risks.size();
        if (end > start) p.risk_factors.push_back(risks.substr(start, end - start));
        start = end + 1;
    }
    return p;
}

Result<void> Diary::set_profile(const Profile& p) {
    if (auto errs = validate(p); !errs.empty()) return fail(Message::lines(std::move(errs)));
    std::string risks;
    for (const auto& r : p.risk_factors) risks += (risks.empty() ? "" : ";") + r;
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "INSERT INTO profile (id, name, birth_year, risk_factors) "
                          "VALUES (1, :name, :birth_year, :risk_factors) "
                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name, birth_year = excluded.birth_year, "
                          "risk_factors = excluded.risk_factors");
        st.bind(st.param("name"), p.name);
        if (p.birth_year)
            st.bind(st.param("birth_year"), *p.birth_year);
        else
            st.bind_null(st.param("birth_year"));
        st.bind(st.param("risk_factors"), risks);
        return st.run();
    });
}

namespace {

void bind_night(sql::Stmt& st, int i, const std::optional<Night>& n) {
    if (n)
        st.bind(i, day_number(*n));
    else
        st.bind_null(i);
}

std::optional<Night> read_night(const sql::Stmt& st, int col) {
    if (st.is_null(col)) return std::nullopt;
    return Night{date::days{st.integer(col)}};
}

}  // namespace

Result<std::int64_t> Diary::add_medicine(Medicine m) {
    if (auto errs = validate(m); !errs.empty()) return fail(Message::lines(std::move(errs)));
    std::int64_t id = 0;
    auto r = write([&]() -> Result<void> {
        sql::Stmt st(db_, "INSERT INTO medicine (name, dose, start, stop) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, m.name).bind(2, m.dose);
        bind_night(st, 3, m.start);
        bind_night(st, 4, m.stop);
        if (auto r = st.run(); !r) return r;
        id = db_.last_insert_id();
        return {};
    });
    if (!r) return r.failure();
    return id;
}

Result<void> Diary::update_medicine(const Medicine& m) {
    if (auto errs = validate(m); !errs.empty()) return fail(Message::lines(std::move(errs)));
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "UPDATE medicine SET name = ?1, dose = ?2, start = ?3, stop = ?4 WHERE id = ?5");
        st.bind(1, m.name).bind(2, m.dose);
        bind_night(st, 3, m.start);
        bind_night(st, 4, m.stop);
        st.bind(5, m.id);
        if (auto r = st.run(); !r) return r;
        if (db_.changes() == 0) return fail(CRAMP_TEXT("Entry", "medicine %1 does not exist"), m.id);
        return {};
    });
}

Result<void> Diary::delete_medicine(std::int64_t id) {
    return write([&]() -> Result<void> {
        sql::Stmt st(db_, "DELETE FROM medicine WHERE id = ?1");
        st.bind(1, id);
        if (auto r = st.run(); !r) return r;
        if (db_.changes() == 0) return fail(CRAMP_TEXT("Entry", "medicine %1 does not exist"), id);
        return {};
    });
}

Result<void> Diary::replace_medicines(const std::vector<Medicine>& list) {
    for (const auto& m : list)
        if (auto errs = validate(m); !errs.empty()) return fail(Message::lines(std::move(errs)));
    return write([&]() -> Result<void> {
        if (auto r = db_.exec("DELETE FROM medicine"); !r) return r;
        for (const auto& m : list)
            if (auto r = add_medicine(m); !r) return r.failure();
        return {};
    });
}

std::vector<Medicine> Diary::medicines() const {
    // A diary of an earlier schema opened read-only (not upgraded) still has the free-text field:
    // its medicines are the records the upgrade would make of it.
    if (schema_version() < 3) {
        sql::Stmt st(db_, "SELECT medicines FROM profile WHERE id = 1");
        auto out = medicines_from_text(st.step() ? st.text(0) : std::string());
        for (std::size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<std::int64_t>(i) + 1;
        return out;
    }
    std::vector<Medicine> out;
    // Undated ones first (they were there before any date was kept), then by start, then as entered.
    sql::Stmt st(db_, "SELECT id, name, dose, start, stop FROM medicine ORDER BY start IS NOT NULL, start, id");
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), read_night(st, 3), read_night(st, 4)});
    return out;
}

Result<void> Diary::backup_to(const fs::path& dest) const {
    std::error_code ec;
    if (fs::exists(dest, ec)) return fail(CRAMP_TEXT("Backup", "backup target %1 already exists"), quote(dest));
    fs::path tmp = dest;
    tmp += ".partial";
    fs::remove(tmp, ec);
    if (auto r = create_private_file(tmp); !r) return r;
    auto cleanup = [&] { fs::remove(tmp, ec); };
    {
        auto target = sql::Db::open(tmp.string(), SQLITE_OPEN_READWRITE);
        if (!target) {
            cleanup();
            return fail(CRAMP_TEXT("Backup", "cannot write the backup %1: %2"), quote(dest), target.problem());
        }
        sqlite3_backup* b = sqlite3_backup_init(target->handle(), "main", db_.handle(), "main");
        if (!b) {
            cleanup();
            return fail(CRAMP_TEXT("Backup", "cannot back up to %1: %2"), quote(dest), target->last_error());
        }
        int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            cleanup();
            return fail(CRAMP_TEXT("Backup", "cannot back up to %1: %2"), quote(dest), sqlite3_errstr(rc));
        }
        // The copy is in rollback-journal mode: one self-contained file, nothing beside it.
        if (auto r = target->exec("PRAGMA journal_mode=DELETE"); !r) {
            cleanup();
            return fail(CRAMP_TEXT("Backup", "cannot finish the backup %1: %2"), quote(dest), r.problem());
        }
    }
    if (auto r = sync_path(tmp, false); !r) {
        cleanup();
        return r;
    }
    if (auto r = check_file(tmp); !r) {
        cleanup();
        return fail(CRAMP_TEXT("Backup", "the backup copy failed its check: %1"), r.problem());
    }
    fs::rename(tmp, dest, ec);
    if (ec) {
        cleanup();
        return fail(CRAMP_TEXT("Backup", "cannot move the backup into place at %1: %2"), quote(dest), ec.message());
    }
    return sync_path(dest.parent_path().empty() ? fs::path(".") : dest.parent_path(), true);
}

std::string Diary::integrity_check() const {
    sql::Stmt st(db_, "PRAGMA integrity_check");
    std::string out;
    while (st.step()) {
        if (!out.empty()) out += "\n";
        out += st.text(0);
    }
    return out;
}

}  // namespace cramp
