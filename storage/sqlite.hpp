// SPDX-License-Identifier: GPL-3.0-or-later
// Thin RAII over the SQLite C API: one handle, prepared statements with bound parameters only,
// and a transaction guard that rolls back unless committed. No raw sqlite3_* calls outside storage/.
#pragma once

#include "result.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <stdexcept>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace cramp::sql {

// How long a connection waits for another program's lock before it gives up (SQLITE_BUSY).
inline constexpr int kBusyTimeoutMs = 5000;

class Db {
public:
    Db();
    explicit Db(sqlite3* h);
    Db(Db&& o) noexcept;
    Db& operator=(Db&& o) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    ~Db();

    // flags are SQLITE_OPEN_* values.
    static Result<Db> open(const std::string& path, int flags);

    sqlite3* handle() const { return h_; }
    Result<void> exec(std::string_view sql);
    std::string last_error() const;
    std::int64_t last_insert_id() const;
    int changes() const;

private:
    friend class Stmt;
    // Prepared statements kept for reuse, by their SQL: preparing costs more than running a small
    // statement, and the diary runs the same few thousands of times in an import.
    struct Cache;
    sqlite3_stmt* take(std::string_view sql) const;
    void give_back(std::string_view sql, sqlite3_stmt* s) const;
    void close();
    sqlite3* h_ = nullptr;
    std::unique_ptr<Cache> cache_;
};

// A statement of the connection, prepared once per SQL text and reused (reset and cleared when the
// Stmt goes). A Stmt must not outlive its Db.
class Stmt {
public:
    Stmt(const Db& db, std::string_view sql);  // throws std::logic_error on a bad statement (a bug)
    Stmt(Stmt&& o) noexcept : s_(std::exchange(o.s_, nullptr)), db_(o.db_), sql_(std::move(o.sql_)) {}
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt();

    Stmt& bind(int i, std::int64_t v);
    Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Stmt& bind(int i, std::string_view v);
    Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Stmt& bind_null(int i);
    // The index of the named parameter ":name", for bind; a statement without it is a bug
    // (std::logic_error).
    int param(std::string_view name) const;

    // true while a row is available; an error is thrown as SqlError (caught at the Diary boundary).
    bool step();
    Result<void> run();  // step to completion (a write), reporting an error as a value: "cannot write the diary: …"
    void reset();

    std::int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    std::string text(int col) const;
    bool is_null(int col) const;

private:
    sqlite3_stmt* s_ = nullptr;
    const Db* db_;
    std::string sql_;
};

// An SQLite failure during a step (disk full, I/O error, constraint); carried up to the Diary API,
// which turns it into an error value. SQLite's own text is verbatim; what we add is a template.
struct SqlError : std::runtime_error {
    explicit SqlError(Message m, int code = 0) : std::runtime_error(m.english()), message(std::move(m)), code(code) {}
    Message message;
    int code;  // SQLite's primary result code (SQLITE_BUSY, SQLITE_FULL, …), 0 when not from SQLite
};

class Transaction {
public:
    explicit Transaction(const Db& db);  // BEGIN IMMEDIATE
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    const Db& db_;
    bool done_ = false;
};

}  // namespace cramp::sql
