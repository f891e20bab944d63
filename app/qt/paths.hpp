// SPDX-License-Identifier: GPL-3.0-or-later
// Where the diary lives by default: the platform's app-data folder
// (Linux: ~/.local/share/crampdiary/diary.sqlite, or under $XDG_DATA_HOME).
#pragma once
#include <QString>
#include <QUrl>
#include <filesystem>

// The app's one ID (reverse DNS): the desktop file, the icon and the metainfo carry it as their
// name (assets/), and the window gives it as its desktop file name.
inline constexpr char kAppId[] = "org.crampdiary.crampdiary";

// Names the app after its ID before anything reads settings or paths: organisation "crampdiary"
// (domain crampdiary.org), application "CrampDiary", desktop file org.crampdiary.crampdiary, so
// the settings are ~/.config/crampdiary/CrampDiary.conf (under $XDG_CONFIG_HOME).
void setAppIdentity();

// Before the app had an organisation, QSettings wrote ~/.config/Unknown Organization/crampdiary.conf.
QString legacySettingsFile();
// Copies the language choice of `legacy` (a settings file) into the app's settings once: only when
// they have none of their own, so a choice made since is never overwritten. The old file is left
// as it was (an older version may still read it). True when a choice was copied. The window calls
// it at start; the command line, which has no language setting, does not.
bool carryOverLanguage(const QString& legacy);

// $XDG_DATA_HOME/crampdiary/diary.sqlite (default ~/.local/share/…): computed from the generic data
// folder, not the app's own (which follows the organisation and application names), so that it
// stays where earlier versions kept it.
std::filesystem::path defaultDiaryPath();
// Where save dialogs start: the user's documents folder, or home when there is none.
QString documentsFolder();
// A file a dialog chose, as a path to open and to show: /home/li/Documents/crampdiary.csv.
QString localPath(const QUrl& file);
