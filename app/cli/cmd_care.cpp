// SPDX-License-Identifier: GPL-3.0-or-later
// care, medicine: a night's care record and the medicines, from the command line (docs/rules.md,
// "Care records" and "Medicines").
#include "cli.hpp"
#include "night.hpp"

#include <charconv>
#include <ostream>

namespace cramp::cli {

namespace {

// The diary, when there is one, and tonight: the night named by today's local date, as the window's
// care log and medicine editor name it (and as "last night" is yesterday's, all day long); nights
// after it are still to come, so nothing is recorded for them. Nothing is created here, so a
// command refused on its words leaves no new diary behind.
struct Tonight {
    std::optional<Diary> diary;
    Night night{};
    bool failed = false;  // a diary is there and could not be opened (said on stderr)
};

Tonight tonight(const Options& o, Context& ctx, std::string_view cmd) {
    const auto zone = zone_option(o, ctx.zone, ctx, cmd);
    Tonight t;
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(ctx.db, ec))) {
        t.diary = ctx.open_diary(Context::Access::existing);
        t.failed = !t.diary;
    }
    t.night = local_date(ctx.clock(), zone);
    return t;
}

// A night option (--night, --start, --stop) that must not lie after tonight.
std::optional<Night> night_up_to(const Options& o, const std::string& name, Night tonight, Context& ctx, std::string_view cmd) {
    const auto night = date_option(o, name, ctx, cmd);
    if (night && *night > tonight)
        refuse(ctx, cmd, name + ": " + format_date(*night) + " has not come yet (tonight is " + format_date(tonight) + ")");
    return night;
}

std::string care_line(Night night, EnumSet<CareItem> items) {
    return "night " + format_date(night) + ": " + (items.empty() ? std::string("none of these") : join(items));
}

// One medicine as `medicine list` prints it: id, name, dose, start, stop, separated by tabs, a field
// empty when not given.
std::string medicine_line(const Medicine& m) {
    return std::to_string(m.id) + "\t" + escaped(m.name) + "\t" + escaped(m.dose) + "\t" + (m.start ? format_date(*m.start) : "") +
           "\t" + (m.stop ? format_date(*m.stop) : "");
}

int medicine_add(const Options& o, Context& ctx) {
    const std::string_view cmd = "medicine add";
    if (o.positionals.size() > 1) refuse(ctx, cmd, "unexpected '" + o.positionals[1] + "'");
    Medicine m;
    m.name = o.get("name").value_or("");
    m.dose = o.get("dose").value_or("");
    if (!o.has("start")) refuse(ctx, cmd, "start: missing (the night it was first taken, YYYY-MM-DD)");
    date_option(o, "start", ctx, cmd);  // a bad date before any other problem
    date_option(o, "stop", ctx, cmd);
    if (auto errs = validate(Medicine{0, m.name, m.dose, {}, {}}); !errs.empty()) return refused(ctx, cmd, errs);
    auto t = tonight(o, ctx, cmd);
    if (t.failed) return kFailed;
    m.start = night_up_to(o, "start", t.night, ctx, cmd);
    m.stop = night_up_to(o, "stop", t.night, ctx, cmd);
    if (auto errs = validate(m); !errs.empty()) return refused(ctx, cmd, errs);
    if (!t.diary && !(t.diary = ctx.open_diary())) return kFailed;
    auto id = t.diary->add_medicine(m);
    if (!id) return failed(ctx, cmd, id.error());
    m.id = *id;
    ctx.out << medicine_line(m) << "\n";
    return kOk;
}

int medicine_stop(const Options& o, Context& ctx) {
    const std::string_view cmd = "medicine stop";
    if (o.positionals.size() != 2) refuse(ctx, cmd, "give the medicine's number ID, as medicine list shows it");
    const std::string& text = o.positionals[1];
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
        refuse(ctx, cmd, "ID: '" + text + "' is not a medicine's number (as medicine list shows it)");
    if (!o.has("stop")) refuse(ctx, cmd, "stop: missing (the last night it was taken, YYYY-MM-DD)");
    date_option(o, "stop", ctx, cmd);
    auto t = tonight(o, ctx, cmd);
    if (t.failed) return kFailed;
    const auto stop = night_up_to(o, "stop", t.night, ctx, cmd);
    if (!t.diary && !(t.diary = ctx.open_diary(Context::Access::existing))) return kFailed;
    std::optional<Medicine> m;
    for (auto& each : t.diary->medicines())
        if (each.id == id) m = std::move(each);
    if (!m) refuse(ctx, cmd, "no medicine #" + std::to_string(id));
    m->stop = stop;
    if (auto errs = validate(*m); !errs.empty()) return refused(ctx, cmd, errs);
    if (auto r = t.diary->update_medicine(*m); !r) return failed(ctx, cmd, r.error());
    ctx.out << medicine_line(*m) << "\n";
    return kOk;
}

}  // namespace

int cmd_care(const Options& o, Context& ctx) {
    const std::string_view cmd = "care";
    const bool none = o.has("none"), clear = o.has("clear");
    if (o.positionals.size() > 1) refuse(ctx, cmd, "unexpected '" + o.positionals[1] + "' (give the items as one ITEM;ITEM)");
    if (none + clear + !o.positionals.empty() != 1)
        refuse(ctx, cmd, "give the night's items (ITEM;ITEM), --none for none of these, or --clear to remove the record");
    EnumSet<CareItem> items;
    if (!o.positionals.empty()) {
        auto parsed = parse_set<CareItem>(o.positionals.front());
        if (!parsed) refuse(ctx, cmd, parsed.error());
        if (parsed->empty()) refuse(ctx, cmd, "no item given (--none records a night with none of these)");
        items = *parsed;
    }
    date_option(o, "night", ctx, cmd);
    auto t = tonight(o, ctx, cmd);
    if (t.failed) return kFailed;
    const Night night = night_up_to(o, "night", t.night, ctx, cmd).value_or(t.night);
    if (clear) {
        if (!t.diary && !(t.diary = ctx.open_diary(Context::Access::existing))) return kFailed;
        if (t.diary->night_factors(NightRange{night, night}).empty())
            refuse(ctx, cmd, "night: " + format_date(night) + " has no care record");
        if (auto r = t.diary->delete_night_factors(night); !r) return failed(ctx, cmd, r.error());
        ctx.out << "night " << format_date(night) << ": care record removed\n";
        return kOk;
    }
    if (!t.diary && !(t.diary = ctx.open_diary())) return kFailed;
    if (auto r = t.diary->set_night_factors(night, items); !r) return failed(ctx, cmd, r.error());
    ctx.out << care_line(night, items) << "\n";
    return kOk;
}

int cmd_medicine(const Options& o, Context& ctx) {
    const std::string action = o.positionals.empty() ? std::string() : o.positionals.front();
    if (action == "add") return medicine_add(o, ctx);
    if (action == "stop") return medicine_stop(o, ctx);
    if (action != "list") refuse(ctx, "medicine", "give add, list or stop (see crampdiary medicine --help)");
    if (o.positionals.size() > 1) refuse(ctx, "medicine list", "unexpected '" + o.positionals[1] + "'");
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    for (const auto& m : diary->medicines()) ctx.out << medicine_line(m) << "\n";
    return kOk;
}

}  // namespace cramp::cli
