// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a whole file (an export, a report) so that a failure never leaves a half-written or
// empty file in place of the earlier one: the bytes go to a temporary file created 0600 in the
// target's folder, are synced to disk, and only then renamed over the target.
#pragma once

#include "result.hpp"

#include <sys/types.h>

#include <filesystem>
#include <string_view>

namespace cramp {

// The write(2) the helper calls; a test passes one that fails as a full disk would.
using WriteCall = ssize_t (*)(int fd, const void* data, std::size_t size);

// Puts `bytes` at `target` (readable by its owner only), or leaves `target` as it was and returns
// the step that failed with the system's reason ("cannot write '…': No space left on device").
Result<void> write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                                   WriteCall write_call = nullptr);

}  // namespace cramp
