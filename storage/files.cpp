// SPDX-License-Identifier: GPL-3.0-or-later
#include "files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cramp {

std::string quote(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

Result<void> sync_path(const std::filesystem::path& p, bool directory) {
    int fd = ::open(p.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0) return fail(CRAMP_TEXT("Diary file", "cannot open %1 to sync it: %2"), quote(p), std::strerror(errno));
    int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) return fail(CRAMP_TEXT("Diary file", "cannot sync %1 to disk: %2"), quote(p), std::strerror(err));
    return {};
}

}  // namespace cramp
