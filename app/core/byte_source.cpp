// SPDX-License-Identifier: GPL-3.0-or-later
#include "byte_source.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace cramp {

std::size_t TextSource::read(char* buf, std::size_t n) {
    n = std::min(n, text_.size());
    std::memcpy(buf, text_.data(), n);
    text_.remove_prefix(n);
    return n;
}

bool Bytes::fill(std::size_t want) {
    if (eof_) return end_ - pos_ >= want;
    // Keep what is left ahead of the cursor, then read until `want` bytes are there or the source ends.
    if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
        consumed_ += pos_;
        end_ -= pos_;
        pos_ = 0;
    }
    while (end_ < want && !eof_) {
        const std::size_t n = source_.read(buf_.data() + end_, buf_.size() - end_);
        if (n == 0) eof_ = true;
        end_ += n;
    }
    return end_ >= want;
}

std::string excerpt(std::string_view value, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < value.size();) {
        if (chars == max_chars) return out + "…";
        auto c = static_cast<unsigned char>(value[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = len > 0 && i + len <= value.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(value[i + k]) & 0xC0) == 0x80;
        if (!ok || c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            ++i;
        } else {
            out.append(value.substr(i, len));
            i += len;
        }
        ++chars;
    }
    return out;
}

}  // namespace cramp
