// Where the diary lives by default: the platform's app-data folder
// (Linux: ~/.local/share/crampdiary/diary.sqlite, or under $XDG_DATA_HOME).
#pragma once
#include <QString>
#include <QUrl>
#include <filesystem>
std::filesystem::path defaultDiaryPath();
// Where save dialogs start: the user's documents folder, or home when there is none.
QString documentsFolder();
// A file a dialog chose, as a path to open and to show: /home/li/Documents/crampdiary.csv.
QString localPath(const QUrl& file);
