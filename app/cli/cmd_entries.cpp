// SPDX-License-Identifier: GPL-3.0-or-later
// log, edit, delete, checkin, uncheck, list: adding, correcting and reading entries from the command line.
#include "cli.hpp"
#include "episode_fields.hpp"
#include "isotime.hpp"
#include "night.hpp"

#include <cstdio>
#include <ostream>

namespace cramp::cli {

namespace {

// Sets `field` from its option --`name`, if given, as the field's kind spells it.
template <typename T>
void set_field(T& field, const Options& o, const std::string& name, Context& ctx, std::string_view cmd) {
    const auto v = o.get(name);
    if (!v) return;
    if constexpr (std::is_same_v<T, int>) field = *int_option(o, name, ctx, cmd);
    else if constexpr (std::is_same_v<T, bool>) field = *yes_no_option(o, name, ctx, cmd);
    else if constexpr (std::is_same_v<T, std::string>) field = *v;
    else {
        auto r = [&] {
            if constexpr (std::is_enum_v<T>) return parse_field<T>(*v);
            else return parse_set<typename detail::IsEnumSet<T>::Enum>(*v);
        }();
        if (!r) refuse(ctx, cmd, r.error());
        field = *r;
    }
}

// Sets each field of `e` whose option is given. The night is derived; onset and zone are read
// apart (onset_option, zone_option), since each depends on the other.
void apply_field_options(const Options& o, Episode& e, Context& ctx, std::string_view cmd) {
    for_each_field([&](const auto& f) {
        using T = typename std::decay_t<decltype(f)>::Type;
        if constexpr (!std::is_same_v<T, Night> && !std::is_same_v<T, Instant>)
            if (f.kind != FieldKind::zone) set_field(e.*(f.member), o, option_name(f.name), ctx, cmd);
    });
}

// --onset (local time in `zone`, or with its offset) or --ago; nullopt when neither is given. A
// local time the clocks skipped (a DST gap) is stored as the moment the clocks changed, with a
// warning that says so.
std::optional<Instant> onset_option(const Options& o, const std::string& zone, Context& ctx, std::string_view cmd) {
    if (o.has("onset") && o.has("ago")) refuse(ctx, cmd, "give --onset or --ago, not both");
    if (auto ago = int_option(o, "ago", ctx, cmd)) return ctx.clock() - std::chrono::minutes{*ago};
    const auto v = o.get("onset");
    if (!v) return std::nullopt;
    const auto t = parse_iso_time(*v);
    if (!t) refuse(ctx, cmd, "onset: '" + *v + "' is not a time like 2026-03-03T02:30 or 2026-03-03T02:30:00+08:00");
    const Instant onset = instant_of(*t, zone);
    if (!t->offset && to_local(onset, zone) != t->local)
        ctx.err << ctx.program << " " << cmd << ": warning: onset: " << *v << " does not exist in " << zone
                << " (the clocks went forward); stored " << format_iso_local(onset, zone) << "\n";
    return onset;
}

// An entry's number as list shows it (#12 or 12).
std::int64_t entry_id(const Options& o, Context& ctx, std::string_view cmd) {
    if (o.positionals.size() != 1) refuse(ctx, cmd, "give the entry's number ID, as list shows it (#12)");
    std::string_view s = o.positionals.front();
    if (s.starts_with("#")) s.remove_prefix(1);
    std::int64_t id = 0;
    bool digits = !s.empty() && s.size() < 19;
    for (char c : s) {
        digits = digits && c >= '0' && c <= '9';
        id = digits ? id * 10 + (c - '0') : 0;
    }
    if (!digits || id == 0) refuse(ctx, cmd, "ID: '" + o.positionals.front() + "' is not an entry number (as list shows it: #12)");
    return id;
}

std::optional<Episode> existing_entry(const Diary& diary, std::int64_t id, Context& ctx, std::string_view cmd) {
    auto e = diary.episode(id);
    if (!e) refuse(ctx, cmd, "no entry #" + std::to_string(id));
    return e;
}

// The nights that can be checked in or out: any night that has ended, up to last night.
Night past_night_option(const Options& o, Context& ctx, std::string_view cmd) {
    const auto zone = zone_option(o, ctx.zone, ctx, cmd);
    const Night latest = last_night(ctx.clock(), zone);
    const Night night = date_option(o, "night", ctx, cmd).value_or(latest);
    if (night > latest)
        refuse(ctx, cmd, "night: " + format_date(night) + " has not come yet (the latest night is " + format_date(latest) + ")");
    return night;
}

std::string describe(const Episode& e) {
    std::string line = "#" + std::to_string(e.id) + "  night " + format_date(e.night) + "  " +
                       format_iso_local(e.onset, e.zone) + " " + e.zone + "  " + std::string(to_string(e.site)) + "/" +
                       std::string(to_string(e.side)) + "  " + std::to_string(e.duration_s) + " s  intensity " +
                       std::to_string(e.intensity) + "  " + std::string(to_string(e.posture));
    if (e.numbness != Numbness::none) line += "  numbness " + std::string(to_string(e.numbness));
    if (!e.weakness.empty()) line += "  weakness " + join(e.weakness);
    if (e.radiating) line += "  radiating";
    if (e.tingling_symmetric) line += "  tingling_symmetric";
    if (!e.woke) line += "  did-not-wake";
    if (!e.relief.empty()) line += "  relief " + join(e.relief);
    if (!e.note.empty()) line += "  \"" + escaped(e.note) + "\"";
    return line;
}

}  // namespace

std::string option_name(std::string_view field) {
    std::string name(field);
    std::replace(name.begin(), name.end(), '_', '-');
    if (name.ends_with("-s")) name.resize(name.size() - 2);  // a unit: duration_s is --duration
    return name;
}

int cmd_log(const Options& o, Context& ctx) {
    const std::string_view cmd = "log";
    Episode e;
    e.zone = zone_option(o, ctx.zone, ctx, cmd);
    const Instant now = ctx.clock();
    e.onset = onset_option(o, e.zone, ctx, cmd).value_or(now);
    // Check the words on the command line before the diary is opened, so nothing is created for a typo.
    apply_field_options(o, e, ctx, cmd);
    if (auto errs = validate(e, now); !errs.empty()) return refused(ctx, cmd, errs);

    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    // Defaults as the window's: the site and side used last time.
    if (auto last = diary->latest_episode()) {
        if (!o.has("site")) e.site = last->site;
        if (!o.has("side")) e.side = last->side;
    }
    auto id = diary->add_episode(e);
    if (!id) return failed(ctx, cmd, id.error());
    ctx.out << "logged " << describe(*diary->episode(*id)) << "\n";
    return kOk;
}

int cmd_edit(const Options& o, Context& ctx) {
    const std::string_view cmd = "edit";
    const auto id = entry_id(o, ctx, cmd);
    if (o.has("zone")) zone_option(o, {}, ctx, cmd);
    auto diary = ctx.open_diary(Context::Access::existing);
    if (!diary) return kFailed;
    auto e = existing_entry(*diary, id, ctx, cmd);
    // --zone alone keeps the moment and moves it to that zone's clock (and night); with --onset the
    // time given is read in the new zone.
    e->zone = o.get("zone").value_or(e->zone);
    e->onset = onset_option(o, e->zone, ctx, cmd).value_or(e->onset);
    apply_field_options(o, *e, ctx, cmd);
    if (auto errs = validate(*e, ctx.clock()); !errs.empty()) return refused(ctx, cmd, errs);
    if (auto r = diary->update_episode(*e); !r) return failed(ctx, cmd, r.error());
    ctx.out << "edited " << describe(*diary->episode(id)) << "\n";
    return kOk;
}

int cmd_delete(const Options& o, Context& ctx) {
    const std::string_view cmd = "delete";
    const auto id = entry_id(o, ctx, cmd);
    auto diary = ctx.open_diary(Context::Access::existing);
    if (!diary) return kFailed;
    const auto e = existing_entry(*diary, id, ctx, cmd);
    if (auto r = diary->delete_episode(id); !r) return failed(ctx, cmd, r.error());
    ctx.out << "deleted " << describe(*e) << "\n";
    return kOk;
}

int cmd_checkin(const Options& o, Context& ctx) {
    const std::string_view cmd = "checkin";
    const Night night = past_night_option(o, ctx, cmd);
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    if (!diary->episodes(NightRange{night, night}).empty())
        refuse(ctx, cmd, "night: " + format_date(night) + " already has a cramp recorded");
    auto id = diary->add_cramp_free_night(night);
    if (!id) return failed(ctx, cmd, id.error());
    ctx.out << "recorded night " << format_date(night) << " as cramp-free\n";
    return kOk;
}

int cmd_uncheck(const Options& o, Context& ctx) {
    const std::string_view cmd = "uncheck";
    const Night night = past_night_option(o, ctx, cmd);
    auto diary = ctx.open_diary(Context::Access::existing);
    if (!diary) return kFailed;
    const auto marks = diary->cramp_free_nights(NightRange{night, night});
    if (marks.empty()) refuse(ctx, cmd, "night: " + format_date(night) + " is not recorded as cramp-free");
    if (auto r = diary->delete_cramp_free_night(marks.front().id); !r) return failed(ctx, cmd, r.error());
    ctx.out << "night " << format_date(night) << " is no longer recorded as cramp-free\n";
    return kOk;
}

int cmd_list(const Options& o, Context& ctx) {
    auto from = date_option(o, "from", ctx, "list");
    auto to = date_option(o, "to", ctx, "list");
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    std::optional<NightRange> range;
    if (from || to) range = NightRange{from.value_or(Night{date::days{-1000000}}), to.value_or(Night{date::days{1000000}})};
    for (const auto& e : diary->episodes(range)) ctx.out << describe(e) << "\n";
    return kOk;
}

}  // namespace cramp::cli
