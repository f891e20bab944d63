// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.hpp"

#include "cli.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>
#include <streambuf>
#include <vector>

namespace cramp::cli {

class CheckedOutput::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : fd_(fd), bytes_(1 << 16) { setp(bytes_.data(), bytes_.data() + bytes_.size()); }

    // Writes what is buffered and closes the descriptor; the first failure's errno, or 0.
    int close() {
        drain();
        if (::close(fd_) != 0 && !error_) error_ = errno;
        return error_;
    }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* p = pbase();
        while (!error_ && p < pptr()) {
            const ssize_t n = ::write(fd_, p, std::size_t(pptr() - p));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) error_ = n < 0 ? errno : EIO;
            else p += n;
        }
        setp(bytes_.data(), bytes_.data() + bytes_.size());  // after a failure the rest is dropped
        return !error_;
    }

    int fd_;
    std::vector<char> bytes_;
    int error_ = 0;
};

CheckedOutput::CheckedOutput(int fd) : buffer_(std::make_unique<Buffer>(fd)), stream_(std::make_unique<std::ostream>(buffer_.get())) {}
CheckedOutput::~CheckedOutput() = default;

std::ostream& CheckedOutput::stream() { return *stream_; }

int CheckedOutput::finish(int code, std::ostream& err) {
    stream_->flush();
    if (const int e = buffer_->close()) {
        err << "crampdiary: cannot write the output: " << std::strerror(e) << "\n";
        return code == kOk ? kFailed : code;
    }
    return code;
}

}  // namespace cramp::cli
