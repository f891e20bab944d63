// SPDX-License-Identifier: GPL-3.0-or-later
// Where the import readers (csv::Reader, json::read_object) get their bytes: a file read a piece at
// a time or text already in memory, behind one small interface, so that a file of any size is read
// in bounded memory. Bytes is the buffered cursor the readers share (look ahead a few bytes, take one).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Up to `n` bytes into `buf`; 0 at the end (or after a read error, which error() then names).
    virtual std::size_t read(char* buf, std::size_t n) = 0;
    // The system's reason when reading stopped on an error, else nothing.
    virtual std::optional<std::string> error() const { return std::nullopt; }
};

// Text in memory (tests, the window's small files, json::parse).
class TextSource : public ByteSource {
public:
    explicit TextSource(std::string_view text) : text_(text) {}
    std::size_t read(char* buf, std::size_t n) override;

private:
    std::string_view text_;
};

// A cursor over a ByteSource with a buffer of its own: peek(k) looks k bytes ahead (up to
// kLookahead), take() consumes one. Memory is the buffer, whatever the size of the source.
class Bytes {
public:
    static constexpr std::size_t kLookahead = 8;

    explicit Bytes(ByteSource& source, std::size_t buffer = 64 * 1024) : source_(source), buf_(buffer + kLookahead) {}

    // The byte k ahead of the cursor (0 … kLookahead-1), or -1 past the end.
    int peek(std::size_t k = 0) {
        if (pos_ + k >= end_ && !fill(k + 1)) return -1;
        return static_cast<unsigned char>(buf_[pos_ + k]);
    }
    // Consumes the byte at the cursor (which peek() said is there).
    unsigned char take() { return static_cast<unsigned char>(buf_[pos_++]); }
    bool at_end() { return peek() < 0; }
    std::size_t offset() const { return consumed_ + pos_; }  // bytes consumed so far

private:
    // Makes `want` bytes available from the cursor on, if the source has them.
    bool fill(std::size_t want);

    ByteSource& source_;
    std::vector<char> buf_;
    std::size_t pos_ = 0, end_ = 0, consumed_ = 0;
    bool eof_ = false;
};

// A value read from a file, as a message echoes it: at most `max_chars` characters, cut with "…",
// and control characters written as \xHH, so that a hostile file can neither flood a message nor
// put terminal escapes in it. Bytes that are not UTF-8 are written as \xHH too.
inline constexpr std::size_t kExcerptChars = 60;
std::string excerpt(std::string_view value, std::size_t max_chars = kExcerptChars);

}  // namespace cramp
