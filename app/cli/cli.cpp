// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.hpp"

#include "episode_fields.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "systemzone.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <utility>

namespace cramp::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table{
        {"log",
         "log [--onset TIME | --ago MIN] [--zone Z] [--duration S] [--site S] [--side S] [--intensity N] "
         "[--posture P] [--numbness N] [--weakness W;W] [--radiating yes|no] [--tingling-symmetric yes|no] "
         "[--woke yes|no] [--relief R;R] [--note TEXT]",
         "log one cramp (defaults: now, the site and side used last time)", episode_options(), {}, cmd_log},
        {"edit", "edit ID [--onset TIME | --ago MIN] [--zone Z] [any option of log]",
         "change the fields given of entry #ID (as list shows it); its night follows its onset", episode_options(), {},
         cmd_edit},
        {"delete", "delete ID", "delete entry #ID (as list shows it)", {}, {}, cmd_delete},
        {"checkin", "checkin [--night YYYY-MM-DD]", "record a night without cramps (default: last night)", {"night", "zone"}, {}, cmd_checkin},
        {"uncheck", "uncheck [--night YYYY-MM-DD]", "remove a night's cramp-free record (default: last night)", {"night", "zone"}, {}, cmd_uncheck},
        {"profile", "profile [--name TEXT] [--birth-year YYYY] [--risk R;R]",
         "print the patient profile, or set the fields given (an empty value clears one)",
         {"name", "birth-year", "risk", "medicines"}, {}, cmd_profile},
        {"care", "care [--night YYYY-MM-DD] [--zone Z] ITEM;ITEM | --none | --clear",
         "record a night's care items (default: tonight), none of them, or remove the record",
         {"night", "zone"}, {"none", "clear"}, cmd_care},
        {"medicine",
         "medicine add --name TEXT [--dose TEXT] --start YYYY-MM-DD [--stop YYYY-MM-DD] | medicine list | "
         "medicine stop ID --stop YYYY-MM-DD",
         "add a medicine, list the medicines (id, name, dose, start, stop; tab-separated), or record when one stopped",
         {"name", "dose", "start", "stop", "zone"}, {}, cmd_medicine},
        {"list", "list [--from D] [--to D]", "one line per episode, newest first", {"from", "to"}, {}, cmd_list},
        {"backup", "backup [PATH]", "write a checked copy of the diary (default: backups/diary-<now>.sqlite beside it)", {}, {}, cmd_backup},
        {"restore", "restore PATH", "replace the diary with a backup after checking it; the replaced diary is kept", {}, {}, cmd_restore},
        {"export", "export [--format csv|json|fhir] [--bom] [-o FILE] [--from D] [--to D]",
         "write the diary as CSV, JSON (the whole diary) or a FHIR R4 Bundle to stdout or FILE",
         {"format", "output", "from", "to"}, {"bom"}, cmd_export},
        {"import", "import FILE",
         "add the records of a CSV or JSON file; every record is checked first, and on any problem nothing is imported",
         {}, {}, cmd_import},
        {"report", "report [--from D] [--to D] [--lang zh_CN|en] -o FILE.pdf",
         "write the doctor report as a PDF (default: the last 12 weeks, in English)", {"from", "to", "lang", "output"}, {}, cmd_report},
        {"check", "check", "run SQLite's integrity_check on the diary and print the result", {}, {}, cmd_check},
        {"stats", "stats [--json] [--from D] [--to D] [--threshold N] [--zone Z]",
         "counts, weeks and warning signals for a period (default: the Today screen's 28 nights)",
         {"from", "to", "threshold", "zone"}, {"json"}, cmd_stats},
        {"demo", "demo [--nights N] [--seed S] [--episodes M] [--zone Z]",
         "fill a new, empty diary with a realistic synthetic one (demos, screenshots, benchmarks)",
         {"nights", "seed", "episodes", "zone"}, {}, cmd_demo},
    };
    return table;
}

std::optional<std::string> Options::get(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::optional<Diary> Context::open_diary(Access access) const {
    std::error_code ec;
    if (access == Access::existing && !std::filesystem::exists(std::filesystem::symlink_status(db, ec))) {
        err << program << ": no diary at '" << db.string() << "'\n";
        return std::nullopt;
    }
    auto d = access == Access::read_only ? Diary::open_read_only(db, clock) : Diary::open(db, clock);
    if (!d) {
        err << program << ": " << d.error() << "\n";
        return std::nullopt;
    }
    return std::move(d).value();
}

namespace {

const Command* find_command(std::string_view name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

void print_help(std::ostream& out) {
    out << "Cramp Diary (抽筋日记): a diary of night-time leg cramps.\n\n"
           "Usage:\n"
           "  crampdiary [--db PATH]                 open the window\n"
           "  crampdiary [--db PATH] SUBCOMMAND ...  work on the diary from the command line\n\n"
           "Subcommands:\n";
    std::size_t width = 0;
    for (const auto& c : commands()) width = std::max(width, c.name.size());
    for (const auto& c : commands())
        out << "  " << c.name << std::string(width - c.name.size() + 2, ' ') << c.summary << "\n";
    out << "\nOptions for every subcommand:\n"
           "  --db PATH   the diary file (default: the app-data folder, see README)\n"
           "  --help      this text, or `crampdiary SUBCOMMAND --help` for one subcommand\n";
}

// For shell completion (assets/crampdiary.bash-completion), not shown in --help: one line per
// subcommand, "NAME<TAB>--value-option ...<TAB>--switch ...", straight from the table, so a new
// subcommand is completed without editing the completion script.
void print_completion_table(std::ostream& out) {
    for (const auto& c : commands()) {
        out << c.name << '\t';
        for (const char* sep = ""; const auto& o : c.value_options) out << std::exchange(sep, " ") << "--" << o;
        out << '\t';
        for (const char* sep = ""; const auto& o : c.switch_options) out << std::exchange(sep, " ") << "--" << o;
        out << '\n';
    }
}

bool contains(const std::vector<std::string_view>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

const std::vector<std::string_view>& episode_options() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out{"ago"};
        for_each_field([&](const auto& f) {
            if (f.kind != FieldKind::night) out.push_back(option_name(f.name));  // the night is derived, never given
        });
        return out;
    }();
    static const std::vector<std::string_view> views(names.begin(), names.end());
    return views;
}

namespace {

// QGuiApplication's and Qt Quick Controls' own command-line options (Qt 6.4), which it takes out
// of argv itself: those followed by a value, and switches.
constexpr std::string_view kQtValueOptions[] = {"platform", "platformpluginpath", "platformtheme", "plugin",
                                                 "qwindowgeometry", "qwindowicon", "qwindowtitle", "geometry",
                                                 "title", "icon", "display", "session", "style", "stylesheet",
                                                 "name", "qmljsdebugger"};
constexpr std::string_view kQtSwitches[] = {"reverse", "testability", "nograb", "dograb", "sync", "widgetcount"};

// -platform X or --style X: a Qt option whose value is the next argument.
bool qt_option_before_value(std::string_view a) {
    if (!a.starts_with("-") || a.find('=') != std::string_view::npos) return false;
    a.remove_prefix(a.starts_with("--") ? 2 : 1);
    return std::find(std::begin(kQtValueOptions), std::end(kQtValueOptions), a) != std::end(kQtValueOptions);
}

}  // namespace

bool wants_cli(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--db" || qt_option_before_value(a)) {
            ++i;  // its value is no subcommand
            continue;
        }
        if (a == "--") return i + 1 < argc;  // what follows is a subcommand
        if (a == "--help" || a == "-h" || a == "--version" || a == "help" || a == "--completion-table") return true;
        if (!a.starts_with("-")) return true;  // a subcommand (unknown ones get an error)
    }
    return false;
}

std::optional<WindowArgs> window_args(int argc, char** argv, std::ostream& err) {
    WindowArgs w;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        std::string_view name = a.substr(a.starts_with("--") ? 2 : a.starts_with("-") ? 1 : 0);
        std::optional<std::string_view> value;
        if (auto eq = name.find('='); eq != std::string_view::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const bool db = a.starts_with("--") && name == "db";
        const bool qt_value = std::find(std::begin(kQtValueOptions), std::end(kQtValueOptions), name) != std::end(kQtValueOptions);
        const bool qt_switch = std::find(std::begin(kQtSwitches), std::end(kQtSwitches), name) != std::end(kQtSwitches);
        if (a == "--") {
            // The end of the options, with nothing after it (or wants_cli would have taken a subcommand).
        } else if (db || qt_value) {  // --db PATH, -platform X, --style=X: the value is Qt's or ours
            if (!value && i + 1 >= argc) {
                err << "crampdiary: " << a << " needs a value\n";
                return std::nullopt;
            }
            const std::string_view v = value ? *value : std::string_view(argv[++i]);
            if (db) w.db = std::string(v);
        } else if (qt_switch && !value) {
            // -reverse, -testability: Qt's
        } else if (a == "--exit-after-first-frame") {
            w.exit_after_first_frame = true;
        } else if (a == "--exit-after-complete-frame") {
            w.exit_after_complete_frame = true;
        } else {
            err << "crampdiary: unknown option " << a << " (see crampdiary --help)\n";
            return std::nullopt;
        }
    }
    return w;
}

int run(int argc, char** argv, const std::filesystem::path& default_db, std::ostream& out, std::ostream& err) {
    Context ctx{out, err, default_db, systemZoneName(), {}};
    ctx.argc = argc;
    ctx.argv = argv;
    ctx.clock = [] { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); };
    // Tests stand at a fixed instant: CRAMPDIARY_NOW=2026-03-03T02:30:00+08:00.
    if (const char* fixed = std::getenv("CRAMPDIARY_NOW"); fixed && *fixed) {
        Instant now{};
        if (auto t = parse_iso_time(fixed); t && t->offset) now = instant_of(*t, "UTC");
        else {
            err << ctx.program << ": CRAMPDIARY_NOW: '" << fixed << "' is not a time with an offset\n";
            return kBadInput;
        }
        ctx.clock = [now] { return now; };
    }

    const Command* cmd = nullptr;
    Options opts;
    bool help = false, options_ended = false;
    const auto unknown_option = [&](const std::string& option) {
        const std::string in = cmd ? " " + std::string(cmd->name) : std::string();
        err << ctx.program << in << ": unknown option " << option << " (see crampdiary" << in << " --help)\n";
        return kBadInput;
    };
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (options_ended) {
            // After "--" every argument is a subcommand or its operand, even one that starts with '-'.
        } else if (a == "--") {
            options_ended = true;
            continue;
        } else if (a == "--help" || a == "-h") {
            help = true;
            continue;
        } else if (a == "--version") {
            out << "crampdiary " << CRAMPDIARY_VERSION << "\n";
            return kOk;
        } else if (a == "--completion-table") {
            print_completion_table(out);
            return kOk;
        } else if (a == "-o") {
            a = "--output";  // the usual short form
        } else if (a.starts_with("-") && !a.starts_with("--") && a != "-") {  // "-" is stdin or stdout
            return unknown_option(a);
        }
        if (!options_ended && a.starts_with("--")) {
            std::string name = a.substr(2), value;
            bool inline_value = false;
            if (auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
                inline_value = true;
            }
            bool is_switch = cmd && contains(cmd->switch_options, name);
            bool takes_value = name == "db" || (cmd && contains(cmd->value_options, name));
            if (!is_switch && !takes_value) return unknown_option("--" + name);
            if (is_switch) {
                if (inline_value) {
                    err << ctx.program << ": --" << name << " takes no value\n";
                    return kBadInput;
                }
                opts.switches.insert(name);
                continue;
            }
            if (!inline_value) {
                if (i + 1 >= argc) {
                    err << ctx.program << ": --" << name << " needs a value\n";
                    return kBadInput;
                }
                value = argv[++i];
            }
            if (name == "db")
                ctx.db = value;
            else
                opts.values[name] = value;
            continue;
        }
        if (!cmd) {
            if (a == "help") {
                help = true;
                continue;
            }
            cmd = find_command(a);
            if (!cmd) {
                err << ctx.program << ": unknown subcommand '" << a << "' (see crampdiary --help)\n";
                return kBadInput;
            }
            continue;
        }
        opts.positionals.push_back(a);
    }
    if (!cmd) {
        print_help(help ? out : err);
        return help ? kOk : kBadInput;
    }
    if (help) {
        out << "Usage: crampdiary [--db PATH] " << cmd->synopsis << "\n" << cmd->summary << "\n";
        return kOk;
    }
    try {
        return cmd->run(opts, ctx);
    } catch (const BadInput&) {
        return kBadInput;  // the message is already on stderr
    }
}

std::optional<int> int_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd) {
    auto v = o.get(name);
    if (!v) return std::nullopt;
    try {
        std::size_t used = 0;
        int n = std::stoi(*v, &used);
        if (used == v->size()) return n;
    } catch (const std::exception&) {
    }
    ctx.err << ctx.program << " " << cmd << ": " << name << ": '" << *v << "' is not a whole number\n";
    throw BadInput{};
}

std::optional<bool> yes_no_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd) {
    auto v = o.get(name);
    if (!v) return std::nullopt;
    if (*v == "yes") return true;
    if (*v == "no") return false;
    ctx.err << ctx.program << " " << cmd << ": " << name << ": '" << *v << "' is not yes or no\n";
    throw BadInput{};
}

[[noreturn]] void refuse(Context& ctx, std::string_view cmd, const std::string& why) {
    ctx.err << ctx.program << " " << cmd << ": " << why << "\n";
    throw BadInput{};
}

// The diary refused or failed a write: exit 1 with its reason.
int failed(Context& ctx, std::string_view cmd, const std::string& why) {
    ctx.err << ctx.program << " " << cmd << ": " << why << "\n";
    return kFailed;
}

int refused(Context& ctx, std::string_view cmd, const std::vector<Message>& errs) {
    for (const auto& m : errs) ctx.err << ctx.program << " " << cmd << ": " << m.english() << "\n";
    return kBadInput;
}

std::string zone_option(const Options& o, std::string fallback, Context& ctx, std::string_view cmd) {
    auto zone = o.get("zone").value_or(std::move(fallback));
    if (!known_zone(zone)) refuse(ctx, cmd, "zone: '" + zone + "' is not a known IANA time zone");
    return zone;
}

// A note as a terminal should show it: control characters (C0, DEL, C1) and the bidi controls
// that reorder the rest of the line as \x1b / \u202e, and a backslash as \\, so a note cannot
// move the cursor, recolour the terminal or disguise what follows.
std::string escaped(std::string_view s) {
    std::string out;
    char buf[8];
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        const auto third = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
        if (c < 0x20 || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) {  // U+0080–U+009F
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(next));
            out += buf;
            i += 1;
        } else if (c == 0xe2 && next == 0x80 && third >= 0xaa && third <= 0xae) {  // U+202A–U+202E
            std::snprintf(buf, sizeof buf, "\\u%04x", 0x2000u + third - 0x80u);
            out += buf;
            i += 2;
        } else if (c == 0xe2 && next == 0x81 && third >= 0xa6 && third <= 0xa9) {  // U+2066–U+2069
            std::snprintf(buf, sizeof buf, "\\u%04x", 0x2040u + third - 0x80u);
            out += buf;
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out;
}

std::optional<Night> date_option(const Options& o, const std::string& name, Context& ctx, std::string_view cmd) {
    auto v = o.get(name);
    if (!v) return std::nullopt;
    if (auto d = parse_date(*v)) return d;
    ctx.err << ctx.program << " " << cmd << ": " << name << ": '" << *v << "' is not a date (YYYY-MM-DD)\n";
    throw BadInput{};
}

}  // namespace cramp::cli
