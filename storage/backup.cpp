// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.hpp"
#include "files.hpp"

#include <date/date.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <regex>

namespace cramp {

namespace fs = std::filesystem;

namespace {
const std::regex kDailyName(R"(diary-\d{4}-\d{2}-\d{2}\.sqlite)");

// The backups folder, made readable by its owner only (health data) when it is missing.
Result<void> make_backup_folder(const fs::path& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec)) return {};
    fs::create_directories(folder, ec);
    if (ec) return fail(CRAMP_TEXT("Backup", "cannot create the backup folder %1: %2"), quote(folder), ec.message());
    fs::permissions(folder, fs::perms::owner_all, ec);
    return {};
}
}  // namespace

fs::path backup_folder_for(const fs::path& diary_path) {
    auto dir = diary_path.parent_path();
    return (dir.empty() ? fs::path(".") : dir) / "backups";
}

std::vector<fs::path> list_backups(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && std::regex_match(entry.path().filename().string(), kDailyName))
            out.push_back(entry.path());
    // The date in the name sorts as text.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.filename() > b.filename(); });
    return out;
}

std::optional<fs::path> latest_backup(const fs::path& folder) {
    auto all = list_backups(folder);
    if (all.empty()) return std::nullopt;
    return all.front();
}

std::vector<fs::path> list_replaced(const fs::path& diary_path) {
    // The UTC time sorts as text; the number of a second restore in the same second as a number.
    const std::regex name(R"(\.replaced-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?)");
    const std::string prefix = diary_path.filename().string();
    std::vector<std::pair<std::pair<std::string, int>, fs::path>> found;
    std::error_code ec;
    const fs::path folder = diary_path.parent_path().empty() ? fs::path(".") : diary_path.parent_path();
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string file = entry.path().filename().string();
        std::smatch m;
        if (!entry.is_regular_file() || file.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = file.substr(prefix.size());
        if (!std::regex_match(rest, m, name)) continue;
        found.push_back({{m[1].str(), m[2].matched ? std::stoi(m[2].str()) : 1}, entry.path()});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<fs::path> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

Result<std::optional<fs::path>> ensure_daily_backup(const Diary& diary, const fs::path& folder, Date today, int keep) {
    if (auto r = make_backup_folder(folder); !r) return r.failure();
    std::error_code ec;
    const fs::path dest = folder / ("diary-" + format_date(today) + ".sqlite");
    std::optional<fs::path> written;
    if (!fs::exists(dest, ec)) {
        if (auto r = diary.backup_to(dest); !r) return r.failure();
        written = dest;
    }
    auto all = list_backups(folder);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i) fs::remove(all[i], ec);
    return written;
}

Result<fs::path> backup_to_file(const Diary& diary, const fs::path& dest) {
    if (!dest.parent_path().empty())
        if (auto r = make_backup_folder(dest.parent_path()); !r) return r.failure();
    if (auto r = diary.backup_to(dest); !r) return r.failure();
    return dest;
}

Result<fs::path> backup_now(const Diary& diary, const fs::path& folder) {
    return backup_to_file(diary, folder / ("diary-" + date::format("%Y%m%dT%H%M%SZ", diary.now()) + ".sqlite"));
}

namespace {

std::error_code last_error() { return {errno, std::generic_category()}; }

// Copies `from` into the open, empty file `to_fd`, checking every read and write to the end.
std::error_code copy_bytes(const fs::path& from, int to_fd) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return last_error();
    std::vector<char> buf(1 << 16);
    std::error_code ec;
    for (;;) {
        ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ec = last_error();
            break;
        }
        if (n == 0) break;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = ::write(to_fd, buf.data() + done, static_cast<std::size_t>(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) {
                ec = last_error();
                break;
            }
            done += w;
        }
        if (ec) break;
    }
    ::close(in);
    return ec;
}

// What has been done so far, undone newest first when a later step fails.
class Undo {
public:
    void push(std::function<std::error_code()> step) { steps_.push_back(std::move(step)); }
    void commit() { steps_.clear(); }
    // Runs every undo step; the first error, if any.
    std::error_code run() {
        std::error_code first;
        for (auto it = steps_.rbegin(); it != steps_.rend(); ++it)
            if (auto ec = (*it)(); ec && !first) first = ec;
        steps_.clear();
        return first;
    }
    ~Undo() { run(); }

private:
    std::vector<std::function<std::error_code()>> steps_;
};

std::error_code unlink_path(const fs::path& p) { return ::unlink(p.c_str()) == 0 ? std::error_code{} : last_error(); }
std::error_code link_path(const fs::path& from, const fs::path& to) {
    return ::link(from.c_str(), to.c_str()) == 0 ? std::error_code{} : last_error();
}

constexpr std::array<const char*, 2> kSideFiles{"-wal", "-shm"};

fs::path with_suffix(const fs::path& p, const std::string& suffix) { return fs::path(p.string() + suffix); }

}  // namespace

Result<fs::path> restore_backup(const fs::path& backup, const fs::path& diary_path, Instant now, const RestoreFault& fault) {
    auto injected = [&](RestoreStep s) { return fault ? fault(s) : std::error_code{}; };
    bool placed = false;  // once the copy is renamed onto the diary, its own name is gone
    Undo undo;            // after `placed`: its steps read it until they are run or dropped
    // A failed step: undo the steps before it, and say which step failed and why.
    auto failed = [&](Message why) -> Error {
        if (auto ec = undo.run())
            return fail(CRAMP_TEXT("Backup", "%1; undoing the restore failed too: %2"), std::move(why), ec.message());
        return fail(std::move(why));
    };

    if (auto ec = injected(RestoreStep::check_backup))
        return fail(CRAMP_TEXT("Backup", "the backup cannot be restored: %1"), ec.message());
    if (auto r = Diary::check_file(backup); !r) return fail(CRAMP_TEXT("Backup", "the backup cannot be restored: %1"), r.problem());

    // The copy goes beside the diary under a name no one else has, so the final step is one rename
    // on the same disk; mkstemp creates it owner-only (health data) before its first byte.
    std::string pattern = diary_path.string() + ".restoring-XXXXXX";
    int fd = -1;
    std::error_code ec = injected(RestoreStep::copy);
    if (!ec) {
        fd = ::mkstemp(pattern.data());
        if (fd < 0) ec = last_error();
    }
    const fs::path incoming = pattern;
    if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot copy the backup %1 beside the diary: %2"), quote(backup), ec.message()));
    undo.push([incoming, &placed] { return placed ? std::error_code{} : unlink_path(incoming); });
    ec = copy_bytes(backup, fd);
    if (!ec) ec = injected(RestoreStep::sync_copy);
    if (!ec && ::fsync(fd) != 0) ec = last_error();
    if (::close(fd) != 0 && !ec) ec = last_error();
    if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot copy the backup %1 to %2: %3"), quote(backup), quote(incoming), ec.message()));

    // A plain byte copy was checked as it was read; what lies on disk is checked again.
    if (auto e = injected(RestoreStep::check_copy))
        return failed(Message(CRAMP_TEXT("Backup", "the copy %1 of the backup is not sound: %2"), quote(incoming), e.message()));
    if (auto r = Diary::check_file(incoming); !r)
        return failed(Message(CRAMP_TEXT("Backup", "the copy %1 of the backup is not sound: %2"), quote(incoming), r.problem()));

    fs::path kept;
    std::error_code exists_ec;
    if (fs::exists(diary_path, exists_ec)) {
        // Second names for the current diary and its side files: nothing is moved yet, and a name
        // already taken (two restores in one second) gets the next free number.
        const std::string base = diary_path.string() + ".replaced-" + date::format("%Y%m%dT%H%M%SZ", now);
        kept = base;
        ec = injected(RestoreStep::keep_diary);
        for (int n = 1; !ec; ++n) {
            kept = n == 1 ? fs::path(base) : fs::path(base + "-" + std::to_string(n));
            bool side_taken = false;
            for (const char* suffix : kSideFiles) side_taken = side_taken || fs::exists(with_suffix(kept, suffix), exists_ec);
            if (side_taken) continue;
            ec = link_path(diary_path, kept);
            if (ec != std::errc::file_exists) break;
            ec.clear();
            if (n == 1000) ec = std::make_error_code(std::errc::file_exists);
        }
        if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot keep the current diary as %1: %2"), quote(kept), ec.message()));
        undo.push([kept] { return unlink_path(kept); });

        for (const char* suffix : kSideFiles) {
            const fs::path side = with_suffix(diary_path, suffix), kept_side = with_suffix(kept, suffix);
            if (!fs::exists(side, exists_ec)) continue;
            ec = injected(RestoreStep::keep_side_files);
            if (!ec) ec = link_path(side, kept_side);
            if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot keep %1 as %2: %3"), quote(side), quote(kept_side), ec.message()));
            undo.push([kept_side] { return unlink_path(kept_side); });
        }
        // The current -wal and -shm leave the diary's name (they stay under the kept one): left
        // beside the restored file, a stale WAL would be replayed into it.
        for (const char* suffix : kSideFiles) {
            const fs::path side = with_suffix(diary_path, suffix), kept_side = with_suffix(kept, suffix);
            if (!fs::exists(side, exists_ec)) continue;
            ec = injected(RestoreStep::set_aside);
            if (!ec) ec = unlink_path(side);
            if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot set aside %1: %2"), quote(side), ec.message()));
            undo.push([kept_side, side] { return link_path(kept_side, side); });
        }
    }

    ec = injected(RestoreStep::put_in_place);
    if (!ec && ::rename(incoming.c_str(), diary_path.c_str()) != 0) ec = last_error();
    if (ec) return failed(Message(CRAMP_TEXT("Backup", "cannot put the restored diary at %1: %2"), quote(diary_path), ec.message()));
    placed = true;
    // Undone by putting the kept diary back under its name (the copy's name is free again).
    undo.push([kept, incoming, diary_path] {
        if (kept.empty()) return unlink_path(diary_path);
        if (auto e = link_path(kept, incoming)) return e;
        return ::rename(incoming.c_str(), diary_path.c_str()) == 0 ? std::error_code{} : last_error();
    });

    const fs::path folder = diary_path.parent_path().empty() ? fs::path(".") : diary_path.parent_path();
    if (auto e = injected(RestoreStep::sync_folder))
        return failed(Message(CRAMP_TEXT("Diary file", "cannot sync %1 to disk: %2"), quote(folder), e.message()));
    if (auto r = sync_path(folder, true); !r) return failed(r.problem());
    undo.commit();
    return kept;
}

}  // namespace cramp
