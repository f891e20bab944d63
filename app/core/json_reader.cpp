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

// What is wrong at a byte position. The message is a whole sentence, or a frame such as "%1;
// expected a value" around what was found there ("unexpected 'x'", itself a whole clause); the
// line and column are put in front by parse().
struct ParseError {
    std::size_t pos;
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

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    Value document() {
        skip_ws();
        if (pos_ == s_.size()) fail(pos_, CRAMP_TEXT("JSON", "the text is empty; expected a JSON value"));
        Value v = value(0);
        skip_ws();
        if (pos_ != s_.size()) fail(pos_, CRAMP_TEXT("JSON", "%1 after the end of the JSON value"), found());
        return v;
    }

    // Line and column (characters from 1) of a byte position. Positions are asked for in rising
    // order while parsing, so the scan goes on from the last answer.
    std::pair<int, int> locate(std::size_t pos) {
        if (pos < at_pos_) at_pos_ = 0, at_line_ = 1, at_col_ = 1;
        for (; at_pos_ < pos && at_pos_ < s_.size(); ++at_pos_) {
            char c = s_[at_pos_];
            if (c == '\n' || (c == '\r' && (at_pos_ + 1 >= s_.size() || s_[at_pos_ + 1] != '\n'))) {
                ++at_line_;
                at_col_ = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
                ++at_col_;
            }
        }
        return {at_line_, at_col_};
    }

private:
    template <typename... Args>
    [[noreturn]] void fail(std::size_t pos, Text text, Args&&... args) {
        throw ParseError{pos, Message(text, std::forward<Args>(args)...)};
    }

    // "unexpected 'x'", "unexpected end of the text", for the byte at pos_.
    Message found() const {
        if (pos_ >= s_.size()) return Message(CRAMP_TEXT("JSON", "unexpected end of the text"));
        auto c = static_cast<unsigned char>(s_[pos_]);
        if (c >= 0x21 && c < 0x7F) return Message(CRAMP_TEXT("JSON", "unexpected '%1'"), std::string(1, static_cast<char>(c)));
        std::uint32_t cp = 0;
        if (c >= 0x80 && utf8_sequence(s_, pos_, cp)) return Message(CRAMP_TEXT("JSON", "unexpected character %1"), hex_code_point(cp));
        if (c >= 0x80) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", c);
            return Message(CRAMP_TEXT("JSON", "the byte %1 is not UTF-8"), buf);
        }
        return Message(CRAMP_TEXT("JSON", "unexpected control character %1"), hex_code_point(c));
    }

    void skip_ws() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
    }

    Value value(int depth) {
        Value v;
        auto [line, col] = locate(pos_);
        v.line = line;
        v.column = col;
        if (pos_ >= s_.size()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
        switch (s_[pos_]) {
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
            if (s_[pos_] == '-' || (s_[pos_] >= '0' && s_[pos_] <= '9')) {
                v.type = Type::number;
                v.text = number();
            } else {
                fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
            }
        }
        return v;
    }

    void literal(std::string_view word, Value& v, Type t, bool b) {
        if (s_.substr(pos_, word.size()) != word) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a value"), found());
        pos_ += word.size();
        v.type = t;
        v.boolean = b;
    }

    std::string number() {
        const std::size_t start = pos_;
        auto digit = [&] { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; };
        if (s_[pos_] == '-') ++pos_;
        if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit"), found());
        if (s_[pos_] == '0') {
            ++pos_;
            if (digit()) fail(start, CRAMP_TEXT("JSON", "a number may not start with 0 (leading zeros are not JSON)"));
        } else {
            while (digit()) ++pos_;
        }
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit after the decimal point"), found());
            while (digit()) ++pos_;
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (!digit()) fail(pos_, CRAMP_TEXT("JSON", "%1; expected a digit in the exponent"), found());
            while (digit()) ++pos_;
        }
        return std::string(s_.substr(start, pos_ - start));
    }

    unsigned hex4(std::size_t at) {
        if (at + 4 > s_.size()) fail(at, CRAMP_TEXT("JSON", "a \\u escape needs four hex digits"));
        unsigned v = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            char c = s_[i];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else fail(at, CRAMP_TEXT("JSON", "a \\u escape needs four hex digits"));
        }
        return v;
    }

    std::string string() {
        const std::size_t open = pos_;
        ++pos_;  // the opening quote
        std::string out;
        for (;;) {
            if (pos_ >= s_.size()) fail(open, CRAMP_TEXT("JSON", "a string is not closed"));
            auto c = static_cast<unsigned char>(s_[pos_]);
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c < 0x20)
                fail(pos_, CRAMP_TEXT("JSON", "a control character (%1) inside a string; write it as an escape such as \\n"),
                     hex_code_point(c));
            if (c == '\\') {
                const std::size_t esc = pos_;
                if (++pos_ >= s_.size()) fail(open, CRAMP_TEXT("JSON", "a string is not closed"));
                switch (s_[pos_]) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = hex4(pos_ + 1);
                    pos_ += 4;
                    if (cp >= 0xDC00 && cp <= 0xDFFF)
                        fail(esc, CRAMP_TEXT("JSON", "%1 is a low surrogate without a high surrogate before it"), escape(cp));
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (s_.substr(pos_ + 1, 2) != "\\u")
                            fail(esc, CRAMP_TEXT("JSON", "%1 is a high surrogate without a low surrogate after it"), escape(cp));
                        std::uint32_t lo = hex4(pos_ + 3);
                        if (lo < 0xDC00 || lo > 0xDFFF)
                            fail(esc, CRAMP_TEXT("JSON", "%1 is a high surrogate without a low surrogate after it"), escape(cp));
                        pos_ += 6;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: fail(esc, CRAMP_TEXT("JSON", "%1 is not a JSON escape"), "\\" + std::string(1, s_[pos_]));
                }
                ++pos_;
                continue;
            }
            if (c < 0x80) {
                out += static_cast<char>(c);
                ++pos_;
                continue;
            }
            std::uint32_t cp = 0;
            std::size_t len = utf8_sequence(s_, pos_, cp);
            if (len == 0) fail(pos_, CRAMP_TEXT("JSON", "the text is not UTF-8 (a string holds a byte sequence that is not UTF-8)"));
            out.append(s_.substr(pos_, len));
            pos_ += len;
        }
    }

    void array(Value& v, int depth) {
        if (depth > kMaxDepth) fail(pos_, CRAMP_TEXT("JSON", "arrays and objects are nested more than %1 deep"), kMaxDepth);
        v.type = Type::array;
        ++pos_;
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return;
        }
        for (;;) {
            skip_ws();
            v.items.push_back(value(depth));
            skip_ws();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                skip_ws();
                if (pos_ < s_.size() && s_[pos_] == ']') fail(pos_, CRAMP_TEXT("JSON", "a comma before ']' (trailing commas are not JSON)"));
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == ']') {
                ++pos_;
                return;
            }
            fail(pos_, CRAMP_TEXT("JSON", "%1; expected ',' or ']' after an element of an array"), found());
        }
    }

    void object(Value& v, int depth) {
        if (depth > kMaxDepth) fail(pos_, CRAMP_TEXT("JSON", "arrays and objects are nested more than %1 deep"), kMaxDepth);
        v.type = Type::object;
        ++pos_;
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return;
        }
        std::unordered_set<std::string> seen;  // used once an object grows past a few keys
        for (;;) {
            skip_ws();
            if (pos_ >= s_.size() || s_[pos_] != '"') fail(pos_, CRAMP_TEXT("JSON", "%1; expected a key in double quotes"), found());
            const std::size_t key_pos = pos_;
            std::string key = string();
            bool dup = false;
            if (v.keys.size() < 16) {
                for (const auto& k : v.keys) dup = dup || k == key;
            } else {
                if (seen.empty()) seen.insert(v.keys.begin(), v.keys.end());
                dup = !seen.insert(key).second;
            }
            if (dup) fail(key_pos, CRAMP_TEXT("JSON", "the key \"%1\" appears twice in one object"), key);
            skip_ws();
            if (pos_ >= s_.size() || s_[pos_] != ':') fail(pos_, CRAMP_TEXT("JSON", "%1; expected ':' after the key \"%2\""), found(), key);
            ++pos_;
            skip_ws();
            v.items.push_back(value(depth));
            v.keys.push_back(std::move(key));
            skip_ws();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                skip_ws();
                if (pos_ < s_.size() && s_[pos_] == '}') fail(pos_, CRAMP_TEXT("JSON", "a comma before '}' (trailing commas are not JSON)"));
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == '}') {
                ++pos_;
                return;
            }
            fail(pos_, CRAMP_TEXT("JSON", "%1; expected ',' or '}' after a member of an object"), found());
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    std::size_t at_pos_ = 0;
    int at_line_ = 1, at_col_ = 1;
};

}  // namespace

Result<Value> parse(std::string_view text) {
    Parser p(text);
    try {
        return p.document();
    } catch (const ParseError& e) {
        auto [line, col] = p.locate(e.pos);
        return fail(CRAMP_TEXT("JSON", "line %1, column %2: %3"), line, col, e.message);
    }
}

}  // namespace cramp::json
