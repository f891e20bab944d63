#include "backup.hpp"
#include "files.hpp"

#include <date/date.h>

#include <algorithm>
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

Result<fs::path> restore_backup(const fs::path& backup, const fs::path& diary_path, Instant now) {
    if (auto r = Diary::check_file(backup); !r) return fail(CRAMP_TEXT("Backup", "the backup cannot be restored: %1"), r.problem());
    std::error_code ec;
    // Copy the backup beside the diary first, so the final step is one rename on the same disk.
    fs::path incoming = diary_path;
    incoming += ".restoring";
    fs::remove(incoming, ec);
    // A plain byte copy: opening the backup as a diary would write to it (journal mode), and a
    // backup is one self-contained file that check_file has just read whole.
    fs::copy_file(backup, incoming, ec);
    if (ec) return fail(CRAMP_TEXT("Backup", "cannot copy the backup %1: %2"), quote(backup), ec.message());
    fs::permissions(incoming, fs::perms::owner_read | fs::perms::owner_write, ec);
    if (auto r = sync_path(incoming, false); !r) {
        fs::remove(incoming, ec);
        return r.failure();
    }
    fs::path kept;
    if (fs::exists(diary_path, ec)) {
        kept = diary_path;
        kept += ".replaced-" + date::format("%Y%m%dT%H%M%SZ", now);
        // The old diary's -wal/-shm go with it first: left beside the restored file, a stale WAL
        // would be replayed into it.
        for (const char* suffix : {"-wal", "-shm"}) {
            fs::path side = diary_path.string() + suffix;
            if (fs::exists(side, ec)) fs::rename(side, kept.string() + suffix, ec);
        }
        // A second name for the old diary, then one atomic rename over it: at every moment there
        // is a diary at diary_path, and the old one is kept.
        fs::create_hard_link(diary_path, kept, ec);
        if (ec) {
            fs::remove(incoming, ec);
            return fail(CRAMP_TEXT("Backup", "cannot keep the current diary as %1: %2"), quote(kept), ec.message());
        }
    }
    fs::rename(incoming, diary_path, ec);
    if (ec) return fail(CRAMP_TEXT("Backup", "cannot put the restored diary at %1: %2"), quote(diary_path), ec.message());
    // The rename made durable where the folder can be synced; the restore has happened either way.
    (void)sync_path(diary_path.parent_path().empty() ? fs::path(".") : diary_path.parent_path(), true);
    return kept;
}

}  // namespace cramp
