// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's standard output, with every write checked to the end: a full disk, a closed
// pipe or a failing close is reported (exit 1) instead of being lost in a stream's error flag.
#pragma once

#include <iosfwd>
#include <memory>

namespace cramp::cli {

class CheckedOutput {
public:
    explicit CheckedOutput(int fd);  // written with write(2), unbuffered by anything but this
    ~CheckedOutput();

    std::ostream& stream();
    // Flushes and closes the descriptor. Returns `code`, or kFailed (or `code` if that is already a
    // failure) after printing the system's reason to `err` when any write or the close failed.
    int finish(int code, std::ostream& err);

private:
    class Buffer;
    std::unique_ptr<Buffer> buffer_;
    std::unique_ptr<std::ostream> stream_;
};

}  // namespace cramp::cli
