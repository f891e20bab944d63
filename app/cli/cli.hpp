// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: `crampdiary SUBCOMMAND [options]`. Each subcommand is a function in its own file,
// listed once in cli.cpp's table. Errors go to stderr with a non-zero exit code and change nothing.
#pragma once

#include "diary.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cramp::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;    // the work could not be done (file cannot be opened, damaged diary)
inline constexpr int kBadInput = 2;  // the command line or the input is wrong

struct Options {
    std::map<std::string, std::string> values;  // --name value
    std::set<std::string> switches;             // --name
    std::vector<std::string> positionals;

    bool has(const std::string& name) const { return values.count(name) || switches.count(name); }
    std::optional<std::string> get(const std::string& name) const;
};

struct Context {
    std::ostream& out;
    std::ostream& err;
    std::filesystem::path db;   // --db, or the platform's default
    std::string zone;           // the device's zone (--zone overrides where a command takes it)
    Diary::Clock clock;         // now
    std::string program = "crampdiary";
    int argc = 0;               // the process's own arguments, for commands that start Qt
    char** argv = nullptr;

    // How a subcommand opens the diary: `create` makes a new one when there is none (log, checkin,
    // import…); `existing` only writes to one that is there (edit, delete, uncheck); `read_only`
    // never writes and creates nothing (list, stats, export, report, check, backup). A missing
    // diary is "no diary at PATH" for the last two.
    enum class Access { create, existing, read_only };

    // Opens the diary, printing the error to `err` when it cannot.
    std::optional<Diary> open_diary(Access access = Access::create) const;
};

struct Command {
    std::string_view name;
    std::string_view synopsis;  // "log [--site S] ..."
    std::string_view summary;   // one line
    std::vector<std::string_view> value_options;
    std::vector<std::string_view> switch_options;
    int (*run)(const Options&, Context&);
};

const std::vector<Command>& commands();

// True when argv names a subcommand or --help/--version (the window is not wanted).
bool wants_cli(int argc, char** argv);

// The window's own arguments. Qt's options (-platform X, -style X, -qmljsdebugger=…, with one dash
// or two) are left for QGuiApplication; anything else is printed to `err` as unknown and gives
// nullopt, and the window does not open (exit kBadInput).
struct WindowArgs {
    std::optional<std::string> db;
    bool exit_after_first_frame = false;  // for the start-up benchmarks in bench/
    bool exit_after_complete_frame = false;
};
std::optional<WindowArgs> window_args(int argc, char** argv, std::ostream& err);

// Runs one subcommand; `default_db` is the platform's diary path when --db is absent.
int run(int argc, char** argv, const std::filesystem::path& default_db, std::ostream& out, std::ostream& err);

// Thrown by the parsing helpers after they printed what is wrong; run() turns it into kBadInput.
struct BadInput {};

// Parsing helpers shared by subcommands; each prints "crampdiary CMD: FIELD: problem" and throws
// BadInput on error.
std::optional<int> int_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd);
std::optional<bool> yes_no_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd);
std::optional<Night> date_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd);
// Prints "crampdiary CMD: why" and throws BadInput.
[[noreturn]] void refuse(Context& ctx, std::string_view cmd, const std::string& why);
// The diary refused or failed a write: prints its reason, returns kFailed.
int failed(Context& ctx, std::string_view cmd, const std::string& why);
// Prints each problem as "crampdiary CMD: problem", returns kBadInput.
int refused(Context& ctx, std::string_view cmd, const std::vector<Message>& errs);
// --zone, or `fallback`; refused when the tz database does not know it.
std::string zone_option(const Options& o, std::string fallback, Context& ctx, std::string_view cmd);
// Text from the diary as a terminal should show it: control and bidi characters as \x1b / \u202e,
// a backslash as \\ (a note, a medicine's name).
std::string escaped(std::string_view s);

// The log options, one for each field of an episode the log form shows (episode_fields.hpp), named
// as the field with '-' for '_' and without a unit ("duration_s" is --duration), plus --ago and
// --zone; log and edit take the same.
const std::vector<std::string_view>& episode_options();
std::string option_name(std::string_view field);

// Subcommands, one file each.
int cmd_log(const Options&, Context&);
int cmd_edit(const Options&, Context&);
int cmd_delete(const Options&, Context&);
int cmd_checkin(const Options&, Context&);
int cmd_uncheck(const Options&, Context&);
int cmd_profile(const Options&, Context&);
int cmd_list(const Options&, Context&);
int cmd_stats(const Options&, Context&);
int cmd_demo(const Options&, Context&);
int cmd_backup(const Options&, Context&);
int cmd_restore(const Options&, Context&);
int cmd_check(const Options&, Context&);
int cmd_export(const Options&, Context&);
int cmd_import(const Options&, Context&);
int cmd_report(const Options&, Context&);
int cmd_care(const Options&, Context&);
int cmd_medicine(const Options&, Context&);

}  // namespace cramp::cli
