// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the JSON reader (app/core/json_reader.hpp), both ways the program reads JSON:
// json::parse (a whole text into a tree) and json::read_object (a file member by member, the items
// of top-level arrays one at a time, as the importer reads an export). On top of "no crash, no hang,
// no leak, no undefined behaviour" it checks invariants and aborts when one breaks:
//  - an error starts "line L, column C: " with L and C from 1, L within the text's lines, and is
//    short (a message echoes at most an excerpt of the file);
//  - parse accepts only UTF-8 text, and what it accepts, written back as JSON, parses to the same tree;
//  - read_object, fed in pieces of 1 to 7 bytes, agrees with parse: on an object the same members and
//    items in the same order (equal trees), or the same error (but for a key given twice at the top
//    level after its first 64 keys); on anything else it reports the top-level type that parse
//    found, at the same line and column;
//  - under limits (a few bytes per token, a few values per tree) read_object never accepts a tree or
//    token past them.
//
// Built two ways from this one file (tests/fuzz/CMakeLists.txt): json_fuzz (libFuzzer, with address
// and undefined-behaviour sanitizers) and json_fuzz_replay (a main() for CTest that replays
// tests/fuzz/json_corpus, where y_ files must parse and n_ files must not, as in JSONTestSuite).
#include "byte_source.hpp"
#include "episode.hpp"
#include "fuzz_support.hpp"
#include "json_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace cramp;
using json::Type;
using json::Value;

namespace {

// A message echoes at most an excerpt (60 characters, each up to 4 bytes or a 4-character escape).
constexpr std::size_t kLongestError = 600;

void check_error(std::string_view text, const std::string& e) {
    FUZZ_CHECK(e.size() < kLongestError, "an error of " + std::to_string(e.size()) + " bytes");
    long lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i)
        lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    long line = 0, column = 0;
    FUZZ_CHECK(std::sscanf(e.c_str(), "line %ld, column %ld: ", &line, &column) == 2, e);
    FUZZ_CHECK(line >= 1 && line <= lines && column >= 1, e + " (the text has " + std::to_string(lines) + " lines)");
}

bool same(const Value& a, const Value& b) {
    if (a.type != b.type || a.line != b.line || a.column != b.column || a.boolean != b.boolean || a.text != b.text ||
        a.keys != b.keys || a.items.size() != b.items.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i])) return false;
    return true;
}

// A tree written as JSON on one line: every string escaped so that it reads back the same.
void write(const Value& v, std::string& out) {
    auto str = [&](const std::string& s) {
        out += '"';
        for (unsigned char c : s) {
            if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
            else if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else out += static_cast<char>(c);
        }
        out += '"';
    };
    switch (v.type) {
    case Type::null: out += "null"; break;
    case Type::boolean: out += v.boolean ? "true" : "false"; break;
    case Type::number: out += v.text; break;
    case Type::string: str(v.text); break;
    case Type::array:
        out += '[';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i) out += ',';
            write(v.items[i], out);
        }
        out += ']';
        break;
    case Type::object:
        out += '{';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i) out += ',';
            str(v.keys[i]);
            out += ':';
            write(v.items[i], out);
        }
        out += '}';
        break;
    }
}

bool same_content(const Value& a, const Value& b) {
    if (a.type != b.type || a.boolean != b.boolean || a.text != b.text || a.keys != b.keys || a.items.size() != b.items.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same_content(a.items[i], b.items[i])) return false;
    return true;
}

// Hands out the text in pieces of 1 to 7 bytes, the sizes taken from the text itself.
class Trickle : public ByteSource {
public:
    explicit Trickle(std::string_view s) : s_(s) {}
    std::size_t read(char* buf, std::size_t n) override {
        if (s_.empty()) return 0;
        n = std::min({n, s_.size(), std::size_t(1) + static_cast<unsigned char>(s_[0]) % 7});
        std::copy_n(s_.data(), n, buf);
        s_.remove_prefix(n);
        return n;
    }

private:
    std::string_view s_;
};

// The tree read_object hands on, put together again, with the largest tree and token it saw.
class Rebuild : public json::MemberHandler {
public:
    void top(const Value& shell) override { doc = shell; }
    void member(const std::string& key, Value&& v) override {
        measure(v);
        doc.keys.push_back(key);
        doc.items.push_back(std::move(v));
    }
    void element(const std::string& key, std::size_t index, Value&& item) override {
        FUZZ_CHECK(!doc.keys.empty() && doc.keys.back() == key, "an item of \"" + key + "\" after another member");
        FUZZ_CHECK(index == doc.items.back().items.size(), "item " + std::to_string(index) + " out of order");
        measure(item);
        doc.items.back().items.push_back(std::move(item));
    }

    Value doc;
    std::size_t largest_tree = 0, longest_token = 0;

private:
    std::size_t count(const Value& v) {
        longest_token = std::max(longest_token, v.text.size());
        std::size_t n = 1;
        for (const auto& i : v.items) n += count(i);
        return n;
    }
    void measure(const Value& v) { largest_tree = std::max(largest_tree, count(v)); }
};

void run_one(std::string_view text, int expect = 0) {
    auto tree = json::parse(text);
    if (!tree) check_error(text, tree.error());
    if (expect > 0) FUZZ_CHECK(tree.ok(), "a y_ case is refused: " + tree.error());
    if (expect < 0) FUZZ_CHECK(!tree.ok(), "an n_ case is accepted");
    if (tree) {
        FUZZ_CHECK(valid_utf8(text), "parse accepted text that is not UTF-8");
        std::string again;
        write(*tree, again);
        auto back = json::parse(again);
        FUZZ_CHECK(back.ok(), "a tree written back does not parse: " + back.error() + "\n  " + again);
        FUZZ_CHECK(same_content(*back, *tree), "a tree written back reads differently:\n  " + again);
    }

    Trickle pieces(text);
    Rebuild streamed;
    auto r = json::read_object(pieces, streamed, json::Limits{});
    if (!r) check_error(text, r.error());
    if (tree && tree->is(Type::object)) {
        FUZZ_CHECK(r.ok(), "read_object refuses what parse accepts: " + r.error());
        FUZZ_CHECK(same(streamed.doc, *tree), "read_object reads another tree than parse");
    } else if (tree) {
        FUZZ_CHECK(r.ok() && streamed.doc.type == tree->type && streamed.doc.line == tree->line && streamed.doc.column == tree->column,
                   "read_object and parse disagree on the top-level value");
    } else if (r) {
        // Streaming keeps the first 64 keys of the top level only, to find a key given twice.
        FUZZ_CHECK(!streamed.doc.is(Type::object) ||
                       (tree.error().find("appears twice") != std::string::npos && streamed.doc.keys.size() > 64),
                   "read_object accepts an object that parse refuses: " + tree.error());
    } else {
        FUZZ_CHECK(r.error() == tree.error(), "read_object: " + r.error() + "\n  parse: " + tree.error());
    }

    // Small limits: nothing past them is handed on.
    TextSource whole(text);
    Rebuild bounded;
    const json::Limits tight{8, 5};
    if (json::read_object(whole, bounded, tight)) {
        FUZZ_CHECK(bounded.largest_tree <= tight.max_values, "a tree of " + std::to_string(bounded.largest_tree) + " values");
        FUZZ_CHECK(bounded.longest_token <= tight.max_token_bytes, "a token of " + std::to_string(bounded.longest_token) + " bytes");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    run_one(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}

#ifdef CRAMPDIARY_FUZZ_REPLAY
// json_fuzz_replay PATH...: runs every file (or every file in every folder) given, in name order;
// a file named y_… must parse and one named n_… must not (i_… may go either way).

int main(int argc, char** argv) {
    return fuzz::replay(argc, argv, [](const std::filesystem::path& f, const std::string& data) {
        const std::string name = f.filename().string();
        run_one(data, name.starts_with("y_") ? 1 : name.starts_with("n_") ? -1 : 0);
        auto r = json::parse(data);
        std::printf("%-48s %s\n", name.c_str(), r ? "parsed" : r.error().c_str());
    });
}
#endif
