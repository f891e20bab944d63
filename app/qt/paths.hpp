// Where the diary lives by default: the platform's app-data folder
// (Linux: ~/.local/share/crampdiary/diary.sqlite, or under $XDG_DATA_HOME).
#pragma once
#include <filesystem>
std::filesystem::path defaultDiaryPath();
