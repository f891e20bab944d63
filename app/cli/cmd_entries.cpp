// log, checkin, list: adding and reading entries from the command line.
#include "cli.hpp"
#include "isotime.hpp"
#include "night.hpp"

#include <ostream>

namespace cramp::cli {

namespace {

template <typename E>
void enum_option(const Options& o, const std::string& name, E& out, Context& ctx) {
    auto v = o.get(name);
    if (!v) return;
    auto r = parse_field<E>(*v);
    if (!r) {
        ctx.err << ctx.program << " log: " << r.error() << "\n";
        throw BadInput{};
    }
    out = *r;
}

template <typename E>
void set_option(const Options& o, const std::string& name, EnumSet<E>& out, Context& ctx) {
    auto v = o.get(name);
    if (!v) return;
    auto r = parse_set<E>(*v);
    if (!r) {
        ctx.err << ctx.program << " log: " << r.error() << "\n";
        throw BadInput{};
    }
    out = *r;
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
    if (!e.note.empty()) line += "  \"" + e.note + "\"";
    return line;
}

}  // namespace

int cmd_log(const Options& o, Context& ctx) {
    Episode e;
    e.zone = o.get("zone").value_or(ctx.zone);
    if (!known_zone(e.zone)) {
        ctx.err << ctx.program << " log: zone: '" << e.zone << "' is not a known IANA time zone\n";
        return kBadInput;
    }
    Instant now = ctx.clock();
    if (o.has("onset") && o.has("ago")) {
        ctx.err << ctx.program << " log: give --onset or --ago, not both\n";
        return kBadInput;
    }
    if (auto v = o.get("onset")) {
        auto t = parse_iso_time(*v);
        if (!t) {
            ctx.err << ctx.program << " log: onset: '" << *v << "' is not a time like 2026-03-03T02:30 or 2026-03-03T02:30:00+08:00\n";
            return kBadInput;
        }
        e.onset = instant_of(*t, e.zone);
    } else {
        e.onset = now - std::chrono::minutes{int_option(o, "ago", ctx, "log").value_or(0)};
    }
    e.duration_s = int_option(o, "duration", ctx, "log").value_or(e.duration_s);
    e.intensity = int_option(o, "intensity", ctx, "log").value_or(e.intensity);
    e.radiating = yes_no_option(o, "radiating", ctx, "log").value_or(false);
    e.tingling_symmetric = yes_no_option(o, "tingling-symmetric", ctx, "log").value_or(false);
    e.woke = yes_no_option(o, "woke", ctx, "log").value_or(true);
    e.note = o.get("note").value_or("");
    // Check the words on the command line before the diary is opened, so nothing is created for a typo.
    Site site = Site::calf;
    Side side = Side::left;
    enum_option(o, "site", site, ctx);
    enum_option(o, "side", side, ctx);
    enum_option(o, "posture", e.posture, ctx);
    enum_option(o, "numbness", e.numbness, ctx);
    set_option(o, "weakness", e.weakness, ctx);
    set_option(o, "relief", e.relief, ctx);
    if (auto errs = validate(e, now); !errs.empty()) {
        for (const auto& m : errs) ctx.err << ctx.program << " log: " << m.english() << "\n";
        return kBadInput;
    }

    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    // Defaults as the window's: the site and side used last time.
    auto last = diary->latest_episode();
    e.site = o.has("site") ? site : last ? last->site : Site::calf;
    e.side = o.has("side") ? side : last ? last->side : Side::left;
    auto id = diary->add_episode(e);
    if (!id) {
        ctx.err << ctx.program << " log: " << id.error() << "\n";
        return kFailed;
    }
    ctx.out << "logged " << describe(*diary->episode(*id)) << "\n";
    return kOk;
}

int cmd_checkin(const Options& o, Context& ctx) {
    auto zone = o.get("zone").value_or(ctx.zone);
    if (!known_zone(zone)) {
        ctx.err << ctx.program << " checkin: zone: '" << zone << "' is not a known IANA time zone\n";
        return kBadInput;
    }
    Night night = date_option(o, "night", ctx, "checkin").value_or(last_night(ctx.clock(), zone));
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    auto id = diary->add_cramp_free_night(night);
    if (!id) {
        ctx.err << ctx.program << " checkin: " << id.error() << "\n";
        return kFailed;
    }
    ctx.out << "recorded night " << format_date(night) << " as cramp-free\n";
    return kOk;
}

int cmd_list(const Options& o, Context& ctx) {
    auto from = date_option(o, "from", ctx, "list");
    auto to = date_option(o, "to", ctx, "list");
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    std::optional<NightRange> range;
    if (from || to) range = NightRange{from.value_or(Night{date::days{-1000000}}), to.value_or(Night{date::days{1000000}})};
    for (const auto& e : diary->episodes(range)) ctx.out << describe(e) << "\n";
    return kOk;
}

}  // namespace cramp::cli
