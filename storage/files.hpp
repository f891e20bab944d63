// SPDX-License-Identifier: GPL-3.0-or-later
// What the diary and its backups both do to files (storage's own, not part of its interface).
#pragma once

#include "result.hpp"

#include <filesystem>
#include <string>

namespace cramp {

// A path as messages show it: '/home/li/.local/share/crampdiary/diary.sqlite'.
std::string quote(const std::filesystem::path& p);

// fsync a file or a folder, so a rename or a copy survives a power cut.
Result<void> sync_path(const std::filesystem::path& p, bool directory);

}  // namespace cramp
