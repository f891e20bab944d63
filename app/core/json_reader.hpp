// SPDX-License-Identifier: GPL-3.0-or-later
// A small, strict JSON reader (RFC 8259) for the diary's JSON import. parse() reads a whole text
// into a tree that remembers where each value starts, so an importer can name the line of a bad
// field; read_object() reads a file of any size member by member and the items of its top-level
// arrays one by one, so that memory holds one record at a time.
//
// Strict means: one JSON value and only whitespace (space, tab, CR, LF) around it; UTF-8 text
// (overlong forms, surrogates and bytes past U+10FFFF are refused, in strings and escapes alike);
// \uXXXX escapes with surrogate pairs, and a lone surrogate is an error; no comments, trailing
// commas, single quotes, NaN or leading zeros; a key may appear only once in an object; at most
// 256 arrays or objects nested. A byte order mark is not JSON: callers that accept one strip it.
// Errors read "line 3, column 14: expected ',' or '}' after a member of an object"; lines count
// LF, CRLF and a lone CR as one line end, and columns count characters (not bytes) from 1. A
// comment gets its own words ("a comment, which JSON does not allow"), not just "unexpected '/'".
#pragma once

#include "byte_source.hpp"
#include "result.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp::json {

enum class Type { null, boolean, number, string, array, object };

// "a string", "an object", ... for messages: a noun phrase of its own (context "JSON"), to fill in
// templates such as "%1: %2, expected %3".
Message describe(Type t);

struct Value {
    Type type = Type::null;
    bool boolean = false;
    std::string text;                // a string's contents (UTF-8), or a number as written
    std::vector<Value> items;        // an array's elements, or an object's member values
    std::vector<std::string> keys;   // an object's keys, keys[i] naming items[i], in file order
    int line = 0, column = 0;        // where the value starts

    bool is(Type t) const { return type == t; }
    // The member named `key` of an object, or null when absent (or when this is no object).
    const Value* find(std::string_view key) const;
    // A number written as a whole number (no fraction or exponent) that fits in 64 bits.
    std::optional<std::int64_t> integer() const;
    // Any number, as a double.
    std::optional<double> number() const;
};

inline constexpr int kMaxDepth = 256;

Result<Value> parse(std::string_view text);

// Bounds for reading a file that may be hostile: past one, reading stops with an error at its
// line and column. A tree is one member of the top-level object, or one item of a top-level array.
struct Limits {
    std::size_t max_token_bytes = static_cast<std::size_t>(-1);  // a string (as decoded) or a number
    std::size_t max_values = static_cast<std::size_t>(-1);       // values in one tree
};

// What read_object hands on, in file order.
class MemberHandler {
public:
    virtual ~MemberHandler() = default;
    // The top-level value's type and where it starts, first. Nothing more is read (and nothing more
    // called) unless it is an object.
    virtual void top(const Value& shell) = 0;
    // A member of the top-level object. An array comes without its items, which follow one by one
    // to element() (index from 0), each a whole tree.
    virtual void member(const std::string& key, Value&& value) = 0;
    virtual void element(const std::string& key, std::size_t index, Value&& item) = 0;
};

// Reads one JSON value from `source` as parse() does, streaming the top-level object as above. A
// duplicate key of the top-level object is found among its first 64 keys (a Cramp Diary export
// has 6: the rest are reported as unknown by the importer anyway).
Result<void> read_object(ByteSource& source, MemberHandler& handler, const Limits& limits);

}  // namespace cramp::json
