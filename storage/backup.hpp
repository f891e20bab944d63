// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of the diary: the automatic one a day (the last 7 kept in a `backups` folder beside the
// diary file), the list of them, and restoring one in place of the diary while keeping the replaced
// file. Backups themselves are written by Diary::backup_to (durable and checked).
#pragma once

#include "diary.hpp"

#include <filesystem>
#include <functional>
#include <system_error>
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

// The diaries a restore replaced and kept beside `diary_path` (<diary>.replaced-<UTC time>[-N], not
// their -wal and -shm files), newest first.
std::vector<std::filesystem::path> list_replaced(const std::filesystem::path& diary_path);

// The steps of a restore, in the order they run. Each one either happens or leaves every file as
// it was (see restore_backup); a test names a step to make it fail there (RestoreFault).
enum class RestoreStep {
    check_backup,     // the backup is a sound diary
    copy,             // its bytes copied beside the diary, into a new owner-only file
    sync_copy,        // the copy on disk
    check_copy,       // the copy, read back where it lies, is a sound diary
    keep_diary,       // the current diary gets a second name, <diary>.replaced-<UTC time>[-N]
    keep_side_files,  // and so do its -wal and -shm files, if any
    set_aside,        // its -wal and -shm leave the diary's name (a stale WAL would be replayed)
    put_in_place,     // the copy renamed onto the diary's name
    sync_folder,      // the renames on disk
};
// A test hook: called before each step; an error makes that step fail with that error.
using RestoreFault = std::function<std::error_code(RestoreStep)>;

// Checks that `backup` is a sound diary, then puts a copy of it at `diary_path`. A diary already
// there is kept under <diary_path>.replaced-<YYYYmmddTHHMMSSZ> (with "-2", "-3", … when that name is
// taken), with its -wal and -shm files. Nothing is moved until the copy has been checked where it
// lies; a failure at any step undoes the steps before it, so every file is as it was, and the
// message names the step and the system's reason. Returns the kept copy's path (empty when there
// was no diary). The diary must not be open while it is restored.
Result<std::filesystem::path> restore_backup(const std::filesystem::path& backup, const std::filesystem::path& diary_path,
                                             Instant now, const RestoreFault& fault = {});

}  // namespace cramp
