// SPDX-License-Identifier: GPL-3.0-or-later
// stats: the diary's rules over a period, readable or as the JSON object of docs/rules.md.
#include "cli.hpp"
#include "diary_records.hpp"
#include "night.hpp"
#include "periods.hpp"
#include "rules.hpp"
#include "stats_json.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace cramp::cli {

namespace {

std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, v == std::floor(v) ? "%.0f" : "%.1f", v);
    return buf;
}

std::string dates(const std::vector<Night>& ns) {
    std::string out;
    for (Night n : ns) out += (out.empty() ? "" : ", ") + format_date(n);
    return out.empty() ? "none" : out;
}

void print_readable(const PeriodStats& s, std::ostream& out) {
    const int T = s.threshold;
    out << "Nights " << format_date(s.period.from) << " to " << format_date(s.period.to) << ": " << s.nights_in_period
        << " nights, " << s.nights_recorded << " recorded (an entry or a cramp-free check-in), " << s.episodes
        << (s.episodes == 1 ? " cramp\n" : " cramps\n");
    out << "Last 7 nights (to " << format_date(s.rolling7.night) << "): " << s.rolling7.episodes
        << (s.rolling7.episodes == 1 ? " cramp" : " cramps") << ", threshold " << T
        << (s.rolling7_over_threshold ? " (at or over)\n" : " (under)\n");
    out << "Calendar weeks (" << (s.week_start == WeekStart::monday ? "Monday" : "Sunday")
        << " start; only nights inside the period count):\n";
    for (const auto& w : s.weeks)
        out << "  " << w.name << "  from " << format_date(w.start) << "  " << w.episodes
            << (w.over_threshold ? "  at or over the threshold\n" : "\n");
    out << "Crossings (nights the last-7-nights count reached " << T << "): " << dates(s.crossings) << "\n";
    std::string multi;
    for (const auto& n : s.multi_cramp_nights)
        multi += (multi.empty() ? "" : ", ") + format_date(n.night) + " (" + std::to_string(n.episodes) + ")";
    out << "Nights with several cramps: " << (multi.empty() ? "none" : multi) << "\n";

    const Signals& g = s.warning_signals;
    out << "Signals:\n";
    if (!g.any()) out << "  none\n";
    if (g.weekly_threshold)
        out << "  weekly_threshold: " << T << " or more cramps in 7 nights on " << g.nights_over_threshold.size()
            << " night(s); highest " << g.peak_rolling7->episodes << " in the 7 nights to "
            << format_date(g.peak_rolling7->night) << "\n";
    if (g.multi_night) out << "  multi_night: several cramps in one night on " << s.multi_cramp_nights.size() << " night(s)\n";
    if (g.escalation)
        out << "  escalation: " << g.recent_28 << " cramps in the last 28 nights against " << g.previous_56
            << " in the 56 nights before\n";
    if (g.numbness_weakness) {
        out << "  numbness_weakness:";
        for (const auto& f : g.neuro_findings) {
            out << " " << format_date(f.night) << " (";
            std::string what;
            if (f.numbness_persisted) what += "numbness persisted";
            if (!f.weakness.empty()) what += std::string(what.empty() ? "" : ", ") + "weakness " + join(f.weakness);
            if (f.radiating) what += std::string(what.empty() ? "" : ", ") + "radiating";
            out << what << ")";
        }
        out << "\n";
    }
    for (const auto& p : g.posture_findings)
        if (p.episodes >= 2)
            out << "  posture_linked: " << to_string(p.posture) << ", " << p.episodes << " cramps, nights "
                << dates(p.nights) << "\n";
    if (!g.history_covers_84)
        out << "  (escalation is judged once the diary reaches back 84 nights from " << format_date(s.period.to) << ")\n";

    if (s.episodes > 0) {
        out << "Sites:";
        for (std::size_t i = 0; i < s.sites.size(); ++i)
            if (s.sites[i]) out << " " << to_string(static_cast<Site>(i)) << " " << s.sites[i];
        out << "; sides:";
        for (std::size_t i = 0; i < s.sides.size(); ++i)
            if (s.sides[i]) out << " " << to_string(static_cast<Side>(i)) << " " << s.sides[i];
        out << "\nDuration: median " << one_decimal(*s.median_duration_s) << " s, longest " << *s.longest_duration_s
            << " s; intensity: median " << one_decimal(*s.median_intensity) << ", highest " << *s.highest_intensity
            << "; symmetric tingling: " << s.tingling_symmetric << "\n";
        out << "Worst night: " << format_date(s.worst_night->night) << " (" << s.worst_night->episodes
            << (s.worst_night->episodes == 1 ? " cramp)\n" : " cramps)\n");
    }
    if (g.any())
        out << "A signal is a reason to see a doctor: neurology (神经内科) or orthopedics (骨科).\n";
    out << "This diary records and summarises what you logged; it is no diagnosis and no basis for treatment.\n";
}

}  // namespace

int cmd_stats(const Options& o, Context& ctx) {
    const std::string_view cmd = "stats";
    auto zone = o.get("zone").value_or(ctx.zone);
    if (!known_zone(zone)) {
        ctx.err << ctx.program << " stats: zone: '" << zone << "' is not a known IANA time zone\n";
        return kBadInput;
    }
    auto from = date_option(o, "from", ctx, cmd);
    auto to = date_option(o, "to", ctx, cmd);
    auto threshold = int_option(o, "threshold", ctx, cmd);
    if (threshold && (*threshold < kMinThreshold || *threshold > kMaxThreshold)) {
        ctx.err << ctx.program << " stats: threshold: " << *threshold << " is outside 1–14\n";
        return kBadInput;
    }
    // One end given: Today's length of period from or to it. Neither: the Today screen's period (below).
    Period p{};
    if (from && to) p = {*from, *to};
    else if (to) p = today_period(*to);
    else if (from) p = today_length_from(*from);
    if ((from || to) && p.to < p.from) {
        ctx.err << ctx.program << " stats: from: " << format_date(p.from) << " is after to: " << format_date(p.to) << "\n";
        return kBadInput;
    }
    if (night_count(p) > kMaxPeriodNights) {
        ctx.err << ctx.program << " stats: the period is longer than 100 years\n";
        return kBadInput;
    }
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    // Ending last night, or tonight once it has a cramp, as the Today screen does.
    if (!from && !to) p = today_period(today_end_night(*diary, ctx.clock(), zone));
    RuleSettings settings = diary->rule_settings();
    if (threshold) settings.threshold = *threshold;
    const auto records = load_records(*diary, p);
    auto s = compute_stats(records, p, settings);
    if (o.has("json"))
        ctx.out << stats_json(s, diary_factors(*diary, records, p)) << "\n";
    else
        print_readable(s, ctx.out);
    return kOk;
}

}  // namespace cramp::cli
