// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomic_file.hpp"

#include "files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace cramp {

namespace fs = std::filesystem;

Result<void> write_file_atomically(const fs::path& target, std::string_view bytes, WriteCall write_call) {
    if (!write_call) write_call = [](int fd, const void* data, std::size_t size) { return ::write(fd, data, size); };
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // A hidden name in the same folder, so the rename stays on one file system.
    std::string tmp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());  // 0600 from its first byte
    if (fd < 0) return fail(CRAMP_TEXT("File", "cannot write %1: %2"), quote(target), std::strerror(errno));

    int err = 0;  // the first failure's errno
    if (::fchmod(fd, 0600) != 0) err = errno;
    for (std::size_t done = 0; !err && done < bytes.size();) {
        const ssize_t n = write_call(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) err = n < 0 ? errno : ENOSPC;
        else done += std::size_t(n);
    }
    if (!err && ::fsync(fd) != 0) err = errno;
    // close reports what a network file system kept back until now.
    if (::close(fd) != 0 && !err) err = errno;
    if (!err && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
    if (err) {
        ::unlink(tmp.c_str());
        return fail(CRAMP_TEXT("File", "cannot write %1: %2"), quote(target), std::strerror(err));
    }
    // The rename itself survives a power cut only once the folder is synced.
    return sync_path(folder, true);
}

}  // namespace cramp
