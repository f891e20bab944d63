// SPDX-License-Identifier: GPL-3.0-or-later
// demo: a realistic synthetic diary for demos, screenshots and benchmarks, written into a new or
// empty diary.
#include "cli.hpp"
#include "demo.hpp"
#include "night.hpp"
#include "periods.hpp"

#include <chrono>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace cramp::cli {

int cmd_demo(const Options& o, Context& ctx) {
    const std::string_view cmd = "demo";
    DemoOptions d;
    d.home_zone = o.get("zone").value_or(ctx.zone);
    if (!known_zone(d.home_zone)) {
        ctx.err << ctx.program << " demo: zone: '" << d.home_zone << "' is not a known IANA time zone\n";
        return kBadInput;
    }
    d.nights = int_option(o, "nights", ctx, cmd).value_or(d.nights);
    if (d.nights < 1 || d.nights > kMaxPeriodNights) {
        ctx.err << ctx.program << " demo: nights: " << d.nights << " is outside 1–" << kMaxPeriodNights << "\n";
        return kBadInput;
    }
    if (auto seed = o.get("seed")) {
        try {
            std::size_t used = 0;
            d.seed = std::stoull(*seed, &used);
            if (used != seed->size()) throw std::invalid_argument(*seed);
        } catch (const std::exception&) {
            ctx.err << ctx.program << " demo: seed: '" << *seed << "' is not a whole number\n";
            return kBadInput;
        }
    }
    d.episodes = int_option(o, "episodes", ctx, cmd);
    if (d.episodes && (*d.episodes < 0 || *d.episodes > 1'000'000)) {
        ctx.err << ctx.program << " demo: episodes: " << *d.episodes << " is outside 0–1000000\n";
        return kBadInput;
    }
    auto diary = ctx.open_diary();
    if (!diary) return kFailed;
    if (diary->first_record_night()) {
        ctx.err << ctx.program << " demo: " << diary->path().string()
                << " already holds records; the demo writes only into a new or empty diary\n";
        return kFailed;
    }
    auto started = std::chrono::steady_clock::now();
    d.now = ctx.clock();
    d.last_night = last_night(d.now, d.home_zone);
    d.day_boundary = diary->rule_settings().day_boundary;
    DemoDiary demo = generate_demo(d);

    // One transaction: a single fsync instead of one per record, and all or nothing.
    auto r = diary->transaction([&]() -> Result<void> {
        for (const auto& e : demo.episodes)
            if (auto id = diary->add_episode(e); !id) return id.failure();
        for (Night n : demo.cramp_free_nights)
            if (auto id = diary->add_cramp_free_night(n); !id) return id.failure();
        return {};
    });
    if (!r) {
        ctx.err << ctx.program << " demo: " << r.error() << "\n";
        return kFailed;
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", seconds);
    ctx.out << "made " << demo.episodes.size() << " episodes and " << demo.cramp_free_nights.size()
            << " cramp-free nights over " << d.nights << " nights ending " << format_date(d.last_night) << " (seed "
            << d.seed << ", " << took << " s)\n";
    return kOk;
}

}  // namespace cramp::cli
