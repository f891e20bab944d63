// Backups of the diary: the automatic one a day (the last 7 kept in a `backups` folder beside the
// diary file), the list of them, and restoring one in place of the diary while keeping the replaced
// file. Backups themselves are written by Diary::backup_to (durable and checked).
#pragma once

#include "diary.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace cramp {

inline constexpr int kDailyBackupsKept = 7;

// <folder of the diary>/backups
std::filesystem::path backup_folder_for(const std::filesystem::path& diary_path);

// The automatic backups in `folder` (diary-YYYY-MM-DD.sqlite), newest first.
std::vector<std::filesystem::path> list_backups(const std::filesystem::path& folder);
std::optional<std::filesystem::path> latest_backup(const std::filesystem::path& folder);

// Writes today's backup (diary-<today>.sqlite) unless it exists, then keeps the newest `keep`.
// Returns the path written, or nothing when today's backup was already there.
Result<std::optional<std::filesystem::path>> ensure_daily_backup(const Diary& diary, const std::filesystem::path& folder,
                                                                  Date today, int keep = kDailyBackupsKept);

// A backup asked for (not one of the daily ones, so never pruned) at `dest`, its folder made
// (owner only) if missing; returns `dest`.
Result<std::filesystem::path> backup_to_file(const Diary& diary, const std::filesystem::path& dest);
// The same at <folder>/diary-<YYYYmmddTHHMMSSZ>.sqlite, by the diary's clock.
Result<std::filesystem::path> backup_now(const Diary& diary, const std::filesystem::path& folder);

// Checks that `backup` is a sound diary, then puts a copy of it at `diary_path`. A diary already
// there is kept, renamed to <diary_path>.replaced-<YYYYmmddTHHMMSSZ> (with its -wal file, if any).
// Returns the kept copy's path (empty when there was no diary). Nothing is touched if the check fails.
// The diary must not be open while it is restored.
Result<std::filesystem::path> restore_backup(const std::filesystem::path& backup, const std::filesystem::path& diary_path,
                                             Instant now);

}  // namespace cramp
