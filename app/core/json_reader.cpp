// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_reader.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

namespace cramp::json {

Message describe(Type t) {
    switch (t) {
    case Type::null: return Message(CRAMP_TEXT("JSON", "null"));
    case Type::boolean: return Message(CRAMP_TEXT("JSON", "true or false"));
    case Type::number: return Message(CRAMP_TEXT("JSON", "a number"));
    case Type::string: return Message(CRAMP_TEXT("JSON", "a string"));
    case Type::array: return Message(CRAMP_TEXT("JSON", "an array"));
    case Type::object: return Message(CRAMP_TEXT("JSON", "an object"));
    }
    return Message(CRAMP_TEXT("JSON", "a value"));
}

const Value* Value::find(std::string_view key) const {
    if (type != Type::object) return nullptr;
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::optional<std::int64_t> Value::integer() const {
    if (type != Type::number || text.find_first_of(".eE") != std::string::npos) return std::nullopt;
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
    return v;
}

std::optional<double> Value::number() const {
    if (type != Type::number) return std::nullopt;
    // strtod reads the C locale's decimal point; JSON numbers use '.', which the "C" locale we run
    // the core in agrees with.
    return std::strtod(text.c_str(), nullptr);
}

namespace {

// What is wrong, and where (line and column from 1). The message is a whole sentence, or a frame
// such as "%1; expected a value" around what was found there ("unexpected 'x'", itself a whole
// clause); the line and column are put in front by the entry points.
struct Pos {
    int line = 1, column = 1;
};
struct ParseError {
    Pos at;
    Message message;
};

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is not valid UTF-8
// (overlong, a surrogate, past U+10FFFF, cut short).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& cp) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
        auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string hex_code_point(std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

// A \uXXXX escape as written in JSON, upper case: "\uD83D".
std::string escape(std::uint32_t cp) { return "\\u" + hex_code_point(cp).substr(2); }

int hex_digit(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

constexpr std::size_t kTrackedTopKeys = 64;

// Reads from a byte cursor, one byte of look-ahead at a time (a few for UTF-8 and escapes), keeping
// the line and column of the cursor as it goes.
class Parser {
public:
    Parser(ByteSource& source, const Limits& limits) : in_(source), limits_(limits) {}

    Value document() {
        begin();
        Value v = value(0);
        end();
        return v;
    }

    void stream(MemberHandler& h) {
        begin();
        Value shell;
        shell.line = pos_.line;
        shell.column = pos_.column;
        switch (in_.peek()) {
        case '{': shell.type = Type::object; break;
        case '[': shell.type = Type::array; break;
        case '"': shell.type = Type::string; break;
        case 't':
        case 'f': shell.type = Type::boolean; break;
        case 'n': shell.type = Type::null; break;
        default:
            if (in_.peek() == '-' || (in_.peek() >= '0' && in_.peek() <= '9')) shell.type = Type::number;
            else fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
        }
        h.top(shell);
        if (!shell.is(Type::object)) return;
        advance();
        skip_ws();
        if (in_.peek() == '}') {
            advance();
            return end();
        }
        std::unordered_set<std::string> seen;
        for (;;) {
            skip_ws();
            const Pos key_pos = pos_;
            std::string key = this->key();
            if (seen.count(key)) fail(key_pos, CRAMP_TEXT("JSON", "the key \"%1\" appears twice in one object"), excerpt(key));
            if (seen.size() < kTrackedTopKeys) seen.insert(key);
            colon(key);
            if (in_.peek() == '[') {
                Value array;
                array.type = Type::array;
                array.line = pos_.line;
                array.column = pos_.column;
                h.member(key, std::move(array));
                std::size_t index = 0;
                items(2, [&] {
                    values_ = 0;
                    h.element(key, index++, value(2));
                });
            } else {
                values_ = 0;
                h.member(key, value(1));
            }
            if (next_member()) continue;
            return end();
        }
    }

    template <typename... Args>
    [[noreturn]] void fail(Pos at, Text text, Args&&... args) {
        throw ParseError{at, Message(text, std::forward<Args>(args)...)};
    }

private:
    void begin() {
        skip_ws();
        if (in_.at_end()) fail(pos_, CRAMP_TEXT("JSON", "the text is empty; expected a JSON value"));
    }

    void end() {
        skip_ws();
        if (!in_.at_end()) fail(pos_, CRAMP_TEXT("JSON", "%1 after the end of the JSON value"), found());
    }

    // Takes the byte at the cursor: LF, CRLF and a lone CR end a line; columns count characters.
    void advance() {
        const unsigned char c = in_.take();
        if (c == '\n' || (c == '\r' && in_.peek() != '\n')) {
            ++pos_.line;
            pos_.column = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            ++pos_.column;
        }
    }

    // Up to four bytes from the cursor, for decoding one UTF-8 sequence.
    std::string ahead(std::size_t n) {
        std::string out;
        for (std::size_t k = 0; k < n; ++k) {
            const int b = in_.peek(k);
            if (b < 0) break;
            out += static_cast<char>(b);
        }
        return out;
    }

    // "unexpected 'x'", "unexpected end of the text", for the byte at the cursor.
    Message found() {
        const int c = in_.peek();
        if (c < 0) return Message(CRAMP_TEXT("JSON", "unexpected end of the text"));
        if (c == '/' && (in_.peek(1) == '/' || in_.peek(1) == '*')) return Message(CRAMP_TEXT("JSON", "a comment, which JSON does not allow"));
        if (c >= 0x21 && c < 0x7F) return Message(CRAMP_TEXT("JSON", "unexpected '%1'"), std::string(1, static_cast<char>(c)));
        std::uint32_t cp = 0;
        if (c >= 0x80 && utf8_sequence(ahead(4), 0, cp)) return Message(CRAMP_TEXT("JSON", "unexpected character %1"), hex_code_point(cp));
        if (c >= 0x80) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", c);
            return Message(CRAMP_TEXT("JSON", "the byte %1 is not UTF-8"), buf);
        }
        return Message(CRAMP_TEXT("JSON", "unexpected control character %1"), hex_code_point(static_cast<std::uint32_t>(c)));
    }

    void skip_ws() {
        for (int c = in_.peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = in_.peek()) advance();
    }

    void grown(std::size_t size, Pos start, Text what) {
        if (size > limits_.max_token_bytes) fail(start, what, limits_.max_token_bytes);
    }

    Value value(int depth) {
        Value v;
        v.line = pos_.line;
        v.column = pos_.column;
        if (++values_ > limits_.max_values)
            fail(pos_, CRAMP_TEXT("JSON", "more than %1 values in one record; no record of a Cramp Diary export has that many"),
                 limits_.max_values);
        switch (in_.peek()) {
        case '{': object(v, depth + 1); break;
        case '[': array(v, depth + 1); break;
        case '"':
            v.type = Type::string;
            v.text = string();
            break;
        case 't': literal("true", v, Type::boolean, true); break;
        case 'f': literal("false", v, Type::boolean, false); break;
        case 'n': literal("null", v, Type::null, false); break;
        default:
            if (in_.peek() == '-' || (in_.peek() >= '0' && in_.peek() <= '9')) {
                v.type = Type::number;
                v.text = number();
            } else {
                fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
            }
        }
        return v;
    }

    void literal(std::string_view word, Value& v, Type t, bool b) {
        for (std::size_t k = 0; k < word.size(); ++k)
            if (in_.peek(k) != word[k]) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
        for (std::size_t k = 0; k < word.size(); ++k) advance();
        v.type = t;
        v.boolean = b;
    }

    std::string number() {
        const Pos start = pos_;
        std::string out;
        auto digit = [&] { return in_.peek() >= '0' && in_.peek() <= '9'; };
        auto take = [&] {
            out += static_cast<char>(in_.peek());
            advance();
            grown(out.size(), start, CRAMP_TEXT("JSON", "a number longer than %1 characters; no Cramp Diary export holds one"));
        };
        if (in_.peek() == '-') take();
        if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit"), found());
        if (in_.peek() == '0') {
            take();
            if (digit()) fail(start, CRAMP_TEXT("JSON", "a number may not start with 0 (leading zeros are not JSON)"));
        } else {
            while (digit()) take();
        }
        if (in_.peek() == '.') {
            take();
            if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit after the decimal point"), found());
            while (digit()) take();
        }
        if (in_.peek() == 'e' || in_.peek() == 'E') {
            take();
            if (in_.peek() == '+' || in_.peek() == '-') take();
            if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit in the exponent"), found());
            while (digit()) take();
        }
        return out;
    }

    // Four hex digits at the cursor, taken.
    std::uint32_t hex4() {
        const Pos at = pos_;
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const int d = hex_digit(in_.peek(k));
            if (d < 0) fail(at, CRAMP_TEXT("JSON", "a \\u escape needs four hex digits"));
            v = (v << 4) | static_cast<std::uint32_t>(d);
        }
        for (std::size_t k = 0; k < 4; ++k) advance();
        return v;
    }

    std::string key() {
        if (in_.peek() != '"') fail(pos_, CRAMP_TEXT("JSON", "%1; expected a key in double quotes"), found());
        return string();
    }

    void colon(const std::string& key) {
        skip_ws();
        if (in_.peek() != ':') fail(pos_, CRAMP_TEXT("JSON", "%1; expected ':' after the key \"%2\""), found(), excerpt(key));
        advance();
        skip_ws();
    }

    std::string string() {
        const Pos open = pos_;
        advance();  // the opening quote
        std::string out;
        for (;;) {
            grown(out.size(), open, CRAMP_TEXT("JSON", "a string longer than %1 bytes; no Cramp Diary export holds one"));
            const int c = in_.peek();
            if (c < 0) fail(open, CRAMP_TEXT("JSON", "a string is not closed"));
            if (c == '"') {
                advance();
                return out;
            }
            if (c < 0x20)
                fail(pos_, CRAMP_TEXT("JSON", "a control character (%1) inside a string; write it as an escape such as \\n"),
                     hex_code_point(static_cast<std::uint32_t>(c)));
            if (c == '\\') {
                const Pos esc = pos_;
                advance();
                const int e = in_.peek();
                if (e < 0) fail(open, CRAMP_TEXT("JSON", "a string is not closed"));
                switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    advance();
                    std::uint32_t cp = hex4();
                    if (cp >= 0xDC00 && cp <= 0xDFFF)
                        fail(esc, CRAMP_TEXT("JSON", "%1 is a low surrogate without a high surrogate before it"), escape(cp));
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (in_.peek() != '\\' || in_.peek(1) != 'u')
                            fail(esc, CRAMP_TEXT("JSON", "%1 is a high surrogate without a low surrogate after it"), escape(cp));
                        advance();
                        advance();
                        std::uint32_t lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF)
                            fail(esc, CRAMP_TEXT("JSON", "%1 is a high surrogate without a low surrogate after it"), escape(cp));
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    append_utf8(out, cp);
                    continue;  // the digits are taken
                }
                default: fail(esc, CRAMP_TEXT("JSON", "%1 is not a JSON escape"), "\\" + excerpt(std::string(1, static_cast<char>(e))));
                }
                advance();
                continue;
            }
            if (c < 0x80) {
                out += static_cast<char>(c);
                advance();
                continue;
            }
            std::uint32_t cp = 0;
            const std::string seq = ahead(4);
            const std::size_t len = utf8_sequence(seq, 0, cp);
            if (len == 0) fail(pos_, CRAMP_TEXT("JSON", "the text is not UTF-8 (a string holds a byte sequence that is not UTF-8)"));
            out.append(seq, 0, len);
            for (std::size_t k = 0; k < len; ++k) advance();
        }
    }

    // After a member: true on ',' (another follows), false on '}'.
    bool next_member() {
        skip_ws();
        if (in_.peek() == ',') {
            advance();
            skip_ws();
            if (in_.peek() == '}') fail(pos_, CRAMP_TEXT("JSON", "a comma before '}' (trailing commas are not JSON)"));
            return true;
        }
        if (in_.peek() == '}') {
            advance();
            return false;
        }
        fail(pos_, CRAMP_TEXT("JSON", "%1; expected ',' or '}' after a member of an object"), found());
    }

    // The items of an array whose '[' is at the cursor, each read by `item` (at depth `depth`).
    template <typename Item>
    void items(int depth, Item&& item) {
        if (depth > kMaxDepth) fail(pos_, CRAMP_TEXT("JSON", "arrays and objects are nested more than %1 deep"), kMaxDepth);
        advance();
        skip_ws();
        if (in_.peek() == ']') {
            advance();
            return;
        }
        for (;;) {
            skip_ws();
            item();
            skip_ws();
            if (in_.peek() == ',') {
                advance();
                skip_ws();
                if (in_.peek() == ']') fail(pos_, CRAMP_TEXT("JSON", "a comma before ']' (trailing commas are not JSON)"));
                continue;
            }
            if (in_.peek() == ']') {
                advance();
                return;
            }
            fail(pos_, CRAMP_TEXT("JSON", "%1; expected ',' or ']' after an element of an array"), found());
        }
    }

    void array(Value& v, int depth) {
        v.type = Type::array;
        items(depth, [&] { v.items.push_back(value(depth)); });
    }

    void object(Value& v, int depth) {
        if (depth > kMaxDepth) fail(pos_, CRAMP_TEXT("JSON", "arrays and objects are nested more than %1 deep"), kMaxDepth);
        v.type = Type::object;
        advance();
        skip_ws();
        if (in_.peek() == '}') {
            advance();
            return;
        }
        std::unordered_set<std::string> seen;  // used once an object grows past a few keys
        for (;;) {
            skip_ws();
            const Pos key_pos = pos_;
            std::string key = this->key();
            bool dup = false;
            if (v.keys.size() < 16) {
                for (const auto& k : v.keys) dup = dup || k == key;
            } else {
                if (seen.empty()) seen.insert(v.keys.begin(), v.keys.end());
                dup = !seen.insert(key).second;
            }
            if (dup) fail(key_pos, CRAMP_TEXT("JSON", "the key \"%1\" appears twice in one object"), excerpt(key));
            colon(key);
            v.items.push_back(value(depth));
            v.keys.push_back(std::move(key));
            if (!next_member()) return;
        }
    }

    Bytes in_;
    Limits limits_;
    Pos pos_;
    std::size_t values_ = 0;  // in the tree being read
};

Error located(const ParseError& e) { return fail(CRAMP_TEXT("JSON", "line %1, column %2: %3"), e.at.line, e.at.column, e.message); }

}  // namespace

Result<Value> parse(std::string_view text) {
    TextSource source(text);
    Parser p(source, Limits{});
    try {
        return p.document();
    } catch (const ParseError& e) {
        return located(e);
    }
}

Result<void> read_object(ByteSource& source, MemberHandler& handler, const Limits& limits) {
    Parser p(source, limits);
    try {
        p.stream(handler);
        return {};
    } catch (const ParseError& e) {
        return located(e);
    }
}

}  // namespace cramp::json
