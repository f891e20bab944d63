// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.hpp"

#include <sqlite3.h>

#include <cerrno>

#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace cramp::sql {

namespace {

// SQLite's primary result code. An I/O error for want of space (a reader's -shm that cannot grow on
// a full disk) is a full disk, not damage.
int primary_code(sqlite3* h) {
    const int code = sqlite3_errcode(h) & 0xff;
    return code == SQLITE_IOERR && sqlite3_system_errno(h) == ENOSPC ? SQLITE_FULL : code;
}

}  // namespace

struct Db::Cache {
    // Several of one SQL text can be in use at once (a statement run inside another's loop).
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle;
};

Db::Db() : cache_(std::make_unique<Cache>()) {}
Db::Db(sqlite3* h) : h_(h), cache_(std::make_unique<Cache>()) {}
Db::Db(Db&& o) noexcept : h_(std::exchange(o.h_, nullptr)), cache_(std::exchange(o.cache_, std::make_unique<Cache>())) {}

Db& Db::operator=(Db&& o) noexcept {
    if (this != &o) {
        close();
        h_ = std::exchange(o.h_, nullptr);
        cache_ = std::exchange(o.cache_, std::make_unique<Cache>());
    }
    return *this;
}

Db::~Db() { close(); }

void Db::close() {
    // Every statement finalized first: a connection closed with live statements stays open (and
    // keeps the file) until they are, and a restore must replace the file.
    if (cache_) {
        for (auto& [sql, stmts] : cache_->idle)
            for (auto* st : stmts) sqlite3_finalize(st);
        cache_->idle.clear();
    }
    if (h_) sqlite3_close_v2(h_);
    h_ = nullptr;
}

sqlite3_stmt* Db::take(std::string_view sql) const {
    if (auto it = cache_->idle.find(std::string(sql)); it != cache_->idle.end() && !it->second.empty()) {
        auto* st = it->second.back();
        it->second.pop_back();
        return st;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(h_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        throw SqlError(Message(CRAMP_TEXT("Diary file", "cannot prepare '%1': %2"), sql, last_error()), primary_code(h_));
    return st;
}

void Db::give_back(std::string_view sql, sqlite3_stmt* st) const {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    cache_->idle[std::string(sql)].push_back(st);
}

Result<Db> Db::open(const std::string& path, int flags) {
    sqlite3* h = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &h, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = h ? sqlite3_errmsg(h) : sqlite3_errstr(rc);
        if (h) sqlite3_close_v2(h);
        return fail(msg);
    }
    sqlite3_extended_result_codes(h, 1);
    // Before the first statement: wait for another program's lock instead of failing at once;
    // defensive mode (no writes to the schema or to pages behind SQLite's back) and no trust in
    // functions a file's schema names, so a file's own SQL cannot run code when it is read.
    sqlite3_busy_timeout(h, kBusyTimeoutMs);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    return Db{h};
}

Result<void> Db::exec(std::string_view sql) {
    std::string s(sql);
    char* err = nullptr;
    if (sqlite3_exec(h_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : last_error();
        sqlite3_free(err);
        return fail(msg);
    }
    return {};
}

std::string Db::last_error() const { return h_ ? sqlite3_errmsg(h_) : "no database"; }
std::int64_t Db::last_insert_id() const { return sqlite3_last_insert_rowid(h_); }
int Db::changes() const { return sqlite3_changes(h_); }

Stmt::Stmt(const Db& db, std::string_view sql) : s_(db.take(sql)), db_(&db), sql_(sql) {}

Stmt::~Stmt() {
    if (s_) db_->give_back(sql_, s_);
}

Stmt& Stmt::bind(int i, std::int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Stmt& Stmt::bind_null(int i) {
    sqlite3_bind_null(s_, i);
    return *this;
}

int Stmt::param(std::string_view name) const {
    const std::string colon_name = ":" + std::string(name);
    if (int i = sqlite3_bind_parameter_index(s_, colon_name.c_str()); i > 0) return i;
    throw std::logic_error("no parameter " + colon_name + " in '" + sql_ + "'");
}

bool Stmt::step() {
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SqlError(Message::verbatim(db_->last_error()), primary_code(db_->handle()));
}

Result<void> Stmt::run() {
    try {
        while (step()) {
        }
    } catch (const SqlError& e) {
        return fail(CRAMP_TEXT("Diary file", "cannot write the diary: %1"), e.message);
    }
    return {};
}

void Stmt::reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
}

std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(s_, col); }
std::string Stmt::text(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s_, col))) : std::string();
}
bool Stmt::is_null(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }

Transaction::Transaction(const Db& db) : db_(db) {
    if (sqlite3_exec(db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        throw SqlError(Message(CRAMP_TEXT("Diary file", "cannot begin a transaction: %1"), db.last_error()),
                       sqlite3_errcode(db.handle()) & 0xff);
}

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    if (sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail(db_.last_error());
    done_ = true;
    return {};
}

}  // namespace cramp::sql
